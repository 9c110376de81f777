// { info: true }: the sync forms return an engine of the method's class in the state node's
// processChunkSync leaves it (handle closed, bytesWritten the input used); the callback forms
// return the stream that did the work, closed.
const zlib = require('zlib');
const r = zlib.deflateSync('abc', { info: true });
console.log(Object.keys(r), r.engine.constructor.name, r.engine._closed, r.engine.bytesWritten, r.engine._handle === null, r.engine.destroyed);
const t = zlib.inflateSync(Buffer.concat([zlib.deflateSync('hello'), Buffer.from('junk')]), { info: true });
console.log(t.buffer.toString(), t.engine.bytesWritten, t.engine._closed);
const b = zlib.brotliCompressSync('abc', { info: true });
console.log(Object.keys(b), b.engine.constructor.name, b.engine._closed, b.engine.bytesWritten);
zlib.inflate(zlib.deflateSync('abc'), { info: true }, (e, r2) => console.log('async', r2.engine.constructor.name, r2.engine._closed, r2.engine.bytesWritten, r2.buffer.toString()));
