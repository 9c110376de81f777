// ClientRequest options: createConnection (returned, async callback, error), lookup (incl. a synchronous error, reported on the next tick as node), maxHeaderSize, a control byte in a response header value.
const http = require('http');
const net = require('net');
const dns = require('dns');
const seq = [];
function step(name, fn) { seq.push([name, fn]); }
function run() { const n = seq.shift(); if (!n) return; console.log('--', n[0]); n[1](() => setTimeout(run, 5)); }
function rawServer(reply, cb) { const s = net.createServer((c) => { c.on('error', () => {}); c.once('data', () => c.end(reply)); }); s.listen(0, '127.0.0.1', () => cb(s, s.address().port)); }
step('createConnection option', (done) => rawServer('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx', (s, port) => {
  http.get({ host: 'ignored.invalid', port: 1, createConnection: (opts, cb) => { console.log('cc', opts.host, opts.port, typeof cb); return net.connect(port, '127.0.0.1'); } }, (res) => { res.resume(); res.on('end', () => { console.log('done', res.statusCode); s.close(done); }); });
}));
step('createConnection async cb', (done) => rawServer('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx', (s, port) => {
  http.get({ host: 'x.invalid', createConnection: (opts, cb) => { setTimeout(() => cb(null, net.connect(port, '127.0.0.1')), 5); } }, (res) => { res.resume(); res.on('end', () => { console.log('done', res.statusCode); s.close(done); }); });
}));
step('createConnection error cb', (done) => {
  const r = http.get({ host: 'x.invalid', createConnection: (opts, cb) => { setTimeout(() => cb(new Error('nope')), 5); } });
  r.on('error', (e) => { console.log('error', e.message); done(); });
});
step('lookup option', (done) => rawServer('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n', (s, port) => {
  http.get({ host: 'my.test', port, lookup: (host, opts, cb) => { console.log('lookup', host, typeof opts); if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]); else cb(null, '127.0.0.1', 4); } }, (res) => { res.resume(); res.on('end', () => { console.log('done', res.statusCode); s.close(done); }); });
}));
step('lookup error', (done) => {
  const r = http.get({ host: 'my.test', port: 1, lookup: (host, opts, cb) => cb(Object.assign(new Error('getaddrinfo ENOTFOUND my.test'), { code: 'ENOTFOUND' })) });
  r.on('error', (e) => { console.log('error', e.code, e.message); done(); });
});
step('client maxHeaderSize', (done) => rawServer('HTTP/1.1 200 OK\r\nX: ' + 'a'.repeat(2000) + '\r\nContent-Length: 0\r\n\r\n', (s, port) => {
  const r = http.get({ host: '127.0.0.1', port, maxHeaderSize: 1000 });
  r.on('error', (e) => { console.log('error', e.code, e.message); s.close(done); });
}));
step('default insecure refused', (done) => rawServer('HTTP/1.1 200 OK\r\nX: a\x01b\r\nContent-Length: 0\r\n\r\n', (s, port) => {
  const r = http.get({ host: '127.0.0.1', port }, (res) => { console.log('x', JSON.stringify(res.headers.x)); res.resume(); res.on('end', () => s.close(done)); });
  r.on('error', (e) => { console.log('error', e.code, e.message); s.close(done); });
}));
run();
