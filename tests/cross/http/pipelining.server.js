// Keep-alive and pipelining: several requests on one connection answered in order (a slow
// first answer must not let later ones overtake it), HEAD without a body, HTTP/1.0, and
// `Connection: close` ending the connection.
const http = require('http');
const { log, listening, delay } = require('../lib');

let conns = 0;
const server = http.createServer(async (req, res) => {
  log('request', req.method, req.url, req.httpVersion, 'conn', req.socket.connId, 'connection:', req.headers.connection);
  if (req.url === '/slow') await delay(100);
  res.setHeader('Content-Type', 'text/plain');
  if (req.url === '/chunked') {
    res.write('a');
    res.end('b');
  } else {
    res.end(`answer to ${req.method} ${req.url}`);
  }
  if (req.url === '/last') server.close(() => log('server closed'));
});
server.on('connection', (sock) => {
  sock.connId = ++conns;
  // (Not logged: a connection's close races with the client's next connection.)
});
server.listen(0, '127.0.0.1', () => listening(server));
