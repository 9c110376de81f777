// { info: true } gives { buffer, engine } with an engine of the method's class, in the sync and
// callback forms; finishFlush Z_SYNC_FLUSH lets a truncated stream give the bytes it holds.
const zlib = require('zlib');
const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6) + 'ΩΩ end';
const pairs = [['gzip', 'gunzip', 'Gzip', 'Gunzip'], ['gzip', 'unzip', 'Gzip', 'Unzip'],
  ['deflate', 'inflate', 'Deflate', 'Inflate'], ['deflateRaw', 'inflateRaw', 'DeflateRaw', 'InflateRaw']];
for (const [c, d, C, D] of pairs) {
  const r = zlib[c + 'Sync'](text, { info: true });
  console.log(c, Object.keys(r).join(), r.engine instanceof zlib[C], Buffer.isBuffer(r.buffer));
  const back = zlib[d + 'Sync'](r.buffer, { info: true });
  console.log(d, back.engine instanceof zlib[D], back.buffer.toString() === text);
  const truncated = r.buffer.subarray(0, r.buffer.length >> 1);
  try { zlib[d + 'Sync'](truncated); } catch (e) { console.log('truncated', e.code, e.errno, e.message); }
  const part = zlib[d + 'Sync'](truncated, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
  console.log('partial is a prefix', part.length > 0 && text.startsWith(part));
}
// The callback forms, one after another (node runs them on a thread pool).
(function next(i) {
  if (i === pairs.length) return;
  const [c, d, C] = pairs[i];
  zlib[c](text, { info: true }, (err, res) => {
    console.log('cb', c, err, res.engine instanceof zlib[C]);
    zlib[d](res.buffer.subarray(0, res.buffer.length >> 1), { finishFlush: zlib.constants.Z_SYNC_FLUSH }, (err2, out) => {
      console.log('cb partial', d, err2, text.startsWith(out.toString()));
      next(i + 1);
    });
  });
})(0);
