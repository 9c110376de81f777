// res.end(data) fully uncorks the connection, as node's end() does: a response corked by
// res.cork() (once or twice), or left corked by an end() that threw, still goes out.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/once') res.cork();
  if (req.url === '/twice') { res.cork(); res.cork(); }
  if (req.url === '/after-throw') {
    try { res.end(123); } catch (e) { console.log('end(123):', e.code); }
  }
  res.end(`body of ${req.url}`);
  console.log(req.url, 'corked after end', res.writableCorked);
});
const get = (path) => new Promise((resolve) => {
  http.get({ port: server.address().port, path }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => (body += d));
    res.on('end', () => resolve(body));
  });
});
server.listen(0, async () => {
  for (const p of ['/once', '/twice', '/after-throw', '/plain']) console.log(await get(p));
  server.close();
});
