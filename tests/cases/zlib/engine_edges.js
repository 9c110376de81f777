// zlib's own messages and framing through the codec: truncated/corrupt trailers, wrong formats,
// window sizes, header level flags (FLEVEL, gzip XFL and OS), empty streams, finish flushes
// (Z_BLOCK stops at a block boundary as node's write loop), flush kinds on a stream.
const zlib = require('zlib');
const show = (label, f) => {
  try { const r = f(); console.log(label, Buffer.isBuffer(r) ? r.length + ':' + r.toString('hex').slice(0, 60) : String(r)); } catch (e) { console.log(label, '!', e.name, e.code, e.errno, e.message); }
};
const data = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(20));
const z = zlib.deflateSync(data), g = zlib.gzipSync(data), r = zlib.deflateRawSync(data);
show('inflate trunc sync-flush', () => zlib.inflateSync(z.subarray(0, 20), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString().slice(0, 20));
show('gunzip trunc', () => zlib.gunzipSync(g.subarray(0, g.length - 3)));
show('gunzip bad crc', () => { const c = Buffer.from(g); c[c.length - 6] ^= 1; return zlib.gunzipSync(c); });
show('gunzip bad len', () => { const c = Buffer.from(g); c[c.length - 2] ^= 1; return zlib.gunzipSync(c); });
show('inflate bad adler', () => { const c = Buffer.from(z); c[c.length - 1] ^= 1; return zlib.inflateSync(c); });
show('inflate raw data', () => zlib.inflateSync(r));
show('inflateRaw zlib data', () => zlib.inflateRawSync(z));
show('gunzip zlib data', () => zlib.gunzipSync(z));
show('unzip raw data', () => zlib.unzipSync(r));
show('inflate windowBits 8', () => zlib.inflateSync(zlib.deflateSync(data, { windowBits: 9 }), { windowBits: 8 }).length);
show('deflate windowBits 8', () => zlib.deflateSync(data, { windowBits: 8 }).subarray(0, 2));
show('gzip header', () => zlib.gzipSync('x').subarray(0, 10));
show('gzip level1 header', () => zlib.gzipSync('x', { level: 1 }).subarray(0, 10));
show('deflate levels header', () => [0, 1, 2, 5, 6, 7, 9].map((level) => zlib.deflateSync('x', { level }).subarray(0, 2).toString('hex')).join(','));
show('deflate strategies header', () => [1, 2, 3, 4].map((strategy) => zlib.deflateSync('x', { strategy }).subarray(0, 2).toString('hex')).join(','));
show('deflate memLevel1', () => zlib.inflateSync(zlib.deflateSync(data, { memLevel: 1 })).equals(data));
show('empty deflate', () => zlib.deflateSync(''));
show('empty gzip', () => zlib.gzipSync(''));
show('empty raw', () => zlib.deflateRawSync(''));
show('level0', () => zlib.deflateSync('hello', { level: 0 }));
show('brotli empty', () => zlib.brotliCompressSync(''));
show('brotli decompress garbage', () => zlib.brotliDecompressSync(Buffer.from('hello world')));
show('gzip with dict', () => zlib.gzipSync('x', { dictionary: Buffer.from('abc') }));
show('inflateRaw dict bad', () => zlib.inflateRawSync(zlib.deflateRawSync('hello', { dictionary: Buffer.from('hello') }), { dictionary: Buffer.from('xx') }));
show('dict with unzip', () => zlib.unzipSync(zlib.deflateSync('hello hello', { dictionary: Buffer.from('hello') }), { dictionary: Buffer.from('hello') }).toString());
show('Z_BLOCK finish', () => zlib.inflateSync(z, { finishFlush: zlib.constants.Z_BLOCK }).length);
show('deflate Z_BLOCK', () => zlib.deflateSync(data, { finishFlush: zlib.constants.Z_BLOCK }).length > 0);
show('deflate finish sync', () => zlib.deflateSync('hello', { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
show('deflate finish full', () => zlib.deflateSync('hello', { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 0 }));
const d = zlib.createDeflate({ level: 0 });
const chunks = [];
d.on('data', (c) => chunks.push(c.toString('hex')));
d.write('ab');
d.flush(zlib.constants.Z_BLOCK, () => {
  d.flush(zlib.constants.Z_PARTIAL_FLUSH, () => {
    d.flush(zlib.constants.Z_FULL_FLUSH, () => {
      d.end(() => setImmediate(() => console.log('flush kinds', chunks.join('|'))));
    });
  });
});
