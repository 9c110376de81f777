// Methods, headers (lower-cased, joined duplicates, set-cookie arrays) and rawHeaders as the
// server sees them; the answer echoes the request and sets headers of every kind.
const http = require('http');
const { log, listening } = require('../lib');

const expected = 7;
let seen = 0;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    log(req.method, req.url, req.httpVersion, 'complete', req.complete);
    log('  headers', req.headers);
    log('  rawHeaders', req.rawHeaders);
    log('  body', JSON.stringify(body));
    res.setHeader('X-Echo-Method', req.method);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.appendHeader('X-Multi', 'one');
    res.appendHeader('X-Multi', 'two');
    res.writeHead(req.method === 'DELETE' ? 202 : 200, { 'Content-Type': 'application/json', 'x-Mixed-Case': 'yes' });
    res.end(JSON.stringify({ method: req.method, url: req.url, body }));
    if (++seen === expected) server.close(() => log('server closed'));
  });
});
server.listen(0, '127.0.0.1', () => listening(server));
