// ReadableStream tee (cancel reasons, cancel errors, pull errors), pull scheduling with strategies, desiredSize, values() options and preventCancel, subclasses; options objects may be arrays or functions as in node.
import { ReadableStream } from 'stream/web';
import { setImmediate as delay } from 'timers/promises';
const log = console.log;
const E = (e) => e instanceof Error ? `${e.name}|${e.code}|${e.message}` : JSON.stringify(e);
{ let reason; const s = new ReadableStream({ cancel(r) { reason = r; } }); const [a, b] = s.tee(); const e1 = new Error('b1'); const e2 = new Error('b2'); const p = Promise.all([a.cancel(e1), b.cancel(e2)]); await p; log('tee reasons', Array.isArray(reason), reason.map((x) => x.message)); }
{ let reason; const s = new ReadableStream({ cancel(r) { reason = r; } }); const [a, b] = s.tee(); await Promise.all([b.cancel('y'), a.cancel('x')]); log('tee reasons2', reason); }
{ const s = new ReadableStream({ cancel() { throw new Error('cErr'); } }); const [a, b] = s.tee(); await Promise.all([a.cancel().catch((e) => log('a', E(e))), b.cancel().catch((e) => log('b', E(e)))]); }
{ let c; const s = new ReadableStream({ start(x) { c = x; } }); const [a, b] = s.tee(); c.error(new Error('te')); await a.cancel().catch((e) => log('cancel errored tee', E(e))); }
{ const s = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } }); const [a, b] = s.tee(); b.cancel(); const ra = a.getReader(); const rb = b.getReader(); log(await ra.read(), await ra.read(), await ra.read(), await rb.read()); }
{ let pullCount = 0; const s = new ReadableStream({ pull(c) { if (pullCount) c.enqueue(pullCount); pullCount++; } }); const r = s.getReader(); await new Promise((res) => queueMicrotask(res)); log('pullCount at microtask', pullCount); log(await r.read(), await r.read()); }
{ let n = 0; const s = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.enqueue('c'); }, pull() { n++; } }, { highWaterMark: Infinity, size() { return 1; } }); const r = s.getReader(); await delay(); await r.read(); await r.read(); await r.read(); await delay(); log('pulls inf', n); }
{ let calls = 0; let res; const ready = new Promise((r) => res = r); new ReadableStream({ pull(c) { c.enqueue(++calls); if (calls === 4) res(); } }, { size() { return 1; }, highWaterMark: 4 }); await ready; await delay(); log('calls hwm4', calls); }
{ const e = new Error('boom'); const e2 = new Error('boom2'); const s = new ReadableStream({ pull(c) { c.error(e); throw e2; } }); await s.getReader().closed.catch((x) => log('pull error then throw', E(x))); }
{ new ReadableStream({ start(c) { log('ds', c.desiredSize); c.close(); log('ds closed', c.desiredSize); } }, { highWaterMark: 10 }); new ReadableStream({ start(c) { c.error(); log('ds errored', c.desiredSize); } }, { highWaterMark: 10 }); new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(1); log('ds neg', c.desiredSize); } }); }
{ const s = new ReadableStream(); for (const o of [1, false, '', null, [], () => {}]) { try { s.values(o); log('values ok', typeof o); } catch (e) { log('values', E(e)); } } }
{ let cancelled = 0; const mk = () => new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { cancelled++; } });
  const s1 = mk(); for await (const _ of s1.values({ preventCancel: true })) break; log('pc true', cancelled, s1.locked);
  const s2 = mk(); for await (const _ of s2.values({ preventCancel: false })) break; log('pc false', cancelled, s2.locked);
  const s3 = mk(); try { for await (const _ of s3.values({ preventCancel: true })) throw new Error('x'); } catch {} log('throw pc', cancelled); }
{ class Foo extends ReadableStream {} const f = new Foo(); log(f.getReader().constructor.name, f instanceof ReadableStream, Object.prototype.toString.call(f)); }
{ const err = new Error('boom'); const s = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); }, pull() { throw err; } }); const [a, b] = s.tee(); const r1 = a.getReader(); const r2 = b.getReader(); log(r1.closed !== r2.closed); await r1.closed.catch((e) => log('tee pull err', E(e))); await r2.closed.catch((e) => log('tee pull err2', E(e))); }
