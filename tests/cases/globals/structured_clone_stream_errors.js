// A transferred stream's failures cross as clones (an error keeps name/message only), and a chunk or
// reason that cannot be cloned becomes node's DataCloneError 'Internal transferred ReadableStream error'.
const keep = setInterval(() => {}, 1000);
(async () => {
  const err = new TypeError('boom'); err.extra = 1;
  const bad = new ReadableStream({ start(c) { c.error(err); } });
  const bc = structuredClone(bad, { transfer: [bad] });
  try { await bc.getReader().read(); } catch (x) { console.log('read err', x === err, x.name, x.message, x.extra, x.constructor.name); }
  const bad2 = new ReadableStream({ start(c) { c.error(() => 1); } });
  const bc2 = structuredClone(bad2, { transfer: [bad2] });
  try { await bc2.getReader().read(); } catch (x) { console.log('read err2', typeof x, x && x.name, x && x.message); }
  const r = new ReadableStream({ pull(c) { c.enqueue(Symbol('s')); } });
  const rc = structuredClone(r, { transfer: [r] });
  try { console.log(await rc.getReader().read()); } catch (x) { console.log('read err3', typeof x, x && x.name, x && x.message); }
  const werr = new RangeError('wboom'); werr.extra = 1;
  const sink = new WritableStream({ write() { throw werr; } });
  const copy = structuredClone(sink, { transfer: [sink] });
  const w = copy.getWriter();
  await w.write('a').then(() => console.log('w1 ok'), (x) => console.log('w1', x.name, x.message));
  await new Promise((r) => setTimeout(r, 20));
  await w.write('b').then(() => console.log('w2 ok'), (x) => console.log('w2', x === werr, x.name, x.message, x.extra));
  clearInterval(keep);
})();
