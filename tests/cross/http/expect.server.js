// Expect: 100-continue answered automatically (no checkContinue listener); an unknown
// expectation goes to 'checkExpectation', which refuses it with 417.
const http = require('http');
const { log, listening } = require('../lib');

let seen = 0;
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    log(req.method, req.url, 'expect', req.headers.expect, 'body', body.length, JSON.stringify(body.slice(0, 10)));
    res.end(`got ${body.length}`);
    if (++seen === 3) server.close(() => log('server closed'));
  });
});
server.on('checkExpectation', (req, res) => {
  log('checkExpectation', req.headers.expect);
  res.writeHead(417, { 'X-Why': 'unknown expectation' });
  res.end();
  if (++seen === 3) server.close(() => log("server closed"));
});
server.listen(0, '127.0.0.1', () => listening(server));
