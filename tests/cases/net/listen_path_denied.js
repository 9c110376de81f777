// A server listening on a path it may not bind (here under /proc, where node is refused too; the
// sandbox refuses every path, having no Unix sockets) gets node's EACCES error as an 'error'
// event after listen() returns, never a throw from listen(): its fields and message, for
// net.Server and http.Server, by a path argument and by { path }; unhandled, it ends the process
// as node's 'error' event does.
const net = require('net');
const http = require('http');

const s = net.createServer();
s.on('error', (e) => {
  console.log('net', e.message, e.code, e.errno, e.syscall, e.address, e.port, s.listening);
  const h = http.createServer();
  h.on('error', (err) => {
    console.log('http', err.message, Object.keys(err));
    http.createServer().listen('/proc/rjs-case-unhandled.sock');
  });
  h.listen({ path: '/proc/rjs-case-http.sock' });
});
s.listen('/proc/rjs-case-net.sock', () => console.log('listening (not expected)'));
console.log('listen returned', s.listening);
