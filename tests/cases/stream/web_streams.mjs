// stream/web behaviour: readers, pull/backpressure (desiredSize), pipeTo/pipeThrough, tee,
// async iteration, ReadableStream.from, byte streams with BYOB readers, TransformStream,
// TextEncoderStream/TextDecoderStream, and interop with node streams.
import {
  ReadableStream, WritableStream, TransformStream, CountQueuingStrategy, ByteLengthQueuingStrategy,
  TextEncoderStream, TextDecoderStream,
} from 'stream/web';
import { Readable, Writable, Duplex, pipeline } from 'stream';
import { text } from 'stream/consumers';
const log = (...a) => console.log(...a);

// Ordering of start/pull/enqueue with a reader.
{
  let n = 0;
  const rs = new ReadableStream({
    start(c) { log('start desired', c.desiredSize); c.enqueue('s'); },
    pull(c) { n++; log('pull', n, c.desiredSize); if (n < 3) c.enqueue(`p${n}`); else c.close(); },
    cancel(r) { log('cancel', r); },
  }, { highWaterMark: 2 });
  const reader = rs.getReader();
  log('locked', rs.locked);
  for (;;) {
    const { value, done } = await reader.read();
    log('read', value, done);
    if (done) break;
  }
  await reader.closed;
  log('closed resolved');
  reader.releaseLock();
  log('locked after release', rs.locked);
}

// WritableStream with backpressure and writer.ready.
{
  const order = [];
  const ws = new WritableStream({
    start() { order.push('start'); },
    async write(chunk) { order.push(`write ${chunk}`); await null; },
    close() { order.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  log('desired', w.desiredSize);
  const ps = [w.write('a'), w.write('b'), w.write('c')];
  log('desired after writes', w.desiredSize);
  await w.ready;
  await Promise.all(ps);
  await w.close();
  log(order, w.desiredSize);
}

// pipeTo / pipeThrough with a TransformStream.
{
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  const got = [];
  await ReadableStream.from(['a', 'b', 'c']).pipeThrough(upper).pipeTo(new WritableStream({ write(c) { got.push(c); } }));
  log('pipeThrough', got);

  const failing = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('src failed')); } });
  const aborted = [];
  await failing.pipeTo(new WritableStream({ write(c) { aborted.push(c); }, abort(r) { aborted.push(`abort: ${r.message}`); } }))
    .catch((e) => log('pipeTo rejected', e.message, aborted));

  const ac = new AbortController();
  const slow = new ReadableStream({ pull(c) { return new Promise((r) => setTimeout(() => { try { c.enqueue('tick'); } catch {} r(); }, 1)); } });
  const p = slow.pipeTo(new WritableStream({ write() { ac.abort(new Error('stop')); } }), { signal: ac.signal });
  await p.catch((e) => log('pipeTo aborted', e.message));

  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
  const ws = new WritableStream();
  await rs.pipeTo(ws, { preventClose: true });
  const writer = ws.getWriter();
  log('preventClose kept dest open', writer.desiredSize);
}

// tee and async iteration.
{
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  const ra = [];
  for await (const v of a) ra.push(v);
  const rb = [];
  for await (const v of b) rb.push(v);
  log('tee', ra, rb);
  const rs = ReadableStream.from((async function* () { yield 'x'; yield 'y'; yield 'z'; })());
  for await (const v of rs) { log('iter', v); if (v === 'y') break; }
  log('after break locked', rs.locked);
  const rs2 = ReadableStream.from(['k', 'l']);
  for await (const v of rs2.values({ preventCancel: true })) { log('iter2', v); break; }
  const r2 = rs2.getReader();
  log('preventCancel continues', await r2.read());
}

// Byte streams and BYOB readers.
{
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); },
    pull(c) {
      const req = c.byobRequest;
      if (req) { req.view[0] = 9; req.view[1] = 8; req.respond(2); }
      else c.enqueue(new Uint8Array([7]));
      c.close();
    },
  });
  const reader = bytes.getReader({ mode: 'byob' });
  let r = await reader.read(new Uint8Array(3));
  log('byob 1', Array.from(r.value), r.done);
  r = await reader.read(new Uint8Array(8));
  log('byob 2', Array.from(r.value), r.done);
  r = await reader.read(new Uint8Array(8));
  log('byob 3', Array.from(r.value), r.done);
  r = await reader.read(new Uint16Array(2));
  log('byob 4', r.value.constructor.name, r.value.length, r.done);

  const auto = new ReadableStream({
    type: 'bytes', autoAllocateChunkSize: 4,
    pull(c) { const v = c.byobRequest.view; v.set([65, 66, 67]); c.byobRequest.respond(3); c.close(); },
  });
  const dr = auto.getReader();
  const first = await dr.read();
  log('auto allocate', first.value.constructor.name, Array.from(first.value), (await dr.read()).done);
}

// Strategies, TextEncoderStream/TextDecoderStream.
{
  const s = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  log('strategies', s.highWaterMark, s.size(new Uint8Array(5)), new CountQueuingStrategy({ highWaterMark: 1 }).size());
  const euro = new TextEncoder().encode('a€😀b');
  const src = new ReadableStream({ start(c) { for (const b of euro) c.enqueue(new Uint8Array([b])); c.close(); } });
  const decoded = [];
  for await (const s2 of src.pipeThrough(new TextDecoderStream())) decoded.push(s2);
  log('decoded', JSON.stringify(decoded.join('')), decoded.length);
  const enc = [];
  for await (const b of ReadableStream.from(['h\ud83d', '\ude00i']).pipeThrough(new TextEncoderStream())) enc.push(Array.from(b));
  log('encoded', JSON.stringify(enc));
}

// TransformStream errors and terminate.
{
  const t = new TransformStream({ transform(chunk) { throw new Error(`bad ${chunk}`); } });
  const w = t.writable.getWriter();
  const reader = t.readable.getReader();
  w.write('q').catch((e) => log('write rejected', e.message));
  await reader.read().catch((e) => log('read rejected', e.message));
  await w.closed.catch((e) => log('writer closed rejected', e.message));
  const t2 = new TransformStream({ start(c) { c.enqueue('only'); c.terminate(); } });
  const r2 = t2.readable.getReader();
  log('terminated', await r2.read(), await r2.read());
}

// Interop with node streams.
{
  const web = Readable.toWeb(Readable.from(['n1', 'n2']));
  const got = [];
  for await (const c of web) got.push(c);
  log('Readable.toWeb', got);
  const nodeR = Readable.fromWeb(ReadableStream.from(['w1', 'w2']), { objectMode: true });
  log('Readable.fromWeb', await nodeR.toArray());
  const sink = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { sink.push(String(c)); cb(); } }));
  const writer = ws.getWriter();
  await writer.write(new TextEncoder().encode('to'));
  await writer.write(new TextEncoder().encode('web'));
  await writer.close();
  log('Writable.toWeb', sink);
  const collected = [];
  const nodeW = Writable.fromWeb(new WritableStream({ write(c) { collected.push(new TextDecoder().decode(c)); } }));
  nodeW.write('from');
  nodeW.end('web');
  await new Promise((r) => nodeW.on('finish', r));
  log('Writable.fromWeb', collected);
  log('consumers on web', await text(ReadableStream.from(['c1', 'c2'])));
  await new Promise((resolve) => pipeline(ReadableStream.from(['pl1', 'pl2']), new Writable({ objectMode: true, write(c, e, cb) { log('pipeline got', c); cb(); } }), (err) => { log('pipeline web done', err); resolve(); }));
  const { readable, writable } = Duplex.toWeb(new Duplex({ read() { this.push('dup'); this.push(null); }, write(c, e, cb) { log('duplex got', String(c)); cb(); } }));
  const first = await readable.getReader().read();
  log('Duplex.toWeb', Buffer.from(first.value).toString(), first.done);
  const dw = writable.getWriter();
  await dw.write(new TextEncoder().encode('into duplex'));
}
