// Streams a chunked request body with pauses, then one with a Content-Length (a 256 KiB
// buffer), reads the chunked answers; then a response with trailers.
const http = require('http');
const { log, port, delay } = require('../lib');

function request(path, headers, write) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path, headers }, (res) => {
      log(path, res.statusCode, 'te', res.headers['transfer-encoding'], 'cl', res.headers['content-length']);
      let bytes = 0;
      let text = '';
      res.on('data', (d) => {
        bytes += d.length;
        if (text.length < 40) text += d.toString('latin1').slice(0, 40);
      });
      res.on('end', () => {
        log('  body', bytes, JSON.stringify(text.slice(0, 40)), 'trailers', res.trailers, res.rawTrailers);
        resolve();
      });
    });
    req.on('error', (e) => log('error', e.code));
    write(req);
  });
}

(async () => {
  await request('/chunked', {}, async (req) => {
    for (let i = 0; i < 5; i++) {
      req.write(`chunk ${i} `.repeat(100));
      await delay(20);
    }
    req.end();
  });
  const big = Buffer.alloc(256 * 1024);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;
  await request('/length', { 'Content-Length': big.length }, (req) => req.end(big));
  await request('/trailers', {}, (req) => req.end());
})();
