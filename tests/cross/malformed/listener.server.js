// The same server as default.server.js with a 'clientError' listener: it logs each error's code
// and answers with its own 400 (or 431 for an overflow), as node's docs suggest.
const http = require('http');
const { log, listening } = require('../lib');

const server = http.createServer((req, res) => {
  let bytes = 0;
  req.on('data', (d) => { bytes += d.length; });
  req.on('error', (e) => log('  request error', req.url, e.code, e.message));
  req.on('end', () => {
    log('request', req.method, req.url, req.httpVersion, 'body', bytes);
    res.end(`ok ${req.method} ${req.url} ${bytes}`);
    if (req.url === '/quit') server.close(() => log('server closed'));
  });
});
server.on('clientError', (err, socket) => {
  log('clientError', err.code, err.message, socket.writable);
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nX-Code: ${err.code}\r\n\r\n`);
});
server.listen(0, '127.0.0.1', () => listening(server));
