// maxHeaderSize: a request head over the limit gets node's 431 and the connection closes; the
// next request still works. keepAliveTimeout: an idle keep-alive connection is closed by the
// server once it passes, and the Keep-Alive header announces it.
const http = require('http');
const { log, listening } = require('../lib');

const server = http.createServer({ maxHeaderSize: 2048 }, (req, res) => {
  log('request', req.url, Object.keys(req.headers).length);
  res.end(`ok ${req.url}`);
  if (req.url === '/last') server.close(() => log('server closed'));
});
server.keepAliveTimeout = 1000;
server.listen(0, '127.0.0.1', () => listening(server));
