// @servers: node (rjs has no TLS server: https.createServer needs TLS inside the sandbox)
// An https server with the self-signed test certificate (fixtures/selfsigned.*, CN=localhost,
// SAN DNS:localhost, IP:127.0.0.1): GET with a JSON body, POST echoing a fixed-length and a
// chunked body, HEAD, a 404 with a custom header, a gzip body for fetch to decode, a redirect.
// Prints what each request carried (not connection framing headers: wasi:http's host sets those).
const https = require('https');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { listening, log } = require('../lib');

const fixtures = path.join(__dirname, '..', 'fixtures');
const EXPECTED = 11;
let seen = 0;
const server = https.createServer({
  key: fs.readFileSync(path.join(fixtures, 'selfsigned.key')),
  cert: fs.readFileSync(path.join(fixtures, 'selfsigned.crt')),
}, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    log('server', req.method, req.url, JSON.stringify(body), req.headers['content-type'] || '-', req.headers['x-test'] || '-',
      req.headers['content-length'] || '-', req.headers['transfer-encoding'] || '-', req.headers.host === `localhost:${server.address().port}` || req.headers.host === `127.0.0.1:${server.address().port}`);
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ ok: true, n: 42 }));
    } else if (req.url === '/echo') {
      res.setHeader('X-Len', String(body.length));
      res.end(`echo:${body}`);
    } else if (req.url === '/gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Type', 'text/plain');
      res.end(zlib.gzipSync('decoded '.repeat(3)));
    } else if (req.url === '/redirect') {
      res.statusCode = 302;
      res.setHeader('Location', '/json');
      res.end();
    } else if (req.url === '/big') {
      // streamed in pieces (chunked on the wire)
      let i = 0;
      const step = () => {
        if (i === 5) { res.end(); return; }
        res.write('x'.repeat(20000) + (i++));
        setImmediate(step);
      };
      step();
    } else {
      res.statusCode = 404;
      res.setHeader('X-Custom', 'missing');
      res.end('not here');
    }
    if (++seen === EXPECTED) server.close();
  });
});
server.keepAliveTimeout = 500;
server.listen(0, '127.0.0.1', () => listening(server));
