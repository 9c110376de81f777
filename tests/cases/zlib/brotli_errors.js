// Brotli option validation and decoding errors: node's codes, errnos and messages.
const zlib = require('zlib');
const { constants: C } = zlib;
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r && r.constructor && r.constructor.name);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message);
  }
};
show('bad key', () => zlib.createBrotliCompress({ params: { 10000: 0 } }));
show('dup key', () => zlib.createBrotliCompress({ params: { 0: 0, '00': 0 } }));
show('neg key', () => zlib.createBrotliCompress({ params: { '-1': 0 } }));
show('frac key', () => zlib.createBrotliCompress({ params: { 1.5: 0 } }));
show('name key', () => zlib.createBrotliCompress({ params: { quality: 0 } }));
show('string value', () => zlib.createBrotliCompress({ params: { 1: '4' } }));
show('bool flag 42', () => zlib.createBrotliCompress({ params: { [C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: 42 } }));
show('decoder lgwin', () => zlib.createBrotliDecompress({ params: { [C.BROTLI_PARAM_LGWIN]: 20 } }));
show('decoder large window', () => zlib.createBrotliDecompress({ params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } }));
show('params number', () => zlib.createBrotliCompress({ params: 5 }));
show('flush range', () => zlib.brotliCompressSync('', { flush: C.Z_FINISH }));
show('finishFlush range', () => zlib.brotliCompressSync('', { finishFlush: C.Z_FINISH }));
show('chunkSize', () => zlib.brotliCompressSync('', { chunkSize: 10 }));
show('level ignored', () => zlib.brotliCompressSync('x', { level: 70, windowBits: 3 }));
show('maxOutputLength', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'.repeat(100)), { maxOutputLength: 10 }));
show('input type', () => zlib.brotliCompressSync(123));
const good = zlib.brotliCompressSync('hello world hello world');
for (const [label, input] of [['empty', Buffer.alloc(0)], ['one byte', Buffer.from([0x3b])], ['truncated', good.subarray(0, 5)],
  ['padding', Buffer.from([0xff, 0xff, 0xff])], ['text', Buffer.from('hello')], ['ascii xx', Buffer.from('xx')]]) {
  show(label, () => zlib.brotliDecompressSync(input));
}
show('callback throws type', () => zlib.brotliDecompress(Buffer.from('hello'), 'nope'));
// One at a time, so the order of the output does not depend on scheduling.
zlib.brotliDecompress(Buffer.from([0xff, 0xff, 0xff]), (e, r) => {
  console.log('callback', e.code, e.errno, e.message, r);
  zlib.brotliDecompress(good.subarray(0, 5), (e2, r2) => {
    console.log('callback cut', e2.code, e2.errno, r2);
    const d = zlib.createBrotliDecompress();
    d.on('error', (e3) => console.log('stream error', e3.code, e3.errno, e3.message));
    d.on('close', () => {
      console.log('stream closed');
      const d2 = zlib.createBrotliDecompress();
      d2.on('error', (e4) => console.log('stream cut', e4.code, e4.errno, e4.message));
      d2.resume();
      d2.end(good.subarray(0, 5));
    });
    d.end(Buffer.from([0xff, 0xff, 0xff]));
  });
});
