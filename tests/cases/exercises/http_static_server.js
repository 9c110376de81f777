// A static file server: content types by extension, 404 for missing files, 403 for paths
// escaping the root, streaming with createReadStream, HEAD requests, and error handling.
const http = require('http');
const fs = require('fs');
const path = require('path');
const root = path.resolve(fs.mkdtempSync('_tmp-'));
fs.mkdirSync(path.join(root, 'css'));
fs.writeFileSync(path.join(root, 'index.html'), '<h1>hi</h1>');
fs.writeFileSync(path.join(root, 'css/site.css'), 'body{}');
fs.writeFileSync(path.join(root, 'data.json'), '{"a":1}');
fs.writeFileSync(path.join(root, 'blob.bin'), Buffer.alloc(70000, 1));
const types = { '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = path.join(root, pathname === '/' ? 'index.html' : pathname);
  if (!file.startsWith(root)) {
    res.writeHead(403);
    return res.end('forbidden');
  }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end(err ? `${err.code}: not found` : 'not a file');
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Length': st.size });
    if (req.method === 'HEAD') return res.end();
    const rs = fs.createReadStream(file);
    rs.on('error', (e) => res.destroy(e));
    rs.pipe(res);
  });
});
function get(p, method = 'GET') {
  return new Promise((resolve) => {
    http.request({ port: server.address().port, path: p, method }, (res) => {
      let n = 0;
      let text = '';
      res.on('data', (c) => {
        n += c.length;
        if (text.length < 20) text += c.toString('latin1').slice(0, 20);
      });
      res.on('end', () => resolve([res.statusCode, res.headers['content-type'], res.headers['content-length'], n, text.slice(0, 20)]));
    }).end();
  });
}
server.listen(0, async () => {
  for (const p of ['/', '/css/site.css', '/data.json', '/blob.bin', '/nope.txt', '/css', '/%2e%2e/secret']) {
    console.log(p, await get(p));
  }
  console.log('HEAD', await get('/data.json', 'HEAD'));
  server.close(() => fs.rmSync(root, { recursive: true }));
});
