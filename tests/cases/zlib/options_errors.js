// zlib as node 20: option validation (windowBits per mode, level, memLevel, strategy, dictionary, chunkSize,
// flush, finishFlush, maxOutputLength), zlib's reasons for bad headers/first blocks, empty unzip input,
// the deprecated Z_* constants on the module.
const zlib = require('zlib');
const t = (f) => { try { const r = f(); console.log(Buffer.isBuffer(r) ? r.toString('base64') : JSON.stringify(r)); } catch (e) { console.log('throw', e.name, e.code, e.errno, e.message); } };
for (const input of ['hello world', 'x', '', '\x78\x9c', '\x78\x9b', '\x79\x9c', '\xf8\x9c\x01', '\x1f\x8b', '\x1f\x8b\x07', '\x1f\x8c', '\x07', '\x06\x00', '\x00\x05\x00\x12\x34', '\x00\x05\x00\xfa\xff', '\x78\x9c\x07']) {
  const b = Buffer.from(input, 'latin1');
  for (const f of ['inflateSync', 'inflateRawSync', 'gunzipSync', 'unzipSync']) t(() => zlib[f](b));
}
for (const o of [{ windowBits: 3 }, { windowBits: 8 }, { windowBits: 16 }, { windowBits: 'x' }, { memLevel: 0 }, { strategy: 5 }, { chunkSize: 10 }, { level: 1.5 }, { dictionary: 'x' }, { windowBits: 0 }, { finishFlush: 9 }, { flush: -1 }, { level: Infinity }, { level: NaN }, { maxOutputLength: 0 }]) {
  for (const f of ['deflateSync', 'gzipSync', 'deflateRawSync']) t(() => zlib[f]('abc', o).length);
  t(() => zlib.inflateSync(zlib.deflateSync('abc'), o).toString()); t(() => zlib.createGzip(o).constructor.name);
}
console.log(zlib.Z_BEST_SPEED, zlib.Z_NO_FLUSH, zlib.DEFLATE, zlib.Z_MAX_CHUNK, zlib.BROTLI_MODE_TEXT, Object.getOwnPropertyNames(zlib).filter((k) => /^[A-Z_0-9]+$/.test(k)).length);
