// zlib's internal _processChunk as minizlib (tar, npm) drives it: synchronously, chunk by chunk
// with a flush flag, keeping the native handle open (its close() a no-op meanwhile) and
// restoring `_handle`, which node's processChunkSync nulls.
const zlib = require('zlib');
function syncChunks(stream, chunks) {
  const out = [];
  for (const [chunk, flag] of chunks) {
    const handle = stream._handle;
    const close = handle.close;
    handle.close = () => {};
    const r = stream._processChunk(chunk, flag);
    handle.close = close;
    out.push(Buffer.isBuffer(r) || Array.isArray(r));
    console.log('handle after', stream._handle);
    stream._handle = handle;
    out.push(...(Array.isArray(r) ? r : [r]).map((b) => Buffer.from(b)));
  }
  return out;
}
const text = 'hello tar '.repeat(50);
const gz = zlib.createGzip();
const parts = syncChunks(gz, [[Buffer.from(text.slice(0, 200)), zlib.constants.Z_NO_FLUSH],
  [Buffer.from(text.slice(200)), zlib.constants.Z_NO_FLUSH], [Buffer.alloc(0), zlib.constants.Z_FINISH]]);
const bufs = parts.filter(Buffer.isBuffer);
console.log(parts.filter((p) => p === true).length, gz.bytesWritten, zlib.gunzipSync(Buffer.concat(bufs)).toString() === text);
const inf = zlib.createInflate();
const back = syncChunks(inf, [[zlib.deflateSync(Buffer.from(text)), zlib.constants.Z_FINISH]]).filter(Buffer.isBuffer);
console.log(Buffer.concat(back).toString() === text);
const bad = zlib.createInflate();
bad.on('error', () => {});
try { bad._processChunk(Buffer.from('not zlib data'), zlib.constants.Z_FINISH); } catch (e) { console.log(e.code, e.errno); }
const d = zlib.createDeflate();
const got = [];
d.on('data', (c) => got.push(c));
d._processChunk(Buffer.from(text), zlib.constants.Z_FINISH, (err) => {
  console.log('async', err, zlib.inflateSync(Buffer.concat(got)).toString() === text);
});
