// A write queued while the socket is still connecting gets ERR_SOCKET_CLOSED_BEFORE_CONNECTION in its
// callback when the socket closes first (destroyed, or the connection refused), as node.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const a = net.connect({ port, host: '127.0.0.1' });
  a.on('connect', () => console.log('a connect?!'));
  a.write('foo', (e) => {
    console.log('a write cb', e && e.code, e && e.name, e && e.message);
    server.close(next);
  });
  a.destroy();
  function next() {
    const b = net.connect({ port, host: '127.0.0.1' });
    b.write('bar', (e) => console.log('b write cb', e && e.code));
    b.on('error', (e) => console.log('b error', e.code));
    b.on('close', () => console.log('b close'));
  }
});
