// learnyounode: http file server (createReadStream piped to res), http uppercaserer (POST body
// through a Transform), http json api server (url parsing, JSON) -- each hit by a local client.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { Transform } = require('stream');
const dir = fs.mkdtempSync('_tmp-');
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'The quick brown fox\n'.repeat(2000));

const fileServer = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  fs.createReadStream(file).pipe(res);
});
const upper = http.createServer((req, res) => {
  if (req.method !== 'POST') return res.end('send me a POST\n');
  req.pipe(new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  })).pipe(res);
});
const api = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://example.com');
  const iso = url.searchParams.get('iso');
  const d = new Date(iso);
  let result;
  if (url.pathname === '/api/parsetime') result = { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  else if (url.pathname === '/api/unixtime') result = { unixtime: d.getTime() };
  if (result) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(result));
  } else {
    res.writeHead(404);
    res.end();
  }
});

function get(server, p, opts, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: server.address().port, path: p, ...opts }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const listen = (s) => new Promise((r) => s.listen(0, r));
(async () => {
  await Promise.all([fileServer, upper, api].map(listen));
  let r = await get(fileServer, '/', {});
  console.log(r.status, r.headers['content-type'], r.headers['transfer-encoding'], r.body.length, r.body.slice(0, 20));
  r = await get(upper, '/', { method: 'POST' }, 'hello there, world\nline two');
  console.log(r.status, JSON.stringify(r.body));
  r = await get(upper, '/', {});
  console.log(r.status, JSON.stringify(r.body));
  r = await get(api, '/api/parsetime?iso=2013-08-10T12:10:15.474Z', {});
  console.log(r.status, r.headers['content-type'], r.body);
  r = await get(api, '/api/unixtime?iso=2013-08-10T12:10:15.474Z', {});
  console.log(r.status, r.body);
  r = await get(api, '/nope', {});
  console.log(r.status, JSON.stringify(r.body), r.headers['content-length']);
  for (const s of [fileServer, upper, api]) s.close();
  fs.rmSync(dir, { recursive: true });
})();
