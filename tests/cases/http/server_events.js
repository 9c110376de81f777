// Server-side events over raw sockets: request props and trailers, keep-alive/pipelining, HTTP/1.0, HEAD, clientError (default 400 and listener), 431, checkContinue/checkExpectation, upgrade/CONNECT with and without listeners, maxHeadersCount, aborted bodies, close with idle connections.
const http = require('http');
const net = require('net');
const seq = [];
function step(name, fn) { seq.push([name, fn]); }
function run() { const n = seq.shift(); if (!n) return; console.log('--', n[0]); n[1](() => setTimeout(run, 5)); }
function raw(port, data, cb, opts = {}) {
  const c = net.connect(port, '127.0.0.1');
  let buf = '';
  c.setEncoding('latin1');
  c.on('data', (d) => buf += d);
  c.on('error', (e) => console.log('client err', e.code));
  c.on('close', () => { console.log('raw', JSON.stringify(buf.replace(/Date: [^\r]*\r\n/g, ''))); cb(); });
  if (Array.isArray(data)) { let i = 0; const next = () => { if (i < data.length) { c.write(data[i++]); setTimeout(next, 15); } else if (opts.end !== false) c.end(); }; next(); } else { c.write(data); if (opts.end !== false) c.end(); }
  return c;
}
step('request props', (done) => {
  const srv = http.createServer((req, res) => {
    console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor, JSON.stringify(req.headers), JSON.stringify(req.rawHeaders));
    console.log(JSON.stringify(req.headersDistinct), req.complete, req.aborted, req.upgrade, req.readable, req.socket === req.connection, req.statusCode, req.statusMessage);
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => body += d);
    req.on('end', () => { console.log('body', JSON.stringify(body), req.complete, JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers)); res.end('ok'); });
    req.on('close', () => console.log('req close'));
    res.on('finish', () => console.log('res finish'));
    res.on('close', () => console.log('res close', res.writableFinished));
  });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'POST /p?x=1 HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a: 2\r\nCookie: a\r\nCookie: b\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\nX-T: 9\r\n\r\n', () => srv.close(done)));
});
step('keep-alive two requests', (done) => {
  let n = 0;
  const srv = http.createServer((req, res) => { res.end(String(++n) + req.url); });
  srv.on('connection', () => console.log('connection'));
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n', () => srv.close(done)));
});
step('http/1.0', (done) => {
  const srv = http.createServer((req, res) => { res.write('a'); res.end('b'); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.0\r\n\r\n', () => srv.close(done)));
});
step('http/1.0 keep-alive', (done) => {
  const srv = http.createServer((req, res) => { res.setHeader('Content-Length', 2); res.end('ab'); });
  srv.listen(0, '127.0.0.1', () => { const c = raw(srv.address().port, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', () => srv.close(done), { end: false }); setTimeout(() => c.end(), 50); });
});
step('HEAD', (done) => {
  const srv = http.createServer((req, res) => { res.end('body'); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'HEAD / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n', () => srv.close(done)));
});
step('clientError default', (done) => {
  const srv = http.createServer(() => console.log('no request expected'));
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GARBAGE\r\n\r\n', () => srv.close(done)));
});
step('clientError listener', (done) => {
  const srv = http.createServer();
  srv.on('clientError', (err, sock) => { console.log('clientError', err.code, err.message, JSON.stringify(String(err.rawPacket))); sock.end('HTTP/1.1 400 Bad Request\r\nX: y\r\n\r\n'); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nBad Header\r\n\r\n', () => srv.close(done)));
});
step('header too large', (done) => {
  const srv = http.createServer(() => console.log('no'));
  srv.on('clientError', (err, sock) => { console.log('clientError', err.code, err.message); sock.destroy(); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nX: ' + 'a'.repeat(20000) + '\r\n\r\n', () => srv.close(done)));
});
step('checkContinue', (done) => {
  const srv = http.createServer();
  srv.on('checkContinue', (req, res) => { console.log('checkContinue', req.headers.expect); res.writeContinue(); req.resume(); req.on('end', () => res.end('done')); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, ['POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\n', 'ok'], () => srv.close(done)));
});
step('checkExpectation', (done) => {
  const srv = http.createServer(() => console.log('no'));
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\nExpect: weird\r\nConnection: close\r\n\r\n', () => srv.close(done)));
});
step('upgrade', (done) => {
  const srv = http.createServer(() => console.log('no'));
  srv.on('upgrade', (req, sock, head) => { console.log('upgrade', req.headers.upgrade, JSON.stringify(String(head)), req.upgrade); sock.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nraw'); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nextra', () => srv.close(done)));
});
step('upgrade without listener', (done) => {
  const srv = http.createServer((req, res) => { console.log('request', req.upgrade); res.end('plain'); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\nUpgrade: x\r\nConnection: Upgrade, close\r\n\r\n', () => srv.close(done)));
});
step('CONNECT', (done) => {
  const srv = http.createServer(() => console.log('no'));
  srv.on('connect', (req, sock, head) => { console.log('connect', req.url, JSON.stringify(String(head))); sock.end('HTTP/1.1 200 Connection Established\r\n\r\n'); });
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'CONNECT host:443 HTTP/1.1\r\nHost: host:443\r\n\r\nhello', () => srv.close(done)));
});
step('CONNECT no listener', (done) => {
  const srv = http.createServer(() => console.log('no'));
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'CONNECT host:443 HTTP/1.1\r\nHost: host:443\r\n\r\n', () => srv.close(done)));
});
step('maxHeadersCount', (done) => {
  const srv = http.createServer((req, res) => { console.log(JSON.stringify(req.headers), req.rawHeaders.length); res.end(); });
  srv.maxHeadersCount = 2;
  srv.listen(0, '127.0.0.1', () => raw(srv.address().port, 'GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nConnection: close\r\n\r\n', () => srv.close(done)));
});
step('req destroyed mid-body', (done) => {
  const srv = http.createServer((req, res) => {
    req.on('data', (d) => console.log('data', String(d)));
    req.on('aborted', () => console.log('aborted', req.aborted, req.complete));
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => { console.log('req close'); });
    res.on('close', () => { console.log('res close', res.writableEnded); srv.close(done); });
  });
  srv.listen(0, '127.0.0.1', () => { const c = net.connect(srv.address().port, '127.0.0.1', () => { c.write('POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc'); setTimeout(() => c.destroy(), 30); }); });
});
step('closeIdleConnections', (done) => {
  const srv = http.createServer((req, res) => res.end('x'));
  srv.listen(0, '127.0.0.1', () => {
    const c = raw(srv.address().port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n', () => {}, { end: false });
    setTimeout(() => { srv.close(() => { console.log('server closed'); done(); }); console.log('listening', srv.listening); }, 30);
  });
});
step('res after socket gone', (done) => {
  const srv = http.createServer((req, res) => {
    req.socket.destroy();
    setTimeout(() => { console.log(res.write('x', (e) => console.log('write cb', e && e.code)), res.destroyed, res.writableEnded); res.end(); srv.close(done); }, 10);
  });
  srv.listen(0, '127.0.0.1', () => { const c = net.connect(srv.address().port, '127.0.0.1'); c.on('error', () => {}); c.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n'); });
});
run();
