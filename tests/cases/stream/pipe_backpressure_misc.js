// duplexPair, pipe backpressure (reading stops while the destination is full), 'readable' vs flowing, writev errors, flush errors, destroy inside transform, wrap() in object mode, several sources into one writable.
const { Readable, Writable, Duplex, Transform, PassThrough, duplexPair, pipeline } = require('stream');
const log = (...a) => console.log(...a);
const E = (e) => e ? `${e.name}|${e.code}|${e.message}` : e;
const steps = [];
const step = (n, f) => steps.push([n, f]);
step('duplexPair', (done) => {
  const [a, b] = duplexPair(); const got = [];
  b.on('data', (d) => got.push('b:' + d)); a.on('data', (d) => got.push('a:' + d));
  a.write('to-b'); b.write('to-a'); a.end(); b.on('end', () => { log(got, a.constructor.name, b.readableObjectMode); b.end(); done(); });
});
step('duplexPair objectMode', (done) => { const [a, b] = duplexPair({ objectMode: true }); b.on('data', (d) => { log('obj', d); done(); }); a.write({ x: 1 }); });
step('backpressure pipe', (done) => {
  let reads = 0; const r = new Readable({ highWaterMark: 10, read() { reads++; if (reads > 30) this.push(null); else this.push(Buffer.alloc(5)); } });
  const cbs = []; const w = new Writable({ highWaterMark: 10, write(c, e, cb) { cbs.push(cb); } });
  r.pipe(w); setTimeout(() => { log('reads while blocked', reads, r.readableLength, w.writableLength, r.readableFlowing, r._readableState.awaitDrainWriters === w); cbs.splice(0).forEach((f) => f()); w._write = (c, e, cb) => cb(); w.on('finish', () => { log('total reads', reads); done(); }); }, 10);
});
step('readable then data listener', (done) => {
  const r = new Readable({ read() {} }); r.on('readable', () => {}); log(r.readableFlowing); r.on('data', () => {}); log(r.readableFlowing); r.removeAllListeners('readable'); setImmediate(() => { log(r.readableFlowing); done(); });
});
step('resume with readable listener', (done) => { const r = new Readable({ read() {} }); r.on('readable', () => {}); r.resume(); log(r.readableFlowing, r.isPaused()); setImmediate(done); });
step('writev error', (done) => {
  const w = new Writable({ writev(chunks, cb) { cb(new Error('wv')); } }); w.on('error', (e) => log('err', e.message)); w.cork(); w.write('a', (e) => log('cb a', E(e))); w.write('b', (e) => log('cb b', E(e))); w.uncork(); w.on('close', () => done());
});
step('flush error', (done) => { const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('fl')); } }); t.on('error', (e) => log('flush err', e.message)); t.on('finish', () => log('finish?')); t.on('close', () => done()); t.resume(); t.end('x'); });
step('destroy in transform', (done) => { const t = new Transform({ transform(c, e, cb) { this.destroy(new Error('dt')); cb(); } }); t.on('error', (e) => log('dt err', e.message)); t.on('close', () => { log('dt close'); done(); }); t.write('x', (e) => log('wcb', E(e))); });
step('wrap objectMode', (done) => {
  const EE = require('events'); const old = new EE(); old.pause = () => {}; old.resume = () => {};
  const r = new Readable({ objectMode: true }).wrap(old); const o = []; r.on('data', (d) => o.push(d)); r.on('end', () => { log('wrap obj', o); done(); });
  old.emit('data', { a: 1 }); old.emit('data', null); old.emit('data', 2); old.emit('end');
});
step('wrap destroy', (done) => { const EE = require('events'); const old = new EE(); old.destroy = () => log('old destroyed'); const r = new Readable().wrap(old); r.on('close', () => done()); r.destroy(); });
step('multiple sources end false', (done) => {
  const w = new PassThrough(); const o = []; w.on('data', (d) => o.push(String(d)));
  const r1 = Readable.from(['1']); const r2 = Readable.from(['2']); r1.pipe(w, { end: false }); r2.pipe(w, { end: false });
  let n = 0; const e = () => { if (++n === 2) { w.end(); w.on('end', () => { log('multi', o.sort()); done(); }); } }; r1.on('end', e); r2.on('end', e);
});
step('pipe to errored dest', (done) => {
  const r = new Readable({ read() {} }); const w = new Writable({ write(c, e, cb) { cb(); } }); w.on('error', () => {}); w.destroy(new Error('x'));
  r.pipe(w); r.push('a'); setImmediate(() => { log('pipes after', r._readableState.pipes.length, r.readableFlowing); done(); });
});
step('readable.read after destroy', (done) => { const r = new Readable({ read() {} }); r.push('a'); r.destroy(); log(r.read(), r.readableLength); done(); });
step('objectMode length/hwm', (done) => { const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} }); log(r.push(1), r.push(2), r.push(3), r.readableLength); done(); });
step('end with chunk and encoding', (done) => { const w = new Writable({ decodeStrings: false, write(c, e, cb) { log('end chunk', c, e); cb(); } }); w.end('ab', 'latin1', () => { log('endcb'); done(); }); });
step('setDefaultEncoding invalid', (done) => { try { new Writable().setDefaultEncoding('nope'); } catch (e) { log(E(e)); } log(new Writable().setDefaultEncoding('HEX')._writableState.defaultEncoding); done(); });
let i = 0;
(function next() { if (i >= steps.length) return; const [n, f] = steps[i++]; log('--', n); let called = false; f(() => { if (!called) { called = true; setTimeout(next, 5); } }); })();
