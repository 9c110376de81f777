// An http server with node's default handling of bad requests (no 'clientError' listener):
// the raw driver (default.raw.mjs) throws malformed, oversized, slow, truncated and vanishing
// requests at it and checks it answers them as node does and keeps serving. GET /quit ends it.
const http = require('http');
const { log, listening } = require('../lib');

const server = http.createServer((req, res) => {
  let bytes = 0;
  req.on('data', (d) => { bytes += d.length; });
  req.on('aborted', () => log('  aborted', req.url));
  req.on('error', (e) => log('  request error', req.url, e.code, e.message));
  req.on('end', () => {
    log('request', req.method, req.url, 'body', bytes);
    res.end(`ok ${req.method} ${req.url} ${bytes}`);
    if (req.url === '/quit') server.close(() => log('server closed'));
  });
});
server.listen(0, '127.0.0.1', () => listening(server));
