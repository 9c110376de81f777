// One-shot calls and ended streams free their codec at once, as node closes the handle: twenty
// quality-11 Brotli encoders (each with megabytes of window and hash tables) do not all stay in
// memory until a garbage collection.
const zlib = require('zlib');
const before = process.memoryUsage().rss;
for (let i = 0; i < 20; i++) zlib.brotliCompressSync(`hello ${i}`);
for (let i = 0; i < 5; i++) zlib.gzipSync('x'.repeat(1000));
const grew = process.memoryUsage().rss - before;
console.log('one-shot growth under 200 MB:', grew < 200 * 1024 * 1024);
let n = 0;
(function next() {
  if (n++ === 10) {
    console.log('streams growth under 250 MB:', process.memoryUsage().rss - before < 250 * 1024 * 1024);
    return;
  }
  const s = zlib.createBrotliCompress();
  s.resume();
  s.on('close', next);
  s.end('stream ' + n);
})();
const p = zlib.createBrotliCompress();
console.log(p._processChunk(Buffer.from('abc'), zlib.constants.BROTLI_OPERATION_FINISH).length > 0, p._handle);
