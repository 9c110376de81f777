// stream-adventure "http server" (POST body through a transform to the response) and
// "http client" (POST from stdin-like readable, response piped to stdout).
const http = require('http');
const { Transform, Readable } = require('stream');
const server = http.createServer((req, res) => {
  console.log('server got', req.method, req.url, req.headers['transfer-encoding'], req.headers['content-length']);
  if (req.method === 'POST') {
    req.pipe(new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } })).pipe(res);
  } else res.end('beep boop\n');
});
server.listen(0, () => {
  const req = http.request({ method: 'POST', port: server.address().port, path: '/up' }, (res) => {
    res.pipe(process.stdout);
    res.on('end', () => {
      http.get(`http://127.0.0.1:${server.address().port}/`, (res) => {
        res.pipe(process.stdout);
        res.on('end', () => server.close());
      });
    });
  });
  Readable.from(['hack ', 'the ', 'planet\n']).pipe(req);
});
