// Which connection each request arrives on: the client's keep-alive Agent must reuse them.
const http = require('http');
const { log, listening } = require('../lib');

let conns = 0;
let seen = 0;
const server = http.createServer((req, res) => {
  log(req.url, 'on connection', req.socket.connId, 'connection:', req.headers.connection);
  res.setHeader('Content-Type', 'text/plain');
  res.end(`${req.url} via ${req.socket.connId}`);
  if (++seen === 9) server.close(() => log('server closed'));
});
server.on('connection', (sock) => {
  sock.connId = ++conns;
});
server.listen(0, '127.0.0.1', () => listening(server));
