// Brotli round trips (sync, callback, streams), params, flush and decoding libbrotli's own
// output. Compressed bytes are not compared (a different encoder); decoded data and size bounds are.
const zlib = require('zlib');
const { constants: C } = zlib;
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(300) + '\u03a9 end';
const small = (b) => b.length < Buffer.byteLength(text) / 10;
for (const params of [{}, { [C.BROTLI_PARAM_QUALITY]: 0 }, { [C.BROTLI_PARAM_QUALITY]: 1 }, { [C.BROTLI_PARAM_QUALITY]: 4 },
  { [C.BROTLI_PARAM_QUALITY]: 11, [C.BROTLI_PARAM_LGWIN]: 10 }, { [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT, [C.BROTLI_PARAM_SIZE_HINT]: 13000 },
  { [C.BROTLI_PARAM_QUALITY]: 99, [C.BROTLI_PARAM_LGWIN]: 5 }, { [C.BROTLI_PARAM_NPOSTFIX]: 1, [C.BROTLI_PARAM_NDIRECT]: 4 }, { 1: true }]) {
  const z = zlib.brotliCompressSync(text, { params });
  console.log(JSON.stringify(params), Buffer.isBuffer(z), small(z), zlib.brotliDecompressSync(z).toString() === text);
}
console.log(zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length, zlib.brotliCompressSync(Buffer.alloc(0)).length > 0);
// Made by node 20 (libbrotli, quality 11): decoding must be exact.
const fromNode = Buffer.from('G/gBQBwHdky2aHV5KK9Snf05//1pPdmNw/7232fnIm1IBK1AA8RsN8OB8Nb7Lpgk3UWWUlzQXZyHQeBBbXMTQXC1j7wg3LJs9LqOGHRH2bj/a2iCTLLx8hBOyTqgoVuD1e+Qqdnf1rkUNyrWq6LtOhWgxP3QUwdhKGdZm3rJWaDDBV7+pDk1MIkrmjp4ma2xVi5MsgJScA3tP1I7mXeby6MELozrwoBQDmVTnEAicZNj4lkGqntJe2qSnGyeMmcFgraK94vCg/4iLuTw5RhKhnVY++dZ6niUBmRqIutsjf5TzwF5iAg8a9UkjF52eZ0tB2vo6v8SqVfNMkBmmhxr0NT9LkYF69aEjlYzj7IEKmEUQf1HBogRYhFIt4ymRNEgHAIzOyNEsQM=', 'base64');
const plain = zlib.brotliDecompressSync(fromNode).toString();
console.log(plain.length, plain.slice(0, 30), zlib.crc32(plain));
for (const b64 of ['CwuAaGVsbG8gd29ybGQgaGVsbG8gd29ybGQD', 'oAAQaGVsbG8gd29ybGQD', 'G+cDACQOorFAQgM=']) {
  const out = zlib.brotliDecompressSync(Buffer.from(b64, 'base64'));
  console.log(out.length, JSON.stringify(out.toString('latin1').slice(0, 24)));
}
// Bytes after the end of the stream are ignored; a cut stream with finishFlush FLUSH gives what it has.
const hello = zlib.brotliCompressSync('hello brotli');
console.log(zlib.brotliDecompressSync(Buffer.concat([hello, Buffer.from('junk')])).toString());
console.log(zlib.brotliDecompressSync(fromNode.subarray(0, 40), { finishFlush: C.BROTLI_OPERATION_FLUSH }).length <= plain.length);
const info = zlib.brotliCompressSync('x', { info: true });
console.log(Buffer.isBuffer(info.buffer), info.engine instanceof zlib.BrotliCompress, info.engine.constructor.name);
// Streams: state as node's, write/flush/end, pipeline through both.
const enc = zlib.createBrotliCompress();
console.log(enc._defaultFlushFlag, enc._finishFlushFlag, enc._defaultFullFlushFlag, enc._chunkSize, enc instanceof require('stream').Transform, '_level' in enc);
const out = [];
enc.on('data', (c) => out.push(c));
enc.on('end', () => {
  console.log('stream', zlib.brotliDecompressSync(Buffer.concat(out)).toString() === text + 'tail');
  zlib.brotliCompress(text, (err, z) => {
    zlib.brotliDecompress(z, (err2, back) => {
      console.log('callback', err, err2, back.toString() === text);
      zlib.brotliCompress(text, { params: { [C.BROTLI_PARAM_QUALITY]: 5 } }, (err3, z3) => {
        console.log('callback opts', err3, small(z3));
        runPipeline();
      });
    });
  });
});
enc.write(text, () => {
  enc.flush(() => {
    // After a flush, everything written so far can be decoded.
    const sofar = zlib.brotliDecompressSync(Buffer.concat(out), { finishFlush: C.BROTLI_OPERATION_FLUSH });
    console.log('flushed', sofar.toString() === text);
    enc.end('tail');
  });
});
function runPipeline() {
  const { pipeline, Readable } = require('stream');
  pipeline(Readable.from(['a', 'b', 'c'.repeat(70000)]), new zlib.BrotliCompress({ chunkSize: 1024 }), zlib.createBrotliDecompress(), async function (src) {
    let n = 0;
    for await (const c of src) n += c.length;
    return n;
  }, (err, val) => console.log('pipeline', err, val));
}
