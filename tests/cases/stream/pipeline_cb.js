// stream.pipeline (callback form): success, a failing middle stage, premature close,
// generator stages, argument validation and the returned stream.
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const desc = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

function sink(name, out) {
  const w = new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
  for (const e of ['finish', 'close', 'error']) w.on(e, () => log(name, e));
  return w;
}
const step = (fn) => new Promise((resolve) => fn(resolve));

async function main() {
  await step((done) => {
    const out = [];
    const src = Readable.from([1, 2, 3]);
    const t = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c * 2); } });
    const ret = pipeline(src, t, sink('S1', out), (err) => { log('S1 done', desc(err), out, src.destroyed, t.destroyed); done(); });
    log('returns last', ret instanceof Writable);
  });
  await step((done) => {
    const src = new Readable({ objectMode: true, read() {} });
    const t = new Transform({ objectMode: true, transform(c, e, cb) { if (c === 2) cb(new Error('stage failed')); else cb(null, c); } });
    const out = [];
    const w = sink('S2', out);
    src.on('close', () => log('S2 src close'));
    t.on('close', () => log('S2 t close'));
    pipeline(src, t, w, (err) => { log('S2 done', desc(err), out, src.destroyed, t.destroyed, w.destroyed); done(); });
    src.push(1); src.push(2); src.push(3);
  });
  await step((done) => {
    const src = new Readable({ read() {} });
    const w = new Writable({ write(c, e, cb) { cb(); } });
    pipeline(src, w, (err) => { log('S3 done', desc(err), w.destroyed); done(); });
    src.push('a');
    setImmediate(() => src.destroy());
  });
  await step((done) => {
    const out = [];
    pipeline(
      function* () { yield 'a'; yield 'b'; },
      async function* (source) { for await (const c of source) yield c.toUpperCase(); },
      sink('S4', out),
      (err) => { log('S4 done', desc(err), out); done(); },
    );
  });
  await step((done) => {
    pipeline(
      Readable.from(['x', 'y', 'z']),
      async function* (source) { for await (const c of source) { yield c; if (c === 'y') throw new Error('gen threw'); } },
      async function (source) { const all = []; for await (const c of source) all.push(c); return all.join(''); },
      (err, val) => { log('S5 done', desc(err), val); done(); },
    );
  });
  await step((done) => {
    pipeline(
      Readable.from(['p', 'q']),
      async function (source) { let s = ''; for await (const c of source) s += c; return s; },
      (err, val) => { log('S6 done', desc(err), val); done(); },
    );
  });
  await step((done) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    pipeline([Readable.from(['arr']), new PassThrough({ objectMode: true }), sink('S7', [])], (err) => { log('S7 done', desc(err)); done(); });
  });
  for (const bad of [[Readable.from([])], [Readable.from([]), sink('x', []), 'notfn']]) {
    try { pipeline(...bad); } catch (e) { log('threw', desc(e)); }
  }
  try { pipeline(Readable.from([]), () => {}); } catch (e) { log('threw', desc(e)); }
  await step((done) => {
    try {
      pipeline(() => 42, sink('S8', []), (err) => { log('S8', desc(err)); done(); });
    } catch (e) { log('S8 threw', e.name, e.code); done(); }
  });
  await step((done) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    pipeline(Readable.from(['early']), w, (err) => { log('S9 done', desc(err)); done(); });
    w.destroy();
  });
  await step((done) => {
    const src = Readable.from(['a', 'b']);
    const w = new Writable({ objectMode: true, write(c, e, cb) { setImmediate(() => cb(new Error('write failed ' + c))); } });
    pipeline(src, w, (err) => { log('S10 done', desc(err), src.destroyed); done(); });
  });
}
main();
