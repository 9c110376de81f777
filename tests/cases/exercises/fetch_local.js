// fetch against a local http server: GET json, POST json, 404 handling, headers, text(),
// and a connection refused error (the port of a closed server).
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (req.url === '/json') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify({ method: req.method, got: body ? JSON.parse(body) : null, ct: req.headers['content-type'] || null }));
    }
    res.statusCode = 404;
    res.end('no such route');
  });
});
server.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/json`);
  console.log(r.status, r.ok, r.statusText, r.headers.get('content-type'), await r.json());
  r = await fetch(`${base}/json`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ a: [1, 2] }) });
  console.log(await r.json());
  r = await fetch(`${base}/missing`);
  console.log(r.status, r.ok, r.statusText, await r.text());
  server.close();
  // a port nothing listens on any more (undici's pooled socket to `server` would fail differently)
  const gone = require('net').createServer().listen(0, () => {
    const port = gone.address().port;
    gone.close(async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
      } catch (e) {
        console.log(e.name, e.message, e.cause.code, e.cause.syscall, e.cause.message.replace(port, 'PORT'));
      }
    });
  });
});
