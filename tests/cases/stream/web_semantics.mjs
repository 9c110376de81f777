// Web streams: pull/read order, pipeTo prevent* options and error propagation both ways, tee cancel, abort during a pending write, TransformStream backpressure with strategies, size() errors, controller misuse, releaseLock with a pending read, BYOB reads, async iterator return/break, controller.signal.
import { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } from 'stream/web';
const log = (...a) => console.log(...a);
const E = (e) => e ? `${e.name}|${e.code}|${e.message}` : String(e);
const tick = (ms = 2) => new Promise((r) => setTimeout(r, ms));
// event order between enqueue, pull, and reads
{
  const ev = [];
  const rs = new ReadableStream({ start(c) { ev.push('start'); }, pull(c) { ev.push('pull ' + c.desiredSize); c.enqueue(ev.length); } }, { highWaterMark: 0 });
  const r = rs.getReader(); ev.push('before read'); const p = r.read().then((v) => ev.push('read ' + JSON.stringify(v))); ev.push('after read'); await p; await tick(); log(ev);
}
// pipeTo options
for (const opts of [{}, { preventClose: true }, { preventAbort: true }, { preventCancel: true }]) {
  const ev = [];
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  const ws = new WritableStream({ write(c) { ev.push('w:' + c); }, close() { ev.push('close'); }, abort(r) { ev.push('abort:' + r); } });
  await rs.pipeTo(ws, opts); ev.push('locked ' + ws.locked); log(JSON.stringify(opts), ev);
}
{
  const ev = [];
  const rs = new ReadableStream({ start(c) { c.error(new Error('src')); } });
  const ws = new WritableStream({ abort(r) { ev.push('abort:' + r.message); } });
  try { await rs.pipeTo(ws); } catch (e) { ev.push('rej ' + E(e)); } log(ev);
  const rs2 = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { ev.push('cancel:' + r.message); } });
  const ws2 = new WritableStream({ write() { throw new Error('dst'); } });
  try { await rs2.pipeTo(ws2, { preventCancel: false }); } catch (e) { ev.push('rej2 ' + E(e)); } log(ev);
}
// tee with error
// tee cancel both
{ let reason; const rs = new ReadableStream({ cancel(r) { reason = r; } }); const [a, b] = rs.tee(); const p = a.cancel('x'); await b.cancel('y'); await p; log('tee cancel', reason); }
// writable abort during write
{
  const ev = []; let resolveWrite;
  const ws = new WritableStream({ write(c) { ev.push('write ' + c); return new Promise((r) => { resolveWrite = r; }); }, abort(r) { ev.push('abort ' + r); } });
  const w = ws.getWriter(); const p1 = w.write(1).then(() => ev.push('p1 ok'), (e) => ev.push('p1 ' + E(e))); const p2 = w.write(2).then(() => ev.push('p2 ok'), (e) => ev.push('p2 ' + E(e)));
  await tick(); const ab = w.abort('stop').then(() => ev.push('abort done')); await tick(); resolveWrite(); await Promise.all([p1, p2, ab]); await w.closed.catch((e) => ev.push('closed ' + E(e))); log(ev);
}
// transform backpressure & size strategy
{
  const ev = [];
  const ts = new TransformStream({ transform(c, ctl) { ev.push('t' + c + ' ds=' + ctl.desiredSize); ctl.enqueue(c); } }, new CountQueuingStrategy({ highWaterMark: 1 }), new CountQueuingStrategy({ highWaterMark: 0 }));
  const w = ts.writable.getWriter(); ev.push('ds ' + w.desiredSize); w.write(1); w.write(2); ev.push('ds2 ' + w.desiredSize); await tick(); ev.push('ds3 ' + w.desiredSize);
  const r = ts.readable.getReader(); ev.push(JSON.stringify(await r.read())); await tick(); ev.push(JSON.stringify(await r.read())); log(ev);
}
// size function errors
{ const rs = new ReadableStream({ start(c) { try { c.enqueue('x'); } catch (e) { log('enqueue threw', E(e)); } } }, { size() { throw new Error('size'); } }); try { await rs.getReader().read(); } catch (e) { log('read after size error', E(e)); } }
{ const rs = new ReadableStream({ start(c) { try { c.enqueue('x'); } catch (e) { log('enqueue threw', E(e)); } } }, { size() { return -1; } }); try { await rs.getReader().read(); } catch (e) { log('read after bad size', E(e)); } }
// controller misuse
{ const rs = new ReadableStream({ start(c) { c.close(); try { c.enqueue(1); } catch (e) { log('enqueue after close', E(e)); } try { c.close(); } catch (e) { log('close twice', E(e)); } } }); }
// releaseLock with pending read
{ const rs = new ReadableStream(); const r = rs.getReader(); const p = r.read(); r.releaseLock(); try { await p; } catch (e) { log('pending read', E(e)); } try { await r.read(); } catch (e) { log('read released', E(e)); } try { await r.closed; } catch (e) { log('closed released', E(e)); } }
// BYOB
{
  const rs = new ReadableStream({ type: 'bytes', pull(c) { const req = c.byobRequest; if (req) { req.view[0] = 9; req.respond(1); } else c.enqueue(new Uint8Array([5])); } });
  const r = rs.getReader({ mode: 'byob' }); const { value } = await r.read(new Uint8Array(4)); log('byob', value, value.byteLength, value.buffer.byteLength);
  try { await r.read(new Uint8Array(0)); } catch (e) { log('byob zero', E(e)); }
  try { await r.read(); } catch (e) { log('byob none', E(e)); }
  try { await r.read(new DataView(new ArrayBuffer(2))); log('dv ok'); } catch (e) { log('byob dv', E(e)); }
  
}
{ const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } }); const r = rs.getReader({ mode: 'byob' }); log(await r.read(new Uint16Array(1))); log(await r.read(new Uint16Array(1)).catch(E)); }
// ReadableStream async iterator return / throw
{ const rs = ReadableStream.from([1, 2, 3]); const it = rs[Symbol.asyncIterator](); log(await it.next(), await it.return('r'), await it.next(), rs.locked); }
{ let cancelled; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { cancelled = r; } }); for await (const x of rs) { break; } log('break cancels', cancelled, rs.locked); }
// WritableStream controller.signal on abort
{ let sig; const ws = new WritableStream({ start(c) { sig = c.signal; }, write() { return new Promise(() => {}); } }); const w = ws.getWriter(); w.write(1); await tick(); w.abort('why'); log('signal', sig.aborted, sig.reason); }
