// Large request and response bodies (content-length and chunked), byte counts and checksums.
const http = require('http');

const SIZE = 4 * 1024 * 1024 + 123;
const pattern = Buffer.alloc(251);
for (let i = 0; i < pattern.length; i++) pattern[i] = (i * 7) & 0xff;
const big = Buffer.alloc(SIZE, pattern);

const server = http.createServer((req, res) => {
  let n = 0;
  let chunks = 0;
  const parts = [];
  req.on('data', (d) => { n += d.length; chunks++; parts.push(d); });
  req.on('end', () => {
    const all = Buffer.concat(parts);
    console.log('server got', req.url, n, all.equals(big.subarray(0, n)));
    if (req.url === '/download-cl') { res.setHeader('Content-Length', SIZE); res.end(big); }
    else if (req.url === '/download-chunked') {
      let off = 0;
      const step = 100000;
      (function next() {
        while (off < SIZE) {
          const piece = big.subarray(off, Math.min(off + step, SIZE));
          off += piece.length;
          if (!res.write(piece)) { res.once('drain', next); return; }
        }
        res.end();
      })();
    } else res.end(String(n));
  });
});

function request(port, method, path, body, chunked) {
  return new Promise((resolve) => {
    const headers = chunked ? {} : body ? { 'Content-Length': body.length } : {};
    const req = http.request({ port, method, path, headers }, (res) => {
      let n = 0;
      const parts = [];
      res.on('data', (d) => { n += d.length; parts.push(d); });
      res.on('end', () => {
        const all = Buffer.concat(parts);
        console.log('client got', path, res.statusCode, res.headers['content-length'], res.headers['transfer-encoding'], n,
          path.startsWith('/download') ? all.equals(big) : all.toString());
        resolve();
      });
    });
    if (body) {
      if (chunked) { for (let off = 0; off < body.length; off += 65536) req.write(body.subarray(off, off + 65536)); req.end(); }
      else req.end(body);
    } else req.end();
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  await request(port, 'POST', '/upload-cl', big, false);
  await request(port, 'POST', '/upload-chunked', big, true);
  await request(port, 'GET', '/download-cl');
  await request(port, 'GET', '/download-chunked');
  server.close(() => console.log('closed'));
});
