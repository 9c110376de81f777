// CompressionStream / DecompressionStream (globals and stream/web) round-trip every format,
// reject an unknown one with ERR_INVALID_ARG_VALUE, and inspect as node's.
const { CompressionStream: CS } = require('stream/web');
console.log(CS === CompressionStream, Object.prototype.toString.call(new CompressionStream('gzip')));
console.log(new DecompressionStream('deflate'));
try { new CompressionStream('zip'); } catch (e) { console.log(e.name, e.code, e.message); }
try { new DecompressionStream(); } catch (e) { console.log(e.name, e.code, e.message); }

async function collect(readable) {
  const chunks = [];
  for await (const c of readable) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}
(async () => {
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const text = 'hello '.repeat(1000);
    const compressed = await collect(new Blob([text]).stream().pipeThrough(new CompressionStream(format)));
    const back = await collect(new Blob([compressed]).stream().pipeThrough(new DecompressionStream(format)));
    console.log(format, compressed.length < text.length, back.toString() === text);
  }
  const zlib = require('zlib');
  const fromNode = await collect(new Blob([zlib.gzipSync('from zlib')]).stream().pipeThrough(new DecompressionStream('gzip')));
  console.log(fromNode.toString());
  try {
    await collect(new Blob([Buffer.from('not gzip at all')]).stream().pipeThrough(new DecompressionStream('gzip')));
  } catch (e) { console.log('bad input:', e.code); }
})();
