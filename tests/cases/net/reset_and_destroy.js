// socket.resetAndDestroy(): with no handle it fails with ERR_SOCKET_CLOSED; while connecting it
// waits for the connection before closing it (rjs destroyed at once). The peer's view is not
// printed: node's RST gives it ECONNRESET, WASI sockets can only close normally.
const net = require('net');
const a = new net.Socket();
a.on('error', (e) => console.log('a error', e.code, e.message));
a.on('close', (h) => console.log('a close', h));
console.log('a returns self', a.resetAndDestroy() === a, a.destroyed);
const server = net.createServer((c) => {
  c.on('error', () => {});
  c.on('close', () => server.close());
  c.resume();
}).listen(0, '127.0.0.1', () => {
  const b = net.connect(server.address().port, '127.0.0.1');
  b.on('connect', () => console.log('b connect'));
  b.on('error', (e) => console.log('b error', e.code));
  b.on('close', (h) => console.log('b close', h, b.destroyed));
  b.resetAndDestroy();
  console.log('b after reset: destroyed', b.destroyed, 'connecting', b.connecting);
});
