// net.Socket extras: cork/uncork, setEncoding, write argument types and encodings, address() after close ({} as node: no handle), connect options, the onread option (user buffer and generator, false pauses), destroySoon, idle timeout.
const net = require('net');
const seq = [];
function step(name, fn) { seq.push([name, fn]); }
function run() { const n = seq.shift(); if (!n) return; console.log('--', n[0]); n[1](() => setTimeout(run, 5)); }
step('cork/uncork writev', (done) => {
  const s = net.createServer((c) => { let n = 0; c.on('data', (d) => { n++; console.log('server data', JSON.stringify(String(d))); }); c.on('end', () => { console.log('chunks', n > 0); c.end(); }); c.on('close', () => s.close(done)); });
  s.listen(0, '127.0.0.1', () => { const c = net.connect(s.address().port, '127.0.0.1', () => { c.cork(); c.write('a'); c.write('b'); c.write(Buffer.from('c')); console.log('corked', c.writableCorked, c.writableLength); c.uncork(); c.end('d', () => console.log('end cb')); }); c.resume(); });
});
step('setEncoding & end(data)', (done) => {
  const s = net.createServer((c) => { c.end('héllo', 'utf8'); });
  s.listen(0, '127.0.0.1', () => { const c = net.connect(s.address().port, '127.0.0.1'); c.setEncoding('hex'); c.on('data', (d) => console.log('hex', d)); c.on('end', () => console.log('end', c.readyState)); c.on('close', () => s.close(done)); });
});
step('write types', (done) => {
  const s = net.createServer((c) => { let b = ''; c.setEncoding('latin1'); c.on('data', (d) => b += d); c.on('end', () => { console.log(JSON.stringify(b)); c.end(); s.close(done); }); });
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1', () => {
      for (const v of [1, {}, null, undefined, [1]]) { try { c.write(v); console.log('wrote', v); } catch (e) { console.log('write', String(v), e.code); } }
      c.write(new Uint8Array([65, 66]));
      c.write('4344', 'hex');
      c.write('RUY=', 'base64', () => console.log('b64 cb'));
      c.end();
    });
    c.resume();
  });
});
step('address after close', (done) => {
  const s = net.createServer((c) => c.end());
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1');
    c.on('connect', () => console.log('addr', c.address().address, c.remoteAddress));
    c.on('close', () => { console.log('after close', JSON.stringify(c.address()), c.remoteAddress, c.localAddress, c.readyState, c.destroyed); s.close(done); });
    c.resume();
  });
});
step('connect options noDelay keepAlive', (done) => {
  const s = net.createServer((c) => c.end());
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: s.address().port, host: '127.0.0.1', noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 });
    c.on('connect', () => console.log('connected'));
    c.on('close', () => s.close(done));
    c.resume();
  });
});
step('onread option', (done) => {
  const s = net.createServer((c) => c.end('0123456789'));
  s.listen(0, '127.0.0.1', () => {
    const buf = Buffer.alloc(4);
    const c = net.connect({ port: s.address().port, host: '127.0.0.1', onread: { buffer: buf, callback: (n, b) => { console.log('onread', n, b === buf, String(b.subarray(0, n))); } } });
    c.on('data', () => console.log('data event (unexpected)'));
    c.on('end', () => console.log('end'));
    c.on('close', () => s.close(done));
  });
});
step('destroySoon', (done) => {
  const s = net.createServer((c) => { c.on('data', (d) => console.log('server got', String(d))); c.on('end', () => console.log('server end')); c.on('close', () => s.close(done)); });
  s.listen(0, '127.0.0.1', () => { const c = net.connect(s.address().port, '127.0.0.1', () => { c.write('bye'); c.destroySoon(); console.log('after destroySoon', c.writable, c.destroyed); }); c.on('close', () => console.log('client close', c.destroyed)); c.resume(); });
});
step('timeout on idle', (done) => {
  const s = net.createServer((c) => { c.setTimeout(50); c.on('timeout', () => { console.log('server timeout', c.destroyed); c.destroy(); }); c.on('close', () => s.close(done)); });
  s.listen(0, '127.0.0.1', () => { const c = net.connect(s.address().port, '127.0.0.1'); c.on('close', () => console.log('client closed')); c.resume(); });
});
step('onread generator, false pauses', (done) => {
  const s = net.createServer((c) => { c.write('abcdefgh'); setTimeout(() => c.end('ijkl'), 50); });
  s.listen(0, '127.0.0.1', () => {
    let n = 0;
    const bufs = [];
    const c = net.connect({ port: s.address().port, host: '127.0.0.1', onread: { buffer: () => { const b = Buffer.alloc(3); bufs.push(b); return b; }, callback: (nread, buf) => {
      console.log('cb', nread, String(buf.subarray(0, nread)), bufs.indexOf(buf));
      if (++n === 2) { setTimeout(() => { console.log('resume'); c.resume(); }, 100); return false; }
    } } });
    c.on('end', () => console.log('end'));
    c.on('close', () => { console.log('close', bufs.length); s.close(done); });
  });
});
run();
