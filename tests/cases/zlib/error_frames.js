// zlib errors carry node's frames: a codec error is made in node's zlibOnError (genericNodeError,
// wrappedFn, Zlib/BrotliDecoder.zlibOnError), a sync call's continues with processChunkSync,
// zlibBufferSync and the exported wrapper (named after its receiver) over the caller's frames,
// all within Error.stackTraceLimit; a stream's or callback's error has the three frames alone;
// maxOutputLength in a callback form fails in zlibBufferOnData under push().
const zlib = require('zlib');
const { gunzipSync } = zlib;
const here = (s) => s.split(__filename).join('FILE');
const show = (label, f) => { try { f(); } catch (e) { console.log(label, here(e.stack)); } };
show('gunzipSync', () => zlib.gunzipSync(Buffer.from('bad')));
show('destructured', () => gunzipSync(Buffer.from('bad')));
show('brotli', () => zlib.brotliDecompressSync(Buffer.from('garbage!!')));
show('inflateRaw', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
show('truncated', () => zlib.gunzipSync(zlib.gzipSync('x').subarray(0, 10)));
show('too large', () => zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 10 }));
const other = { inflateSync: zlib.inflateSync };
show('other receiver', () => other.inflateSync(Buffer.from('bad')));
Error.stackTraceLimit = 2;
show('limit 2', () => zlib.gunzipSync(Buffer.from('bad')));
Error.stackTraceLimit = 0;
show('limit 0', () => zlib.gunzipSync(Buffer.from('bad')));
Error.stackTraceLimit = 10;
function deep(n) { return n === 0 ? zlib.inflateSync(Buffer.from('bad')) : deep(n - 1); }
show('deep', () => deep(5));
zlib.gunzip(Buffer.from('bad'), (err) => {
  console.log('callback', err);
  zlib.brotliDecompress(zlib.brotliCompressSync('x'.repeat(100000)), { maxOutputLength: 10 }, (e) => {
    console.log('callback too large', e);
    const s = zlib.createInflate();
    s.on('error', (e2) => console.log('stream', e2));
    s.end('not deflate data');
  });
});
