// net Server/Socket lifecycle: listen forms, EADDRINUSE, echo with events in order, allowHalfOpen, maxConnections' drop, pauseOnConnect, write after end, refused connects, lookup for names.
const net = require('net');
const seq = [];
function step(name, fn) { seq.push([name, fn]); }
function run() { const n = seq.shift(); if (!n) return; console.log('--', n[0]); n[1](() => setTimeout(run, 5)); }
step('listen forms', (done) => {
  const s = net.createServer();
  s.on('listening', () => console.log('listening event', s.listening));
  s.listen(0, '127.0.0.1', 5, () => {
    const a = s.address(); console.log(a.address, a.family, typeof a.port);
    try { s.listen(0); } catch (e) { console.log('relisten', e.code, e.message); }
    s.close((err) => { console.log('closed', err, s.listening); done(); });
  });
});
step('listen options', (done) => {
  const s = net.createServer().listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
    const s2 = net.createServer();
    s2.on('error', (e) => { console.log('in use', e.code, e.syscall, e.message.replace(/\d+$/, 'P'), e.address, typeof e.port); s.close(done); });
    s2.listen(s.address().port, '127.0.0.1');
  });
});
step('listen default host', (done) => {
  const s = net.createServer().listen(0, () => { const a = s.address(); console.log(a.address, a.family); s.close(done); });
});
step('close not running', (done) => {
  const s = net.createServer();
  s.on('close', () => console.log('close event'));
  s.close((e) => { console.log(e.code); done(); });
});
step('echo + events', (done) => {
  const s = net.createServer((c) => {
    console.log('server conn', c.remoteAddress, c.remoteFamily, typeof c.remotePort, c.localAddress, c.localPort === s.address().port);
    c.on('data', (d) => { console.log('server data', String(d)); c.write(d, () => console.log('server write cb')); });
    c.on('end', () => { console.log('server end'); c.end('bye'); });
    c.on('finish', () => console.log('server finish'));
    c.on('close', (hadErr) => { console.log('server close', hadErr, c.bytesRead, c.bytesWritten); s.close(done); });
  });
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: s.address().port, host: '127.0.0.1' });
    c.setEncoding('utf8');
    console.log('pending', c.pending, c.connecting, c.readyState);
    c.on('lookup', () => console.log('lookup'));
    c.on('connect', () => { console.log('connect', c.pending, c.connecting, c.readyState, c.remotePort === s.address().port); c.write('hi'); });
    c.on('ready', () => console.log('ready'));
    c.on('data', (d) => { console.log('client data', d); if (d === 'hi') c.end(); });
    c.on('end', () => console.log('client end', c.readyState));
    c.on('finish', () => console.log('client finish', c.readyState));
    c.on('close', (h) => console.log('client close', h, c.readyState, c.bytesRead, c.bytesWritten));
  });
});
step('allowHalfOpen server', (done) => {
  const s = net.createServer({ allowHalfOpen: true }, (c) => {
    c.on('end', () => { console.log('server end, writable', c.writable); setTimeout(() => c.end('late'), 10); });
    c.on('close', () => s.close(done));
    c.resume();
  });
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1', () => c.end('x'));
    c.on('data', (d) => console.log('client got', String(d)));
    c.on('close', () => console.log('client close'));
  });
});
step('maxConnections', (done) => {
  const s = net.createServer((c) => { console.log('accepted'); });
  s.maxConnections = 1;
  s.on('drop', (d) => console.log('drop', typeof d.localAddress, typeof d.remotePort));
  s.listen(0, '127.0.0.1', () => {
    const a = net.connect(s.address().port, '127.0.0.1');
    a.on('connect', () => {
      const b = net.connect(s.address().port, '127.0.0.1');
      b.on('error', (e) => console.log('b error', e.code));
      b.on('close', () => { console.log('b closed'); a.destroy(); s.close(done); });
    });
  });
});
step('pauseOnConnect', (done) => {
  const s = net.createServer({ pauseOnConnect: true }, (c) => {
    console.log('paused?', c.isPaused());
    let got = false;
    c.on('data', () => { got = true; });
    setTimeout(() => { console.log('got while paused', got); c.resume(); setTimeout(() => { console.log('got after resume', got); c.destroy(); s.close(done); }, 30); }, 30);
  });
  s.listen(0, '127.0.0.1', () => { const c = net.connect(s.address().port, '127.0.0.1', () => c.write('x')); c.on('error', () => {}); });
});
step('write after end', (done) => {
  const s = net.createServer((c) => c.resume());
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1', () => {
      c.end();
      c.write('x', (e) => console.log('write cb', e && e.code));
      c.on('error', (e) => { console.log('error', e.code, e.message); });
      c.on('close', () => { s.close(done); });
    });
  });
});
step('destroy with error', (done) => {
  const s = net.createServer((c) => c.resume());
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1', () => { c.destroy(new Error('x')); });
    c.on('error', (e) => console.log('error', e.message));
    c.on('close', (h) => { console.log('close', h, c.destroyed, c.readyState); s.close(done); });
  });
});
step('getConnections', (done) => {
  const s = net.createServer((c) => { s.getConnections((e, n) => { console.log('conns', e, n); c.destroy(); s.close(done); }); });
  s.listen(0, '127.0.0.1', () => { const c = net.connect(s.address().port, '127.0.0.1'); c.on('error', () => {}); });
});
step('connect refused', (done) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const port = s.address().port; s.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', (e) => console.log('err', e.code, e.errno, e.syscall, e.address, typeof e.port, e.message.replace(/\d+$/, 'P')));
    c.on('close', (h) => { console.log('close', h); done(); });
  }); });
});
step('connect localhost name', (done) => {
  const s = net.createServer((c) => c.end()).listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, 'localhost');
    // One 'lookup' per address; whether localhost also has ::1 depends on the machine's hosts file.
    c.on('lookup', (e, addr, fam, host) => { if (fam === 4) console.log('lookup', e, addr, fam, host); });
    c.on('connect', () => console.log('connected', c.remoteAddress));
    c.on('close', () => s.close(done));
    c.resume();
  });
});
step('server.ref/unref return', (done) => { const s = net.createServer(); console.log(s.ref() === s, s.unref() === s); done(); });
run();
