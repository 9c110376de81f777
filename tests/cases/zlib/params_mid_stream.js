// params() mid-stream as node's deflateParams after its sync flush: switching to level 0 makes the
// rest a stored block, the stream (zlib, gzip, raw, with a dictionary) still decodes whole, and
// params() before any data changes the header's level.
const zlib = require('zlib');
const data = Buffer.from('hello hello hello hello '.repeat(200));
const run = (make, unmake, label) => new Promise((resolve) => {
  const d = make({ level: 9 });
  const bufs = [];
  d.on('data', (b) => bufs.push(b));
  d.on('end', () => {
    const all = Buffer.concat(bufs);
    let back;
    try { back = unmake(all).toString(); } catch (e) { back = e.message; }
    console.log(label, back === data.toString() + data.toString() + data.toString() ? 'roundtrip ok' : back.slice(0, 40));
    resolve();
  });
  d.write(data, () => d.params(0, 0, () => {
    d.write(data, () => d.params(1, 3, () => d.end(data)));
  }));
});
(async () => {
  await run(zlib.createDeflate, zlib.inflateSync, 'deflate');
  await run(zlib.createGzip, zlib.gunzipSync, 'gzip');
  await run(zlib.createDeflateRaw, zlib.inflateRawSync, 'raw');
  await run((o) => zlib.createDeflate({ ...o, dictionary: Buffer.from('hello ') }), (b) => zlib.inflateSync(b, { dictionary: Buffer.from('hello ') }), 'dict');
  const d = zlib.createDeflate({ level: 9 });
  d.params(0, 0, () => { d.end('abc'); });
  const bufs = []; d.on('data', (b) => bufs.push(b)); d.on('end', () => { console.log('params first', Buffer.concat(bufs).toString('hex')); storedBlock(); });
})();
// node's test-zlib-params: after params(0) the rest is one stored block.
function storedBlock() {
  let seed = 5;
  const file = Buffer.alloc(45658);
  for (let i = 0; i < file.length; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; file[i] = seed >> 16; }
  const chunk1 = file.slice(0, 12 * 1024);
  const chunk2 = file.slice(12 * 1024);
  const deflater = zlib.createDeflate({ level: 9, strategy: zlib.constants.Z_DEFAULT_STRATEGY });
  deflater.write(chunk1, function() {
    deflater.params(0, zlib.constants.Z_DEFAULT_STRATEGY, function() {
      while (deflater.read());
      const bufs = [];
      deflater.on('data', (b) => bufs.push(b));
      deflater.on('end', () => {
        const a = Buffer.concat(bufs);
        console.log('stored', a.length, a.subarray(0, 5).toString('hex'), a.subarray(5, 5 + chunk2.length).equals(chunk2));
      });
      deflater.end(chunk2);
    });
    while (deflater.read());
  });
}
