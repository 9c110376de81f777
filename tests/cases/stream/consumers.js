// stream/consumers over node streams and async generators, with split multi-byte characters.
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  const euro = Buffer.from('price: 5€ 😀');
  const parts = () => Readable.from([euro.subarray(0, 8), euro.subarray(8, 11), euro.subarray(11)]);
  log('text', JSON.stringify(await text(parts())));
  log('text strings', await text(Readable.from(['a', 'b', 'c'])));
  log('json', await json(Readable.from(['{"a":', '[1,2]}'])));
  const b = await buffer(parts());
  log('buffer', Buffer.isBuffer(b), b.length, b.toString());
  const ab = await arrayBuffer(parts());
  log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);
  const bl = await blob(parts());
  log('blob', bl.size, bl.type, await bl.text());
  log('from async gen', await text((async function* () { yield 'x'; yield Buffer.from('y'); })()));
  const pt = new PassThrough();
  setImmediate(() => { pt.write('late '); pt.end('data'); });
  log('passthrough', await text(pt));
  try { await json(Readable.from(['{bad'])); } catch (e) { log('bad json', e.name); }
  const failing = new Readable({ read() { this.destroy(new Error('source failed')); } });
  try { await text(failing); } catch (e) { log('error', e.message); }
}
main();
