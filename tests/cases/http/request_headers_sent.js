// What the client sends for header arrays, cookies, auth, uniqueHeaders (joined by '; ', client and server), methods without bodies; removed default headers stay removed; setHeaders after headers were sent; joinDuplicateHeaders.
const http = require('http');
const net = require('net');
const seq = [];
function step(name, fn) { seq.push([name, fn]); }
function run() { const n = seq.shift(); if (!n) return; console.log('--', n[0]); n[1](() => setTimeout(run, 5)); }
function rawServer(cb) {
  const s = net.createServer((c) => { let b = ''; c.setEncoding('latin1'); c.on('data', (d) => { b += d; if (b.includes('\r\n\r\n')) { console.log('sent', JSON.stringify(b.replace(/:\d{4,5}\r\n/, ':P\r\n'))); c.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'); } }); });
  s.listen(0, '127.0.0.1', () => cb(s, s.address().port));
}
for (const [label, opts] of [
  ['obj cookie array', { headers: { 'x-foo': 'boom', cookie: ['a=1', 'b=2', 'c=3'] } }],
  ['array pairs', { headers: [['x-foo', 'boom'], ['cookie', ['a=1', 'b=2']], ['Host', 'example.com']] }],
  ['array pairs dup cookie', { headers: [['cookie', 'a=1'], ['cookie', 'b=2'], ['Host', 'example.com']] }],
  ['auth + array', { auth: 'foo:bar', headers: [['x-foo', 'boom'], ['Host', 'example.com']] }],
  ['flat array', { headers: ['x-a', '1', 'x-a', '2'] }],
  ['uniqueHeaders', { uniqueHeaders: ['x-u'], headers: { 'x-u': ['1', '2'], 'x-v': ['3', '4'] } }],
  ['joinDuplicateHeaders', { joinDuplicateHeaders: true }],
  ['method lower', { method: 'post' }],
  ['path with spaces', { path: '/a%20b?x' }],
  ['hostname ipv6', { hostname: '::1', family: 4 }],
  ['defaultPort', { defaultPort: 1234 }],
  ['headers host override', { headers: { host: 'foo:99' } }],
  ['Transfer-Encoding given', { method: 'POST', headers: { 'Transfer-Encoding': 'chunked' }, body: 'abc' }],
  ['content-length 0 POST', { method: 'POST' }],
  ['PUT no body', { method: 'PUT' }],
  ['OPTIONS no body', { method: 'OPTIONS' }],
]) {
  step(label, (done) => rawServer((s, port) => {
    const o = { host: '127.0.0.1', port, ...opts };
    if (label === 'hostname ipv6') { o.hostname = '127.0.0.1'; delete o.host; }
    const body = o.body; delete o.body;
    let req;
    try { req = http.request(o, (res) => { if (label === 'joinDuplicateHeaders') console.log(res.headers); res.resume(); res.on('end', () => s.close(done)); }); } catch (e) { console.log('throw', e.code, e.message); s.close(done); return; }
    req.on('error', (e) => { console.log('error', e.code); s.close(done); });
    if (body) req.write(body);
    req.end();
  }));
}
step('remove header stays removed', (done) => {
  const srv = http.createServer((req, res) => {
    res.removeHeader('connection'); res.removeHeader('transfer-encoding'); res.removeHeader('content-length');
    res.removeHeader('date'); res.setHeader('date', 'coffee o clock');
    res.end('beep boop\n');
  });
  srv.listen(0, '127.0.0.1', () => {
    const c = net.connect(srv.address().port, '127.0.0.1');
    let b = ''; c.setEncoding('latin1'); c.on('data', (d) => b += d);
    c.on('close', () => { console.log(JSON.stringify(b)); srv.close(done); });
    c.end('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
    setTimeout(() => c.destroy(), 100);
  });
});
step('setHeaders after sent', (done) => {
  const srv = http.createServer((req, res) => {
    res.writeHead(200);
    try { res.setHeaders(new Headers({ foo: '1' })); } catch (e) { console.log(e.code, e.message); }
    for (const v of [['foo', '1'], 'test', 1]) { try { res.setHeaders(v); } catch (e) { console.log(e.code); } }
    res.end();
  });
  srv.listen(0, '127.0.0.1', () => http.get({ port: srv.address().port, host: '127.0.0.1', agent: false }, (res) => { res.resume(); res.on('end', () => srv.close(done)); }));
});
step('dup response headers joined', (done) => {
  const s = net.createServer((c) => { c.once('data', () => c.end('HTTP/1.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\nSet-Cookie: a\r\nSet-Cookie: b\r\nContent-Length: 0\r\n\r\n')); });
  s.listen(0, '127.0.0.1', () => http.get({ port: s.address().port, host: '127.0.0.1', joinDuplicateHeaders: true }, (res) => { console.log(res.headers, res.headersDistinct); res.resume(); res.on('end', () => s.close(done)); }));
});
step('server uniqueHeaders', (done) => {
  const srv = http.createServer({ uniqueHeaders: ['X-U', 'set-cookie'] }, (req, res) => { res.setHeader('x-u', ['1', '2']); res.setHeader('Set-Cookie', ['a', 'b']); res.setHeader('x-v', ['3', '4']); res.end(); });
  srv.listen(0, '127.0.0.1', () => {
    const c = net.connect(srv.address().port, '127.0.0.1');
    let b = ''; c.setEncoding('latin1'); c.on('data', (d) => b += d);
    c.on('close', () => { console.log(JSON.stringify(b.replace(/Date: [^\r]*\r\n/, ''))); srv.close(done); });
    c.end('GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
  });
});
run();
