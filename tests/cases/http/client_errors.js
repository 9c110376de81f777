// http.request argument errors (thrown at once, as node: bad port, bad localAddress), and the error/close sequences of refused, hung-up, destroyed, aborted, timed-out and signalled requests.
const http = require('http');
const net = require('net');
function t(label, f) { try { const r = f(); console.log(label, 'ok', r && r.constructor && r.constructor.name); if (r && r.on) { r.on('error', (e) => console.log(label, 'async error', e.code, e.message)); r.destroy(); } } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } }
t('bad method', () => http.request({ method: 'GE T', host: '127.0.0.1', port: 1 }));
t('method num', () => http.request({ method: 1, host: '127.0.0.1', port: 1 }));
t('bad path', () => http.request({ path: '/a b', host: '127.0.0.1', port: 1 }));
t('bad host type', () => http.request({ host: 1, port: 1 }));
t('bad hostname', () => http.request({ hostname: {}, port: 1 }));
t('bad protocol', () => http.request({ protocol: 'https:', host: '127.0.0.1', port: 1 }));
t('bad url', () => http.request('not a url'));
t('ftp url', () => http.request('ftp://x/'));
t('bad header name', () => http.request({ host: '127.0.0.1', port: 1, headers: { 'a b': 1 } }));
t('bad header value', () => http.request({ host: '127.0.0.1', port: 1, headers: { a: 'x\ny' } }));
t('bad timeout', () => http.request({ host: '127.0.0.1', port: 1, timeout: 'x' }));
t('bad agent', () => http.request({ host: '127.0.0.1', port: 1, agent: 'x' }));
t('bad insecureHTTPParser', () => http.request({ host: '127.0.0.1', port: 1, insecureHTTPParser: 1 }));
t('bad maxHeaderSize', () => http.request({ host: '127.0.0.1', port: 1, maxHeaderSize: -1 }));
t('bad joinDuplicateHeaders', () => http.request({ host: '127.0.0.1', port: 1, joinDuplicateHeaders: 1 }));
t('bad createConnection', () => http.request({ host: '127.0.0.1', port: 1, createConnection: 1 }));
t('bad family', () => http.request({ host: '127.0.0.1', port: 1, family: 'x' }));
t('bad localAddress', () => http.request({ host: '127.0.0.1', port: 1, localAddress: 1 }));
t('bad setHost', () => http.request({ host: '127.0.0.1', port: 1, setHost: 1 }));
t('bad port', () => http.request({ host: '127.0.0.1', port: 70000 }));
t('bad port str', () => http.request({ host: '127.0.0.1', port: 'x' }));
const seq = [];
function step(name, fn) { seq.push([name, fn]); }
function run() { const n = seq.shift(); if (!n) return; console.log('--', n[0]); n[1](() => setTimeout(run, 5)); }
step('refused', (done) => {
  const srv = net.createServer().listen(0, '127.0.0.1', () => {
    const port = srv.address().port; srv.close(() => {
      const req = http.get({ host: '127.0.0.1', port });
      req.on('error', (e) => { console.log(e.code, e.message.replace(/:\d+$/, ':P'), e.syscall, e.address, typeof e.port, e.errno); });
      req.on('close', () => { console.log('close', req.destroyed, req.writableEnded, req.writableFinished); done(); });
    });
  });
});
step('hang up', (done) => {
  const srv = net.createServer((s) => s.destroy()).listen(0, '127.0.0.1', () => {
    const req = http.get({ host: '127.0.0.1', port: srv.address().port });
    req.on('error', (e) => console.log(e.code, e.message));
    req.on('close', () => { console.log('close'); srv.close(done); });
  });
});
step('hang up after head', (done) => {
  const srv = net.createServer((s) => s.once('data', () => { s.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'); setTimeout(() => s.destroy(), 20); })).listen(0, '127.0.0.1', () => {
    const req = http.get({ host: '127.0.0.1', port: srv.address().port }, (res) => {
      res.on('data', (d) => console.log('data', String(d)));
      res.on('aborted', () => console.log('res aborted', res.aborted, res.complete));
      res.on('error', (e) => console.log('res error', e.code, e.message));
      res.on('end', () => console.log('res end'));
      res.on('close', () => { console.log('res close'); srv.close(done); });
    });
    req.on('error', (e) => console.log('req error', e.code, e.message));
  });
});
step('destroy before response', (done) => {
  const srv = http.createServer(() => {}).listen(0, '127.0.0.1', () => {
    const req = http.get({ host: '127.0.0.1', port: srv.address().port });
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => { console.log('close', req.destroyed); srv.close(done); });
    req.on('socket', () => setTimeout(() => req.destroy(), 20));
  });
});
step('destroy with error', (done) => {
  const req = http.get({ host: '127.0.0.1', port: 9 });
  req.on('error', (e) => console.log('req error', e.message));
  req.on('close', () => { console.log('close'); done(); });
  req.destroy(new Error('boom'));
});
step('abort', (done) => {
  const req = http.get({ host: '127.0.0.1', port: 9 });
  req.on('abort', () => console.log('abort event', req.aborted));
  req.on('error', (e) => console.log('req error', e.code, e.message));
  req.on('close', () => { console.log('close'); done(); });
  req.abort();
});
step('timeout option', (done) => {
  const srv = http.createServer(() => {}).listen(0, '127.0.0.1', () => {
    const req = http.get({ host: '127.0.0.1', port: srv.address().port, timeout: 30 });
    req.on('timeout', () => { console.log('timeout event'); req.destroy(); });
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => { console.log('close'); srv.closeAllConnections(); srv.close(done); });
  });
});
step('setTimeout', (done) => {
  const srv = http.createServer(() => {}).listen(0, '127.0.0.1', () => {
    const req = http.get({ host: '127.0.0.1', port: srv.address().port });
    req.setTimeout(30, () => { console.log('timeout cb'); req.destroy(new Error('tmo')); });
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => { console.log('close'); srv.closeAllConnections(); srv.close(done); });
  });
});
step('signal', (done) => {
  const ac = new AbortController();
  const req = http.get({ host: '127.0.0.1', port: 9, signal: ac.signal });
  req.on('error', (e) => console.log('req error', e.name, e.code, e.message));
  req.on('close', () => { console.log('close'); done(); });
  ac.abort();
});
step('bad response', (done) => {
  const srv = net.createServer((s) => s.once('data', () => s.end('HTTP/1.1 abc\r\n\r\n'))).listen(0, '127.0.0.1', () => {
    const req = http.get({ host: '127.0.0.1', port: srv.address().port });
    req.on('error', (e) => console.log('req error', e.code, e.message, e.reason, JSON.stringify(e.rawPacket && String(e.rawPacket))));
    req.on('close', () => { console.log('close'); srv.close(done); });
  });
});
step('write after end', (done) => {
  const srv = http.createServer((q, r) => r.end()).listen(0, '127.0.0.1', () => {
    const req = http.request({ host: '127.0.0.1', port: srv.address().port, method: 'POST' }, (res) => res.resume());
    req.end();
    req.write('x', (e) => console.log('write cb', e && e.code));
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => { console.log('close'); srv.close(done); });
  });
});
run();
