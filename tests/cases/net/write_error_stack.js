// A write that fails once the peer has gone fails in libuv's write callback: node's error has
// that one frame (WriteWrap.onWriteComplete), a read that fails has TCP.onStreamRead; the error
// is emitted once. (Which one comes first depends on when the peer's reset arrives.)
const net = require('net');
const big = Buffer.alloc(10 * 1024 * 1024, 0x62);
const frames = { write: 'WriteWrap.onWriteComplete [as oncomplete] (node:internal/stream_base_commons:95:16)', read: 'TCP.onStreamRead (node:internal/stream_base_commons:218:20)' };
let client;
let conn;
const ready = () => {
  if (!client || !conn) return;
  client.destroy();
  conn.write(big);
};
const server = net.createServer((c) => {
  conn = c;
  const errors = [];
  c.on('error', (err) => {
    errors.push(err);
    console.log(['EPIPE', 'ECONNRESET'].includes(err.code), err.stack.split('\n').slice(1).join('|') === `    at ${frames[err.syscall]}`);
  });
  c.on('close', () => {
    console.log('errors', errors.length);
    server.close();
  });
  ready();
});
server.listen(0, () => {
  const s = net.connect(server.address().port, '127.0.0.1', () => {
    client = s;
    ready();
  });
});
