// zlib round trips (sync, callback, streams), cross-format errors, crc32. Compressed bytes are
// not compared: they differ between zlib implementations; sizes and decoded data are.
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
for (const [c, d] of [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync']]) {
  const z = zlib[c](text);
  console.log(c, d, Buffer.isBuffer(z), z.length < text.length / 10, zlib[d](z).toString() === text);
}
console.log(zlib.gzipSync('x')[0], zlib.gzipSync('x')[1], zlib.gzipSync('x', { level: 1 })[9], zlib.deflateSync('x')[0]);
console.log(zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length, zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), zlib.gzipSync('b')])).toString());
for (const [fn, input] of [['inflateSync', 'garbage data'], ['gunzipSync', 'not gzip at all'], ['gunzipSync', zlib.gzipSync('abc').subarray(0, 10)]]) {
  try { zlib[fn](input); } catch (e) { console.log(fn, e.message, e.code, e.errno); }
}
try { zlib.deflateSync('x', { level: 12 }); } catch (e) { console.log(e.code, e.message); }
try { zlib.deflateSync(42); } catch (e) { console.log(e.code, e.message); }
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32(''));
console.log(zlib.constants.Z_BEST_COMPRESSION, zlib.constants.Z_SYNC_FLUSH, zlib.codes.Z_DATA_ERROR, zlib.codes['-3']);
zlib.gzip(text, (err, z) => {
  zlib.gunzip(z, (err2, back) => console.log('callback', err, err2, back.toString() === text));
});
const gz = zlib.createGzip();
const gunz = zlib.createGunzip();
const parts = [];
gunz.on('data', (c) => parts.push(c));
gunz.on('end', () => console.log('stream', Buffer.concat(parts).toString() === text + 'tail', gz instanceof require('stream').Transform));
gz.pipe(gunz);
gz.write(text);
gz.end('tail');
const { pipeline } = require('stream');
pipeline(require('stream').Readable.from(['a', 'b', 'c']), zlib.createDeflate(), zlib.createInflate(), async function (src) {
  let s = '';
  for await (const c of src) s += c;
  console.log('pipeline', s);
}, (err) => console.log('pipeline done', err));
