// pipeline(): argument errors, destroy/transform errors and close order, legacy streams in the middle, promisify, abort signals, generator and async-function stages, return values.
const { Stream, Writable, Readable, Transform, pipeline, PassThrough, Duplex, addAbortSignal } = require('stream');
const { promisify } = require('util');
const log = (...a) => console.log(...a);
const E = (e) => e ? `${e.name}|${e.code}|${e.message}` : e;
const steps = [];
const step = (n, f) => steps.push([n, f]);
step('errors', (done) => {
  for (const f of [() => pipeline(new Readable({ read() {} }), () => {}), () => pipeline(() => {}), () => pipeline(), () => pipeline(new Readable({ read() {} }), new PassThrough()), () => pipeline([new Readable(), new PassThrough()], 5)]) {
    try { f(); log('nothrow'); } catch (e) { log(E(e)); }
  }
  done();
});
step('read destroy', (done) => { const read = new Readable({ read() {} }); const write = new Writable({ write(d, e, cb) { cb(); } }); read.push('data'); setImmediate(() => read.destroy()); pipeline(read, write, (err) => { log(E(err)); done(); }); });
step('transform err', (done) => {
  const read = new Readable({ read() {} }); const t = new Transform({ transform(d, e, cb) { cb(new Error('kaboom')); } }); const write = new Writable({ write(d, e, cb) { cb(); } });
  const ev = []; for (const [n, s] of [['r', read], ['t', t], ['w', write]]) { s.on('close', () => ev.push(n + ':close')); s.on('error', (e) => ev.push(n + ':error:' + e.message)); }
  const dst = pipeline(read, t, write, (err) => { ev.push('cb:' + err.message); setTimeout(() => { log(ev, dst === write); done(); }, 5); }); read.push('hello');
});
step('legacy streams', (done) => {
  const oldStream = new Stream(); oldStream.pause = oldStream.resume = () => {}; oldStream.write = (d) => { oldStream.emit('data', d); return true; }; oldStream.end = () => { oldStream.emit('end'); };
  const rs = new Readable({ read() { rs.push('hello'); rs.push('world'); rs.push(null); } }); const out = [];
  const ws = new Writable({ write(d, e, cb) { out.push(String(d)); cb(); } });
  pipeline(rs, oldStream, ws, (err) => { log(E(err), out); done(); });
});
step('legacy destroyable', (done) => {
  const o = new Stream(); o.pause = o.resume = () => {}; o.write = (d) => { o.emit('data', d); return true; }; o.end = () => o.emit('end');
  const d = new Stream(); d.pause = d.resume = () => {}; d.destroy = () => { log('legacy destroy'); d.emit('close'); }; d.write = (x) => { d.emit('data', x); return true; }; d.end = () => d.emit('end');
  const rs = new Readable({ read() { rs.destroy(new Error('stop')); } }); const ws = new Writable({ write(x, e, cb) { cb(); } });
  pipeline(rs, o, d, ws, (err) => { log(E(err)); done(); });
});
step('promisify', async (done) => { const p = promisify(pipeline); const read = new Readable({ read() {} }); read.push('d'); read.push(null); await p(read, new Writable({ write(c, e, cb) { cb(); } })); log('promisified ok'); done(); });
step('aborted signal', async (done) => {
  const p = promisify(pipeline);
  const ac = new AbortController();
  try { await p(async function* () { ac.abort(); await Promise.resolve(); yield '8'; }, new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal }); } catch (e) { log(E(e)); }
  try { await p(async function* () { yield '5'; }, new Writable({ write(c, e, cb) { cb(); } }), { signal: AbortSignal.abort() }); } catch (e) { log(E(e)); }
  done();
});
step('generators', (done) => {
  let n = 0; const fin = () => { if (++n === 6) done(); };
  let res = ''; const w = () => new Writable({ write(c, e, cb) { res += c; cb(); } });
  pipeline(function* () { yield 'hello'; yield 'world'; }(), w(), (err) => { log('g1', err, res); res = ''; fin();
    pipeline(async function* () { await Promise.resolve(); yield 'a'; }, w(), (err) => { log('g2', err, res); fin(); });
  });
  fin();
  fin();
  const s = new PassThrough();
  const ret = pipeline(() => ['hello', 'world'], s, async function* (src) { for await (const c of src) throw new Error('kaboom3'); }, (err) => { log('g5', E(err), s.destroyed); fin(); });
  ret.resume(); log(typeof ret.pipe);
  pipeline(async function* () { yield 'x'; }, async function (src) { let r = ''; for await (const c of src) r += c; return r + '!'; }, (err, val) => { log('g6', err, val); fin(); });
});
step('pipeline returns', (done) => {
  const ret = pipeline(async function* () { yield 'hello'; }, async function* (src) { for await (const c of src) {} }, (err) => { log('r1', err); done(); });
  ret.resume(); log(ret instanceof Duplex, ret.constructor.name);
});
step('error in async fn destination', (done) => {
  pipeline(Readable.from(['a']), async function (src) { throw new Error('dest'); }, (err) => { log('dest', E(err)); done(); });
});
step('pipeline non-stream return', (done) => {
  pipeline(Readable.from(['a']), async function* (src) { for await (const c of src) yield c; }, async (src) => { for await (const c of src); return 42; }, (err, v) => { log('ret', E(err), v); done(); });
});
step('destroyed dest', (done) => {
  const w = new PassThrough(); w.destroy(); pipeline(Readable.from(['a']), w, (err) => { log('destroyed dest', E(err)); done(); });
});
step('readable errors after end', (done) => {
  const r = new Readable({ read() {} }); const w = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(r, w, (err) => { log('cb', E(err)); setTimeout(done, 5); }); r.push('a'); r.push(null); setImmediate(() => r.destroy(new Error('late')));
});
step('duplex in middle closes', (done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); this.push(c); }, final(cb) { this.push(null); cb(); } });
  const out = []; pipeline(Readable.from(['1', '2']), d, new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }), (err) => { log('duplex', err, out, d.destroyed); done(); });
});
let i = 0;
(function next() { if (i >= steps.length) return; const [n, f] = steps[i++]; log('--', n); let called = false; f(() => { if (!called) { called = true; setTimeout(next, 5); } }); })();
