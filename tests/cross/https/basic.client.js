// @rjs-client: launcher (wasi:http with --allow-net; the extra CA is trusted by the launcher)
// @env: NODE_EXTRA_CA_CERTS=fixtures/selfsigned.crt
// https.get / https.request / fetch against a server whose certificate is trusted through
// NODE_EXTRA_CA_CERTS (the rjs side runs in the launcher, which gives wasi:http with --allow-net).
const https = require('https');
const { log, port } = require('../lib');

const get = (url) => new Promise((resolve, reject) => {
  https.get(url, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ res, body: Buffer.concat(chunks).toString() }));
  }).on('error', reject);
});

(async () => {
  let { res, body } = await get(`https://localhost:${port}/json`);
  log('get', res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['content-length'], res.httpVersion, body);
  ({ res, body } = await get(new URL(`https://127.0.0.1:${port}/missing?q=1`)));
  log('get 404', res.statusCode, res.headers['x-custom'], body, res.complete);
  ({ res, body } = await get({ hostname: 'localhost', port, path: '/big' }));
  log('big', res.statusCode, body.length, body.slice(-1), res.headers['transfer-encoding']);

  await new Promise((resolve) => {
    const req = https.request(`https://localhost:${port}/echo`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'X-Test': 'a' } }, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { d += c; });
      res.on('end', () => { log('post chunked', res.statusCode, res.headers['x-len'], d); resolve(); });
    });
    req.write('part one, ');
    req.write('part two');
    req.end();
  });
  await new Promise((resolve) => {
    const payload = JSON.stringify({ a: [1, 2, 3] });
    const req = https.request({ host: 'localhost', port, path: '/echo', method: 'PUT', headers: { 'Content-Length': Buffer.byteLength(payload) } }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => { log('put', res.statusCode, d); resolve(); });
    });
    req.end(payload);
  });
  await new Promise((resolve) => {
    https.request({ host: 'localhost', port, path: '/json', method: 'HEAD' }, (res) => {
      res.on('data', () => log('HEAD has data?'));
      res.on('end', () => { log('head', res.statusCode, res.headers['content-type']); resolve(); });
    }).end();
  });

  let r = await fetch(`https://localhost:${port}/json`, { headers: { 'X-Test': 'fetch' } });
  log('fetch', r.status, r.statusText, r.ok, r.headers.get('content-type'), await r.json());
  r = await fetch(`https://localhost:${port}/echo`, { method: 'POST', body: 'from fetch' });
  log('fetch post', r.status, await r.text());
  r = await fetch(`https://localhost:${port}/gzip`);
  log('fetch gzip', r.status, r.headers.get('content-encoding'), await r.text());
  r = await fetch(`https://localhost:${port}/redirect`);
  log('fetch redirect', r.status, r.redirected, r.url.endsWith('/json'), await r.text());
})().catch((e) => log('failed', e, e.cause));
