// Byte streams transfer the buffers they take (node 20 detaches them): enqueue(chunk),
// reader.read(view), byobRequest.respond/respondWithNewView; BYOB read's options.min, its
// validation and its async-function timing; respondWithNewView's checks.
'use strict';
const log = (...a) => console.log(...a);
const err = (label) => (e) => log(label, e.name, e.code, e.message);

async function main() {
  {
    const u = new Uint8Array([1, 2, 3]);
    const b = Buffer.alloc(3, 'abc');
    const r = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(u); c.enqueue(b); } });
    log('enqueued detached', u.byteLength, b.byteLength, u.buffer.byteLength);
    const v = new Uint8Array(8);
    const { value } = await r.getReader({ mode: 'byob' }).read(v);
    log('read into', v.byteLength, value, value.buffer.byteLength);
  }
  {
    let view;
    const r = new ReadableStream({ type: 'bytes', pull(c) { view = c.byobRequest.view; view[0] = 9; c.byobRequest.respond(1); } });
    const { value } = await r.getReader({ mode: 'byob' }).read(new Uint8Array(2));
    log('respond', view.byteLength, value, value.buffer.byteLength);
  }
  {
    let nv;
    const r = new ReadableStream({ type: 'bytes', pull(c) { const v = c.byobRequest.view; nv = new Uint8Array(v.buffer, v.byteOffset, 1); nv[0] = 5; c.byobRequest.respondWithNewView(nv); } });
    const { value } = await r.getReader({ mode: 'byob' }).read(new Uint8Array(3));
    log('respondWithNewView', nv.byteLength, value, value.buffer.byteLength);
  }
  {
    let n = 0;
    const r = new ReadableStream({ type: 'bytes', pull(c) { n++; c.enqueue(new Uint8Array([n, n])); } });
    const rd = r.getReader({ mode: 'byob' });
    log('min', await rd.read(new Uint8Array(8), { min: 4 }), n);
    log('min u16', await rd.read(new Uint16Array(4), { min: 2 }));
    for (const o of [5, { min: 0 }, { min: 1.5 }, { min: '1' }, { min: 9 }]) await rd.read(new Uint8Array(8), o).then(log, err(`min ${JSON.stringify(o)}`));
    await rd.read(new DataView(new ArrayBuffer(4)), { min: 5 }).then(log, err('min dataview'));
  }
  {
    // Reading into a Buffer gives a Buffer, without Buffer()'s deprecation warning.
    process.on('warning', (w) => log('warning', w.code));
    const r = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); } });
    const { value } = await r.getReader({ mode: 'byob' }).read(Buffer.alloc(4));
    log('into a Buffer', Buffer.isBuffer(value), value);
  }
  const cases = {
    'closed respond(1)': (c) => { c.close(); c.byobRequest.respond(1); },
    'respond(0)': (c) => { c.byobRequest.respond(0); },
    'respond too big': (c) => { c.byobRequest.respond(5); },
    'closed non-empty view': (c) => { c.close(); c.byobRequest.respondWithNewView(new Uint8Array(c.byobRequest.view.buffer, 0, 1)); },
    'empty view': (c) => { c.byobRequest.respondWithNewView(new Uint8Array(c.byobRequest.view.buffer, 0, 0)); },
    'view offset': (c) => { c.byobRequest.respondWithNewView(new Uint8Array(c.byobRequest.view.buffer, 1, 1)); },
    'view of another buffer size': (c) => { c.byobRequest.respondWithNewView(new Uint8Array(new ArrayBuffer(10), 0, 1)); },
    'view of another buffer': (c) => { c.byobRequest.respondWithNewView(new Uint8Array([6, 6, 6, 6])); },
    'respond detached': (c) => { const v = c.byobRequest.view; structuredClone(v.buffer, { transfer: [v.buffer] }); c.byobRequest.respond(1); },
    'enqueue with a request': (c) => { const v = c.byobRequest.view; c.enqueue(new Uint8Array([7])); log('  request view', v.byteLength, c.byobRequest); },
  };
  for (const [label, fn] of Object.entries(cases)) {
    const r = new ReadableStream({ type: 'bytes', pull(c) { try { fn(c); } catch (e) { err(`${label}:`)(e); c.error(e); } } });
    r.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then((x) => log(label, x), (e) => log(label, 'rejected', e.code));
    await new Promise(setImmediate);
  }
}

// A BYOB read settles as an async function's promise would: after the default reader's.
const r1 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1])); } });
const r2 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([2])); } });
r1.getReader({ mode: 'byob' }).read(new Uint8Array(1)).then(() => log('byob read'));
r2.getReader().read().then(() => log('default read'));
Promise.resolve().then(() => log('tick 1')).then(() => log('tick 2')).then(() => log('tick 3')).then(main);
