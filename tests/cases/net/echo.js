// TCP echo through net.Server and net.Socket; then ECONNREFUSED once the server is closed.
const net = require('net');
const late = [];
process.on('exit', () => console.log(late.join('\n')));
const server = net.createServer((sock) => {
  console.log('server: connection', typeof sock.remotePort, sock.remoteAddress);
  sock.setEncoding('utf8');
  sock.on('data', (d) => { console.log('server got', d); sock.write('echo:' + d); sock.end(); });
  sock.on('end', () => console.log('server: end'));
  sock.on('close', (h) => late.push(`server: close ${h}`));
});
server.listen(0, () => {
  const { port, family, address } = server.address();
  console.log('listening', typeof port, family, address);
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('client connected');
    c.write('hello');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client got', d));
  c.on('end', () => console.log('client end'));
  c.on('close', (h) => {
    console.log('client close', h);
    server.close(() => {
      console.log('server closed');
      net.connect(port, '127.0.0.1').on('error', (e) => console.log('refused:', e.message.replace(String(port), 'PORT'), e.code, e.syscall, e.errno));
    });
  });
});
