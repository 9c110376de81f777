// Echo server: the client's bytes back upper-cased, then 'bye' after the client's end; the
// address fields, bytesRead/bytesWritten and setEncoding on the server side.
const net = require('net');
const { log, listening } = require('../lib');

const server = net.createServer((sock) => {
  log('connection', sock.remoteAddress, sock.remoteFamily, typeof sock.remotePort,
    sock.localAddress, sock.localFamily, sock.localPort === server.address().port, sock.readyState);
  log('address()', sock.address());
  sock.setEncoding('utf8');
  let got = '';
  sock.on('data', (d) => {
    if (typeof d !== 'string') log('data is not a string');
    got += d;
    sock.write(d.toUpperCase());
  });
  sock.on('end', () => {
    log('end', JSON.stringify(got), 'bytesRead', sock.bytesRead, 'readyState', sock.readyState);
    sock.end('bye', () => log('bytesWritten', sock.bytesWritten));
  });
  sock.on('close', (hadError) => {
    log('close', hadError, sock.destroyed);
    server.close(() => log('server closed'));
  });
});
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  listening(server);
  log('server address', a.address, a.family, typeof a.port, server.listening);
});
