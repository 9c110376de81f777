// fetch writes the method on the wire as the Request holds it, as undici does: the six methods
// the Fetch standard normalizes (delete, get, head, options, post, put) are upper-cased, any other
// ('patch', 'propfind', 'Foo') goes out as written (http.request upper-cases every method; fetch
// is not http.request). A node http server refuses a lower-case method with 400.
const net = require('net');
const http = require('http');

const lines = [];
const raw = net.createServer((sock) => {
  sock.once('data', (d) => {
    lines.push(d.toString('latin1').split('\r\n')[0]);
    sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
});
const api = http.createServer((req, res) => res.end(req.method));

raw.listen(0, '127.0.0.1', () => api.listen(0, '127.0.0.1', async () => {
  const rawBase = `http://127.0.0.1:${raw.address().port}`;
  for (const method of ['patch', 'PATCH', 'propfind', 'Foo', 'delete', 'options', 'Post']) {
    const r = await fetch(`${rawBase}/x`, { method, body: /^(post|patch)$/i.test(method) ? 'b' : undefined });
    await r.text();
    console.log(method, '->', lines.pop());
  }
  const apiBase = `http://127.0.0.1:${api.address().port}`;
  for (const method of ['patch', 'PATCH', 'put']) {
    const r = await fetch(apiBase, { method, body: 'x' });
    console.log(method, r.status, JSON.stringify(await r.text()));
  }
  raw.close();
  api.close();
}));
