// maxOutputLength limits the convenience methods only (node's docs): the one-shot forms fail
// with ERR_BUFFER_TOO_LARGE as soon as the output passes it (the decoder stops there rather
// than decoding everything first), while streams given it deliver all their data.
const zlib = require('zlib');
const big = Buffer.alloc(3 * 1024 * 1024, 'a');
const packed = { inflateSync: zlib.deflateSync(big), gunzipSync: zlib.gzipSync(big), inflateRawSync: zlib.deflateRawSync(big),
  unzipSync: zlib.gzipSync(big), brotliDecompressSync: zlib.brotliCompressSync(big, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }) };
for (const [fn, input] of Object.entries(packed)) {
  try { zlib[fn](input, { maxOutputLength: 100000 }); } catch (e) { console.log(fn, e.name, e.code, e.message); }
  console.log(fn, zlib[fn](input, { maxOutputLength: big.length }).length);
}
try { zlib.deflateSync(big, { maxOutputLength: 10 }); } catch (e) { console.log('deflateSync', e.code, e.message); }
zlib.brotliDecompress(packed.brotliDecompressSync, { maxOutputLength: 4096 }, (err) => {
  console.log('callback', err.code, err.message);
  let n = 0;
  const s = zlib.createBrotliDecompress({ maxOutputLength: 4096 });
  s.on('data', (c) => { n += c.length; }).on('error', (e) => console.log('stream error', e.code)).on('end', () => console.log('stream', n));
  s.end(packed.brotliDecompressSync);
});
