// stream.finished on readables/writables/duplexes in different states, addAbortSignal,
// Duplex.from, compose, isReadable/isErrored/isDisturbed and default high water marks.
const stream = require('stream');
const { finished, Readable, Writable, Duplex, PassThrough, addAbortSignal, compose } = stream;
const log = (...a) => console.log(...a);
const desc = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));
const tick = () => new Promise((r) => setImmediate(r));

async function main() {
  {
    const r = Readable.from(['a']);
    const cleanup = finished(r, function (err) { log('F1', desc(err), this === r); });
    log('cleanup fn', typeof cleanup);
    r.resume();
    await tick(); await tick();
  }
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    finished(w, (err) => log('F2', desc(err), w.writableFinished));
    w.end('x');
    await tick(); await tick();
    finished(w, (err) => log('F2 again (already finished)', desc(err)));
    await tick();
  }
  {
    const r = new Readable({ read() {} });
    finished(r, (err) => log('F3', desc(err)));
    r.destroy(new Error('boom'));
    await tick();
    finished(r, (err) => log('F3 again', desc(err)));
    await tick();
  }
  {
    const d = new PassThrough();
    finished(d, (err) => log('F4 duplex', desc(err)));
    d.end('data');
    await tick();
    log('F4 not yet (readable side pending)');
    d.resume();
    await tick(); await tick();
  }
  {
    const r = new Readable({ read() {} });
    finished(r, { error: false }, (err) => log('F5', desc(err)));
    r.on('error', () => log('F5 error listener'));
    r.destroy(new Error('ignored?'));
    await tick();
  }
  try { finished(new Readable(), 'x'); } catch (e) { log('F6', desc(e)); }
  try { finished(new Readable()); } catch (e) { log('F7', desc(e)); }
  {
    const ac = new AbortController();
    const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
    r.on('error', (e) => log('abort error', e.name, e.code, e.message, e.cause && e.cause.name));
    r.on('close', () => log('abort close'));
    ac.abort();
    await tick();
    try { addAbortSignal('x', r); } catch (e) { log('bad signal', desc(e)); }
    try { addAbortSignal(ac.signal, {}); } catch (e) { log('bad stream', desc(e)); }
    const r2 = new Readable({ read() {}, signal: AbortSignal.abort() });
    r2.on('error', (e) => log('pre-aborted', e.name));
    await tick();
  }
  {
    const d = Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); });
    d.on('data', (c) => log('Duplex.from gen', c));
    d.write('abc');
    d.end('def');
    await new Promise((r) => d.on('end', r));
    const d2 = Duplex.from(['i1', 'i2']);
    log('Duplex.from iterable', d2 instanceof Duplex, d2.writable, await d2.toArray());
    const pt = new PassThrough();
    log('Duplex.from duplex', Duplex.from(pt) === pt);
    const d3 = Duplex.from(Promise.resolve('promised'));
    log('Duplex.from promise', await d3.toArray());
    try { Duplex.from(5); } catch (e) { log('Duplex.from bad', e.code); }
  }
  {
    const c = compose(new PassThrough(), async function* (src) { for await (const x of src) yield String(x).repeat(2); });
    c.end('ab');
    log('compose', await c.toArray());
    const c2 = compose(
      new stream.Transform({ transform(ch, e, cb) { cb(null, String(ch) + '1'); } }),
      new stream.Transform({ transform(ch, e, cb) { cb(null, String(ch) + '2'); } }),
    );
    c2.end('x');
    log('compose transforms', (await c2.toArray()).map(String));
  }
  {
    const r = new Readable({ read() {} });
    log('isReadable', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isWritable(r), stream.isDestroyed(r));
    r.push('x'); r.read();
    log('disturbed', stream.isDisturbed(r));
    r.destroy(new Error('e'));
    r.on('error', () => {});
    log('after destroy', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
    log('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
    stream.setDefaultHighWaterMark(false, 1024);
    log('new default', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
    stream.setDefaultHighWaterMark(false, 16384);
    try { stream.setDefaultHighWaterMark(true, -1); } catch (e) { log(desc(e)); }
    log(stream === stream.Stream, typeof stream.promises.pipeline, Object.keys(stream).join());
    log(require('util').promisify(stream.pipeline) === stream.promises.pipeline, require('util').promisify(finished) === stream.promises.finished);
  }
  {
    const [a, b] = stream.duplexPair();
    b.on('data', (d) => log('pair b got', String(d)));
    a.write('ping');
    await tick();
  }
}
main();
