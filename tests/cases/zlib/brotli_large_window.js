// Large-window Brotli (BROTLI_PARAM_LARGE_WINDOW with LGWIN up to 30): the stream is in the
// large-window format, which only a decoder given BROTLI_DECODER_PARAM_LARGE_WINDOW reads.
// At quality 11 with a 2^30 window rjs aborted (capacity overflow in the encoder's hasher).
const zlib = require('zlib');
const C = zlib.constants;
const text = 'large window brotli '.repeat(200);
for (const [q, w] of [[11, 30], [11, 28], [10, 25], [5, 30], [3, 30], [2, 30], [1, 30], [0, 26], [-1, 30], [11, 24]]) {
  const z = zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_LARGE_WINDOW]: true, [C.BROTLI_PARAM_LGWIN]: w, [C.BROTLI_PARAM_QUALITY]: q } });
  let plain;
  try { plain = zlib.brotliDecompressSync(z).length; } catch (e) { plain = `${e.code} ${e.errno}`; }
  const large = zlib.brotliDecompressSync(z, { params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } }).toString() === text;
  console.log(q, w, plain, large);
}
const s = zlib.createBrotliCompress({ params: { [C.BROTLI_PARAM_LARGE_WINDOW]: 1, [C.BROTLI_PARAM_LGWIN]: 30 } });
const d = zlib.createBrotliDecompress({ params: { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } });
const parts = [];
s.pipe(d).on('data', (c) => parts.push(c)).on('end', () => console.log('stream', Buffer.concat(parts).toString() === text + text));
s.write(text);
s.end(text);
