// Server timeouts and limits: keepAliveTimeout 0, requestTimeout's 408, server.setTimeout/timeout, res.setTimeout, maxRequestsPerSocket's 503, option validation, missing Host's 400.
const http = require('http');
const net = require('net');
const seq = [];
function step(name, fn) { seq.push([name, fn]); }
function run() { const n = seq.shift(); if (!n) return; console.log('--', n[0]); n[1](() => setTimeout(run, 5)); }
function raw(port, data, cb) {
  const c = net.connect(port, '127.0.0.1');
  let buf = '';
  const t0 = Date.now();
  c.setEncoding('latin1');
  c.on('data', (d) => buf += d);
  c.on('error', (e) => console.log('client err', e.code));
  c.on('close', () => { console.log('raw', JSON.stringify(buf.replace(/Date: [^\r]*\r\n/g, '')), 'fast:', Date.now() - t0 < 900); cb(); });
  c.write(data);
  return c;
}
step('keepAliveTimeout 0 header', (done) => {
  const srv = http.createServer((req, res) => res.end('x'));
  srv.keepAliveTimeout = 0;
  srv.listen(0, '127.0.0.1', () => { const c = raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n', () => srv.close(done)); setTimeout(() => c.end(), 100); });
});
step('requestTimeout 408', (done) => {
  const srv = http.createServer({ requestTimeout: 200, headersTimeout: 150 }, (req, res) => res.end('x'));
  srv.connectionsCheckingInterval = 50;
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\n', () => srv.close(done)));
});
step('server.timeout event', (done) => {
  const srv = http.createServer((req, res) => {});
  srv.setTimeout(80, (s) => { console.log('timeout cb', s instanceof net.Socket); s.destroy(); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n', () => srv.close(done)));
});
step('server.timeout default no listener', (done) => {
  const srv = http.createServer((req, res) => {});
  srv.timeout = 80;
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n', () => srv.close(done)));
});
step('res.setTimeout', (done) => {
  const srv = http.createServer((req, res) => { res.setTimeout(60, () => { console.log('res timeout', res.headersSent); res.end('late'); }); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n', () => srv.close(done)));
});
step('maxRequestsPerSocket', (done) => {
  const srv = http.createServer((req, res) => res.end(req.url));
  srv.maxRequestsPerSocket = 2;
  srv.listen(0, '127.0.0.1', () => { const c = raw(srv.address().port, 'GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nGET /3 HTTP/1.1\r\nHost: h\r\n\r\n', () => srv.close(done)); setTimeout(() => c.end(), 300); });
});
step('props', (done) => {
  const srv = http.createServer();
  console.log(srv.timeout, srv.keepAliveTimeout, srv.headersTimeout, srv.requestTimeout, srv.maxHeadersCount, srv.maxRequestsPerSocket, srv.connectionsCheckingInterval);
  const s2 = http.createServer({ requestTimeout: 0, headersTimeout: 10, keepAliveTimeout: 7, connectionsCheckingInterval: 99, maxHeaderSize: 100, insecureHTTPParser: true, joinDuplicateHeaders: true, noDelay: false, requireHostHeader: false, uniqueHeaders: ['x'] });
  console.log(s2.requestTimeout, s2.headersTimeout, s2.keepAliveTimeout, s2.connectionsCheckingInterval, s2.maxHeaderSize, s2.insecureHTTPParser, s2.joinDuplicateHeaders, s2.requireHostHeader);
  for (const o of [{ requestTimeout: -1 }, { headersTimeout: 'x' }, { maxHeaderSize: -1 }, { insecureHTTPParser: 1 }, { requireHostHeader: 1 }, { joinDuplicateHeaders: 1 }, { keepAliveTimeout: -1 }, { highWaterMark: -1 }]) {
    try { http.createServer(o); console.log('ok', JSON.stringify(o)); } catch (e) { console.log(JSON.stringify(o), e.code, e.message); }
  }
  done();
});
step('no host header', (done) => {
  const srv = http.createServer((req, res) => res.end('x'));
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', () => srv.close(done)));
});
run();
