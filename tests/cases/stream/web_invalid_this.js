// Web stream prototypes called on a foreign receiver: controllers, BYOB requests, readers, writers and
// the stream classes fail as node 20 does (ERR_INVALID_THIS, rejected promises for async methods).
const web = require('stream/web');
const E = (e) => `${e.name}|${e.code}|${e.message}`;
for (const C of ['ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest', 'WritableStreamDefaultController', 'TransformStreamDefaultController', 'ReadableStream', 'WritableStream', 'TransformStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'WritableStreamDefaultWriter', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
  const P = web[C].prototype;
  for (const k of Object.getOwnPropertyNames(P)) {
    if (k === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(P, k);
    try {
      const r = d.get ? d.get.call({}) : d.value.call({});
      if (r && typeof r.then === 'function') { r.then(() => console.log(C, k, 'resolved'), (e) => console.log(C, k, 'rejected', E(e))); } else console.log(C, k, 'ok', r);
    } catch (e) { console.log(C, k, 'threw', E(e)); }
  }
}
