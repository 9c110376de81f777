// compose() with web streams at either end, a composed stream finishes only once its tail has
// fully finished (node 20), and the web stream constructors validate their callbacks.
const { compose, PassThrough, Readable } = require('stream');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');
(async () => {
  const c = compose(new TransformStream({ transform(ch, ctl) { ctl.enqueue(ch + '!'); } }), new PassThrough({ objectMode: true }));
  c.end('a');
  console.log(await c.toArray());
  const c2 = compose(Readable.from(['x', 'y']), new TransformStream({ transform(ch, ctl) { ctl.enqueue(String(ch).toUpperCase()); } }));
  console.log((await c2.toArray()).map(String));
  const c3 = compose(new PassThrough(), new PassThrough());
  const order = [];
  c3.on('finish', () => order.push('finish'));
  c3.end('x');
  setTimeout(() => {
    order.push('timeout ' + c3.writableFinished);
    c3.on('end', () => order.push('end'));
    c3.resume();
    setTimeout(() => console.log(order), 10);
  }, 10);
  const bad = [
    () => new ReadableStream({ start: 1 }), () => new ReadableStream({ pull: 1 }),
    () => new ReadableStream({ cancel: 'x' }), () => new ReadableStream({ type: 'bytes', pull: 1 }),
    () => new WritableStream({ write: 1 }), () => new WritableStream({ start: 1 }),
    () => new WritableStream({ close: 1 }), () => new WritableStream({ abort: 1 }),
    () => new TransformStream({ transform: 1 }), () => new TransformStream({ flush: 1 }),
    () => new ReadableStream(null), () => new WritableStream(null), () => new TransformStream(null),
    () => new ReadableStream({ pull: 0, start: 0 }), () => new ReadableStream({}, null),
  ];
  for (const f of bad) {
    try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
