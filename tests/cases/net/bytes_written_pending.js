// socket.bytesWritten counts, as node's, the chunk waiting for the connection and the chunks
// buffered behind it in bytes (a string's UTF-8 length, not its length), then what was sent.
const net = require('net');
const server = net.createServer((s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => (got += d));
  s.on('end', () => {
    console.log('server got', JSON.stringify(got), Buffer.byteLength(got));
    s.end();
    server.close();
  });
});
server.listen(0, () => {
  const socket = new net.Socket();
  console.log('before connect', socket.bytesWritten);
  socket.connect(server.address().port, '127.0.0.1');
  socket.write("L'État, c'est ");
  console.log('pending', socket.bytesWritten, socket.writableLength);
  socket.write(Buffer.from('€'));
  socket.write('naïve', 'latin1');
  socket.write('aGk=', 'base64');
  console.log('buffered', socket.bytesWritten, socket.writableLength);
  socket.end('moi', () => console.log('end cb', socket.bytesWritten));
  socket.on('connect', () => console.log('connect', socket.bytesWritten));
  socket.on('close', () => console.log('close', socket.bytesWritten));
});
