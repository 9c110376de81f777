// util.inspect of web streams, controllers and readers; illegal constructors; released readers; BYOB reads with DataViews and invalid views.
const { ReadableStream, ReadableStreamDefaultController, ReadableByteStreamController, ReadableStreamBYOBRequest, ReadableStreamBYOBReader, ReadableStreamDefaultReader } = require('stream/web');
const { inspect } = require('util');
const E = (e) => `${e.name}|${e.code}|${e.message}`;
let controller;
const readable = new ReadableStream({ start(c) { controller = c; } });
console.log(inspect(readable)); console.log(inspect(readable, { depth: null })); console.log(inspect(readable, { depth: 0 }));
console.log(inspect(controller)); console.log(inspect(controller, { depth: null })); console.log(inspect(controller, { depth: 0 }));
const reader = readable.getReader();
console.log(inspect(reader)); console.log(inspect(reader, { depth: 0 }));
let bc; const brs = new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
console.log(inspect(brs)); console.log(inspect(bc, { depth: 0 })); const br = brs.getReader({ mode: 'byob' }); console.log(inspect(br, { depth: 0 }));
for (const C of [ReadableStreamBYOBRequest, ReadableStreamDefaultController, ReadableByteStreamController]) { try { new C(); } catch (e) { console.log(E(e)); } }
for (const C of [ReadableStreamBYOBReader, ReadableStreamDefaultReader]) { try { new C(); } catch (e) { console.log(E(e)); } try { new C({}); } catch (e) { console.log(E(e)); } }
(async () => {
  const r = new ReadableStream(); const rd = r.getReader(); rd.releaseLock(); rd.releaseLock();
  await rd.read().catch((e) => console.log('read', E(e))); await rd.cancel().catch((e) => console.log('cancel', E(e)));
  const s = new ReadableStream({ type: 'bytes', start(c) { c.close(); } }); const rdr = s.getReader({ mode: 'byob' }); console.log(await rdr.read(new DataView(new ArrayBuffer(8))));
  for (const v of [new ArrayBuffer(4), 'x', new Uint8Array(0)]) { const s2 = new ReadableStream({ type: 'bytes' }); await s2.getReader({ mode: 'byob' }).read(v).catch((e) => console.log('byob read', E(e))); }
  await new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(4), { min: 2 }).then(() => {}, (e) => console.log(E(e)));
})();
