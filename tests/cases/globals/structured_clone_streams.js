// Web streams are transferable, not cloneable: one met in a message but not in the transfer
// list fails with ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST; a transferred one is copied as a
// new stream connected to the original (which stays locked), chunks crossing as clones.
const { MessageChannel } = require('worker_threads');
const e = (f) => { try { const r = f(); console.log('ok', r && r.constructor.name); } catch (x) { console.log('err', x.name, x.code, x.message); } };
e(() => structuredClone(new ReadableStream()));
e(() => structuredClone({ a: [new WritableStream()] }));
e(() => structuredClone(new TransformStream(), { transfer: [] }));
e(() => structuredClone(1, { transfer: [new ReadableStream().getReader()] }));
const ws = new WritableStream(); ws.getWriter();
e(() => structuredClone(ws, { transfer: [ws] }));
const ts = new TransformStream(); ts.readable.getReader();
e(() => structuredClone(ts, { transfer: [ts] }));
const rs = new ReadableStream();
e(() => structuredClone(rs, { transfer: [rs, rs] }));
const rs2 = new ReadableStream();
e(() => structuredClone([rs2, () => 1], { transfer: [rs2] }));
console.log('locked after failed clone', rs2.locked);
// node's streams cross through unref'd ports: keep the loop alive meanwhile
const keep = setInterval(() => {}, 1000);
(async () => {
  const src = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue({ x: 1 }); c.close(); } });
  const copy = structuredClone(src, { transfer: [src] });
  console.log(src.locked, copy.locked, copy === src, copy instanceof ReadableStream);
  for await (const v of copy) console.log('read', v);
  const got = [];
  let closed;
  const done = new Promise((resolve) => { closed = resolve; });
  const sink = new WritableStream({ write(c) { got.push(c); }, close() { closed(); } });
  const wcopy = structuredClone({ sink }, { transfer: [sink] }).sink;
  console.log(sink.locked, wcopy.locked, wcopy instanceof WritableStream);
  const w = wcopy.getWriter();
  const chunk = { n: [1, 2] };
  w.write('p'); w.write(chunk); w.close();
  await done;
  console.log('closed', got, got[1] === chunk);
  const t = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const tcopy = structuredClone(t, { transfer: [t] });
  console.log(tcopy.constructor.name, t.readable.locked, t.writable.locked);
  const tw = tcopy.writable.getWriter();
  tw.write('abc'); tw.write('def'); tw.close();
  for await (const v of tcopy.readable) console.log('t', v);
  const bad = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  const bc = structuredClone(bad, { transfer: [bad] });
  try { await bc.getReader().read(); } catch (x) { console.log('read err', x.name, x.message); }
  const { port1, port2 } = new MessageChannel();
  const r3 = new ReadableStream({ start(c) { c.enqueue('via port'); c.close(); } });
  port2.on('message', async (m) => { for await (const v of m.s) console.log('port', v); port2.close(); clearInterval(keep); });
  port1.postMessage({ s: r3 }, [r3]);
})();
