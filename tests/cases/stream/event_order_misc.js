// Event order across readable/writable/duplex/transform corners (pipe to several writables, end:false, legacy Stream pipe, wrap(), pause/resume, 'readable' with 'data', read(n) in object mode, final/finish/close, cork, drain, construct); expected values from node 20.
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = require('stream');
const EE = require('events');
const log = (...a) => console.log(...a);
const E = (e) => `${e.name}|${e.code}|${e.message}`;
const steps = [];
const step = (n, f) => steps.push([n, f]);
step('pipe multiple', (done) => {
  const r = new Readable({ read() {} });
  const a = []; const b = [];
  const wa = new Writable({ write(c, e, cb) { a.push(String(c)); cb(); } });
  const wb = new Writable({ highWaterMark: 1, write(c, e, cb) { b.push(String(c)); setImmediate(cb); } });
  r.pipe(wa); r.pipe(wb);
  r.push('1'); r.push('2'); r.push('3'); r.push(null);
  wb.on('finish', () => { log(a, b, r._readableState.pipes.length); done(); });
});
step('pipe end false', (done) => {
  const r = Readable.from(['a']); const w = new PassThrough();
  r.pipe(w, { end: false }); r.on('end', () => setImmediate(() => { log('w ended?', w.writableEnded); done(); }));
});
step('pipe dest error', (done) => {
  const r = new Readable({ read() {} }); const w = new Writable({ write(c, e, cb) { cb(new Error('werr')); } });
  w.on('error', (e) => log('w error', e.message)); w.on('unpipe', () => log('unpipe')); r.pipe(w); r.push('x');
  setTimeout(() => { log(r.readableFlowing, r._readableState.pipes.length, r.isPaused()); done(); }, 5);
});
step('pipe returns dest', (done) => { const r = new Readable({ read() {} }); const w = new PassThrough(); log(r.pipe(w) === w); done(); });
step('unpipe all', (done) => { const r = new Readable({ read() {} }); const w1 = new PassThrough(); const w2 = new PassThrough(); r.pipe(w1); r.pipe(w2); w1.on('unpipe', (s) => log('u1', s === r)); w2.on('unpipe', (s) => log('u2', s === r)); r.unpipe(); log(r._readableState.pipes.length, r.readableFlowing); done(); });
step('pipe after end', (done) => { const r = new Readable({ read() {} }); r.push(null); r.resume(); r.on('end', () => { const w = new PassThrough(); w.on('finish', () => { log('finished after pipe'); done(); }); r.pipe(w); }); });
step('legacy stream pipe', (done) => {
  const s = new Stream(); const w = new PassThrough(); const out = [];
  w.on('data', (d) => out.push(String(d)));
  s.pipe(w); s.emit('data', 'a'); s.emit('end'); setImmediate(() => { log(out, w.writableEnded); done(); });
});
step('legacy pipe error no listener', (done) => {
  const s = new Stream(); const d = new Stream(); d.writable = true; d.write = () => true; d.end = () => log('end called');
  s.pipe(d); try { s.emit('error', new Error('legacy')); } catch (e) { log('thrown', e.message); } done();
});
step('wrap', (done) => {
  const old = new EE(); old.pause = () => log('paused'); old.resume = () => log('resumed');
  const r = new Readable().wrap(old); const out = [];
  r.on('data', (d) => out.push(String(d))); r.on('end', () => { log('wrap', out); done(); });
  old.emit('data', 'x'); old.emit('data', Buffer.from('y')); old.emit('end');
});
step('pause/resume events', (done) => {
  const r = new Readable({ read() {} }); r.on('pause', () => log('pause ev')); r.on('resume', () => log('resume ev'));
  r.pause(); log(r.isPaused(), r.readableFlowing); r.resume(); log(r.isPaused(), r.readableFlowing); r.pause(); r.pause(); setImmediate(done);
});
step('readable + data', (done) => {
  const r = new Readable({ read() {} }); const ev = [];
  r.on('data', (d) => ev.push('data:' + d)); r.on('readable', () => { ev.push('readable'); let c; while ((c = r.read()) !== null) ev.push('read:' + c); });
  r.push('a'); r.push('b'); r.push(null); r.on('end', () => { log(ev, r.readableFlowing); done(); });
});
step('removing readable resumes', (done) => {
  const r = new Readable({ read() {} }); const h = () => {}; r.on('readable', h); r.on('data', (d) => log('data', String(d)));
  r.push('z'); log('flowing', r.readableFlowing); r.removeListener('readable', h); setImmediate(() => { log('flowing2', r.readableFlowing); done(); });
});
step('read(n) object', (done) => { const r = new Readable({ objectMode: true, read() {} }); r.push('a'); r.push('bb'); log(r.read(5), r.read(0), r.readableLength); done(); });
step('hwm big read', (done) => { const r = new Readable({ read() {} }); r.push(Buffer.alloc(10)); log(r.read(100), r.readableHighWaterMark, r._readableState.needReadable); r.push(null); log(r.read(100).length); done(); });
step('hwm computeNew', (done) => { let n = 0; const r = new Readable({ highWaterMark: 4, read() { if (n++ < 3) this.push(Buffer.alloc(3)); } }); r.read(20); setImmediate(() => { log(r.readableHighWaterMark, r.readableLength); done(); }); });
step('setEncoding mid', (done) => { const r = new Readable({ read() {} }); r.push(Buffer.from('héllo')); r.setEncoding('base64'); log(r.read(), r.readableEncoding); done(); });
step('writable finished state', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { log('final', w.writableFinished, w.writableEnded); setImmediate(cb); } });
  w.on('finish', () => { log('finish', w.writableFinished); }); w.on('close', () => { log('close', w.closed, w.destroyed); done(); }); w.end('x'); log('after end', w.writableFinished);
});
step('final error', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('ferr')); } });
  w.on('error', (e) => log('err', e.message)); w.on('finish', () => log('no finish')); w.on('close', () => { log('close', w.errored && w.errored.message); done(); }); w.end((e) => log('endcb', e && e.message));
});
step('write cb after error', (done) => {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb, new Error('wE')); } });
  w.on('error', (e) => log('err', e.message)); w.write('a', (e) => log('cb1', e && e.message)); w.write('b', (e) => log('cb2', e && E(e))); w.on('close', () => { done(); });
});
step('cork uncork', (done) => { const w = new Writable({ writev(ch, cb) { log('writev', ch.length); cb(); }, write(c, e, cb) { log('write1'); cb(); } }); w.cork(); w.cork(); w.write('a'); w.write('b'); w.uncork(); log('corked', w.writableCorked); w.uncork(); log('corked', w.writableCorked); setImmediate(done); });
step('drain', (done) => { const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } }); log(w.write('abc'), w.writableNeedDrain); w.on('drain', () => { log('drain', w.writableLength); done(); }); });
step('duplex destroy', (done) => { const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } }); d.on('close', () => { log('close', d.destroyed, d.readableAborted, d.writableAborted); done(); }); d.on('error', (e) => log('err', e.message)); d.destroy(new Error('dd')); });
step('duplex halfopen', (done) => { const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } }); d.on('finish', () => log('finish')); d.on('end', () => log('end')); d.on('close', () => { log('close'); done(); }); d.push(null); d.resume(); setTimeout(() => d.end(), 2); });
step('transform split objectmode', (done) => {
  const t = new Transform({ readableObjectMode: true, transform(c, e, cb) { cb(null, c.length); } });
  t.on('data', (d) => log('len', d)); t.write(Buffer.alloc(3)); t.end(Buffer.alloc(5)); t.on('end', () => { log(t.readableObjectMode, t.writableObjectMode, t.readableHighWaterMark, t.writableHighWaterMark); done(); });
});
step('transform cb twice', (done) => { const t = new Transform({ transform(c, e, cb) { cb(); cb(); } }); t.on('error', (e) => { log(E(e)); done(); }); t.write('x'); });
step('transform push in flush after end', (done) => { const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(null, 'F'); } }); const out = []; t.on('data', (d) => out.push(String(d))); t.on('end', () => { log(out); done(); }); t.end('a'); });
step('readable ended', (done) => { const r = new Readable({ read() {} }); log(r.readableEnded); r.push(null); log(r.readableEnded); r.on('end', () => { log(r.readableEnded); done(); }); r.resume(); });
step('readable destroy during read', (done) => { const r = new Readable({ read() { this.destroy(); } }); r.on('close', () => { log('closed', r.readableAborted); done(); }); r.resume(); });
step('construct', (done) => {
  const ev = [];
  const w = new Writable({ construct(cb) { ev.push('construct'); setImmediate(cb); }, write(c, e, cb) { ev.push('write'); cb(); }, final(cb) { ev.push('final'); cb(); } });
  w.write('a'); w.end(); w.on('finish', () => { log(ev); done(); });
});
step('construct error', (done) => { const r = new Readable({ construct(cb) { cb(new Error('cE')); }, read() {} }); r.on('error', (e) => log(e.message)); r.on('close', () => { log('close'); done(); }); });
let i = 0;
(function next() { if (i >= steps.length) return; const [n, f] = steps[i++]; log('--', n); let called = false; f(() => { if (!called) { called = true; setTimeout(next, 5); } }); })();
