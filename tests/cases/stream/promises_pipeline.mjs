// stream/promises: pipeline with async generator stages, AbortSignal, { end: false },
// resolved values, and finished() with its options.
import { pipeline, finished } from 'stream/promises';
import { Readable, Writable, PassThrough } from 'stream';
import * as streamPromises from 'node:stream/promises';
const log = (...a) => console.log(...a);
const desc = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

log(typeof streamPromises.pipeline, typeof streamPromises.finished);

const out = [];
const sink = () => new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });

log('r1', await pipeline(
  Readable.from(['a', 'b', 'c']),
  async function* (src) { for await (const c of src) yield c + c; },
  async function* (src) { for await (const c of src) { await null; yield c.toUpperCase(); } },
  sink(),
), out);

log('r2', await pipeline(
  async function* () { yield 1; yield 2; yield 3; },
  async function (src) { let sum = 0; for await (const n of src) sum += n; return sum; },
));

try {
  await pipeline(Readable.from([1, 2]), async function* (src) { for await (const n of src) { if (n === 2) throw new Error('boom in gen'); yield n; } }, sink());
} catch (e) { log('r3', desc(e)); }

{
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  src.push('x');
  const p = pipeline(src, new PassThrough(), new Writable({ write(c, e, cb) { log('r4 got', String(c)); cb(); } }), { signal: ac.signal });
  setImmediate(() => ac.abort());
  try { await p; } catch (e) { log('r4', e.name, e.code, e.message, src.destroyed); }
}

try {
  await pipeline(Readable.from(['x']), sink(), { signal: AbortSignal.abort() });
} catch (e) { log('r5', e.name, e.code); }

{
  const pt = new PassThrough({ objectMode: true });
  await pipeline(Readable.from(['no-end']), pt, { end: false });
  log('r6 end:false', pt.writableEnded, pt.read());
}

{
  const r = Readable.from(['f1']);
  r.resume();
  await finished(r);
  log('r7 finished', r.readableEnded);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const fp = finished(w);
  w.destroy(new Error('w died'));
  try { await fp; } catch (e) { log('r8', desc(e)); }
  const r2 = new Readable({ read() {} });
  const fp2 = finished(r2);
  r2.destroy();
  try { await fp2; } catch (e) { log('r9', desc(e)); }
  const r3 = new Readable({ read() {} });
  const fp3 = finished(r3, { signal: AbortSignal.abort('why') });
  try { await fp3; } catch (e) { log('r10', e.name, e.code, e.cause); }
  const d = new PassThrough();
  const fp4 = finished(d, { readable: false });
  d.end('x');
  await fp4;
  log('r11 writable side finished, readable ended?', d.readableEnded);
}
try { await finished({}); } catch (e) { log('r12', desc(e)); }
