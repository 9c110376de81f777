// fetch: a HEAD response has a null body (as a null-body status), its headers intact; the connection stays usable.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'x-a': '1', 'content-length': 5, 'content-type': 'text/plain' });
  res.end(req.method === 'HEAD' ? undefined : 'hello');
});
server.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const method of ['HEAD', 'GET', 'HEAD']) {
    const r = await fetch(base + '/', { method });
    console.log(method, r.status, r.headers.get('x-a'), r.headers.get('content-length'), r.body === null ? null : r.body.constructor.name, JSON.stringify(await r.text()), r.bodyUsed);
  }
  const r = await fetch(base + '/', { method: 'HEAD' });
  console.log((await r.arrayBuffer()).byteLength, (await r.clone().blob()).size);
  server.close();
});
