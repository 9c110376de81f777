// Brotli over HTTP: a server compressing with a BrotliCompress stream (as compression
// middleware does), read back by fetch (Content-Encoding: br) and by http.get + a decompressor.
const http = require('http');
const zlib = require('zlib');
const body = 'brotli over http '.repeat(500);
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-encoding': 'br', 'content-type': 'text/plain' });
  const br = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  br.pipe(res);
  br.write(body.slice(0, 100));
  br.flush(() => br.end(body.slice(100)));
});
server.listen(0, async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const r = await fetch(url);
  const text = await r.text();
  console.log('fetch', r.status, r.headers.get('content-encoding'), text.length, text === body);
  http.get(url, (res) => {
    const parts = [];
    let raw = 0;
    res.on('data', (c) => { raw += c.length; });
    res.pipe(zlib.createBrotliDecompress()).on('data', (c) => parts.push(c)).on('end', () => {
      console.log('http.get', res.headers['content-encoding'], raw < body.length / 10, Buffer.concat(parts).toString() === body);
      server.close();
    });
  });
});
