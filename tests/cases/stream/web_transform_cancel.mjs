// TransformStream's transformer.cancel (node 20): called once when the readable side is cancelled or the
// writable side aborted, its result/rejection settling the other side; close/flush share that outcome;
// members are read in node's order.
import { TransformStream } from 'stream/web';
const log = console.log;
const E = (e) => e instanceof Error ? `${e.name}|${e.code}|${e.message}` : String(e);
const tick = () => new Promise((r) => setTimeout(r, 2));
{ const ev = []; const ts = new TransformStream({ cancel(r) { ev.push('cancel:' + E(r)); } }); const w = ts.writable.getWriter(); w.closed.catch((e) => ev.push('w.closed rej ' + E(e)));
  const p = ts.readable.cancel('why').then(() => ev.push('rcancel resolved'), (e) => ev.push('rcancel rej ' + E(e))); ev.push('sync'); await p; await tick(); log('1', ev); }
{ const ev = []; const ts = new TransformStream({ cancel(r) { ev.push('cancel:' + E(r)); } }); const r = ts.readable.getReader(); r.closed.catch((e) => ev.push('r.closed rej ' + E(e)));
  await ts.writable.abort('ab').then(() => ev.push('abort resolved'), (e) => ev.push('abort rej ' + E(e))); await tick(); log('2', ev); }
{ const ev = []; const ts = new TransformStream({ cancel(r) { ev.push('cancel'); throw new Error('cancelErr'); } }); const w = ts.writable.getWriter(); w.closed.catch((e) => ev.push('w.closed rej ' + E(e)));
  await ts.readable.cancel('why').then(() => ev.push('resolved'), (e) => ev.push('rej ' + E(e))); await tick(); log('3', ev); }
{ const ev = []; const ts = new TransformStream({ flush() { ev.push('flush'); }, cancel() { ev.push('cancel'); } }); const w = ts.writable.getWriter(); const rd = ts.readable.getReader(); const c = w.close().then(() => ev.push('closed')); rd.read().then((v) => ev.push('read ' + JSON.stringify(v))); await c; await tick(); log('5', ev); }
{ const ev = []; const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); } , cancel(r) { ev.push('cancel ' + E(r)); } }); const w = ts.writable.getWriter(); w.write('a').then(() => ev.push('write ok'), (e) => ev.push('write rej ' + E(e))); await tick(); await ts.readable.cancel('stop'); await tick(); log('6', ev); }
try { new TransformStream({ cancel: 5 }); } catch (e) { log('7', E(e)); }
{
  const order = [];
  const spy = new Proxy({}, { get(t, k) { if (typeof k === 'string') order.push(k); return undefined; } });
  new TransformStream(spy, spy, spy);
  log('8', order.join());
}
