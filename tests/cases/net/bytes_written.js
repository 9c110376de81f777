// socket.bytesWritten counts each byte once: queued, in flight (a large write the socket has not
// fully taken) and sent; data written while connecting counts at once.
const net = require('net');
const N = 4000000;
const server = net.createServer((socket) => {
  socket.cork();
  socket.write('a'.repeat(N));
  console.log('after string', socket.bytesWritten);
  socket.write(Buffer.alloc(N));
  console.log('after buffer', socket.bytesWritten);
  socket.end('xyz', () => console.log('end cb', socket.bytesWritten));
  socket.uncork();
  console.log('after uncork', socket.bytesWritten);
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.write('hello');
  console.log('client while connecting', client.bytesWritten);
  client.on('connect', () => console.log('client connected', client.bytesWritten));
  client.resume();
  client.on('close', () => { console.log('client read', client.bytesRead, client.bytesWritten); server.close(); });
});
