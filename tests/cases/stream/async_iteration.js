// Async iteration of node Readables and Readable.from(): errors, break/return destroying, concurrent next(), premature close, iterator({ destroyOnReturn }), promises in iterables, null values.
const { Readable, Writable, Duplex, PassThrough, Transform } = require('stream');
const log = (...a) => console.log(...a);
const E = (e) => e ? `${e.name}|${e.code}|${e.message}` : e;
const steps = [];
const step = (n, f) => steps.push([n, f]);
step('async iter basic', async (done) => {
  const r = new Readable({ objectMode: true, read() {} }); let i = 0;
  const t = setInterval(() => { if (i < 3) r.push(i++); else { r.push(null); clearInterval(t); } }, 1);
  const out = []; for await (const x of r) out.push(x); log(out, r.destroyed); done();
});
step('async iter error', async (done) => {
  const r = new Readable({ read() {} }); r.push('a'); process.nextTick(() => r.destroy(new Error('boom')));
  try { for await (const x of r) log('x', String(x)); } catch (e) { log(E(e)); } done();
});
step('async iter return destroys', async (done) => {
  const r = new Readable({ objectMode: true, read() { this.push(1); } }); r.on('close', () => log('closed'));
  for await (const x of r) { break; } log(r.destroyed); setImmediate(done);
});
step('async iter throw inside loop', async (done) => {
  const r = Readable.from([1, 2, 3]); try { for await (const x of r) throw new Error('inner'); } catch (e) { log(E(e), r.destroyed); } done();
});
step('next after end', async (done) => {
  const r = Readable.from([1]); const it = r[Symbol.asyncIterator](); log(await it.next(), await it.next(), await it.next()); done();
});
step('concurrent next', async (done) => {
  const r = new Readable({ objectMode: true, read() {} }); const it = r[Symbol.asyncIterator]();
  const ps = [it.next(), it.next(), it.next()]; r.push('a'); r.push('b'); r.push(null); log(await Promise.all(ps)); done();
});
step('iterator return value', async (done) => {
  const r = Readable.from([1, 2]); const it = r[Symbol.asyncIterator](); log(await it.next(), await it.return(), r.destroyed); log(await it.next()); done();
});
step('premature close iteration', async (done) => {
  const r = new Readable({ read() {} }); r.push('a'); setTimeout(() => { r.emit('close'); }, 2);
  try { for await (const x of r) log('x', String(x)); log('no error'); } catch (e) { log(E(e)); } done();
});
step('iterate destroyed', async (done) => {
  const r = new Readable({ read() {} }); r.destroy(); try { for await (const x of r) log(x); log('end iter'); } catch (e) { log(E(e)); } done();
});
step('iterate errored', async (done) => {
  const r = new Readable({ read() {} }); r.on('error', () => {}); r.destroy(new Error('pre')); try { for await (const x of r) log(x); log('end iter'); } catch (e) { log(E(e)); } done();
});
step('iterate with data listener', async (done) => {
  const r = Readable.from(['a', 'b']); const d = []; r.on('data', (x) => d.push('data:' + x)); const it = []; for await (const x of r) it.push(x); log(d, it); done();
});
step('iterate readableEnded', async (done) => {
  const r = Readable.from(['a']); await r.toArray(); try { for await (const x of r) log(x); log('done2'); } catch (e) { log(E(e)); } done();
});
step('from with highWaterMark', async (done) => { const calls = []; const r = Readable.from((function* () { for (let i = 0; i < 5; i++) { calls.push(i); yield i; } })(), { highWaterMark: 2 }); await new Promise((res) => setTimeout(res, 5)); log(calls); r.destroy(); done(); });
step('from promises', async (done) => { log(await Readable.from([Promise.resolve(1), 2, Promise.resolve(3)]).toArray()); done(); });
step('from null value', async (done) => { const r = Readable.from([1, null, 3]); r.on('error', (e) => { log(E(e)); done(); }); r.resume(); });
step('from iterator return on destroy', async (done) => { let closed = false; const gen = (function* () { try { yield 1; yield 2; } finally { closed = true; } })(); const r = Readable.from(gen); r.once('data', () => { r.destroy(); setImmediate(() => { log('closed', closed); done(); }); }); });
step('from async gen error', async (done) => { const r = Readable.from((async function* () { yield 1; throw new Error('agE'); })()); const seen = []; r.on('data', (d) => seen.push(d)); r.on('error', (e) => { log(seen, E(e)); done(); }); });
step('from objectMode false', async (done) => { const r = Readable.from(['ab', 'cd'], { objectMode: false }); log(r.readableObjectMode); r.setEncoding('utf8'); log(await r.toArray()); done(); });
step('duplex iter', async (done) => { const p = new PassThrough({ objectMode: true }); p.write(1); p.end(2); const o = []; for await (const x of p) o.push(x); log(o); done(); });
step('readable.iterator destroyOnReturn', async (done) => { const r = Readable.from([1, 2, 3]); for await (const x of r.iterator({ destroyOnReturn: false })) { if (x === 1) break; } log(r.destroyed); const rest = []; for await (const x of r) rest.push(x); log(rest); try { r.iterator(1); } catch (e) { log(E(e)); } try { r.iterator({ destroyOnReturn: 'x' }); } catch (e) { log(E(e)); } done(); });
step('Readable.from(readable)', async (done) => { const src = Readable.from([1, 2]); const r = Readable.from(src); log(r === src, await r.toArray()); done(); });
step('emitter-style unhandled', async (done) => { const r = new Readable({ read() {} }); const it = r[Symbol.asyncIterator](); r.push('x'); const v = await it.next(); log(String(v.value)); await it.return(); log(r.destroyed, r.listenerCount('error')); done(); });
let i = 0;
(function next() { if (i >= steps.length) return; const [n, f] = steps[i++]; log('--', n); let called = false; f(() => { if (!called) { called = true; setTimeout(next, 5); } }); })();
