// Blob/File prototypes have node 20's WebIDL shape (enumerable members, a data toStringTag),
// options are read once, and stream() pulls one part per read with nothing read ahead.
const { Blob, File } = require('buffer');
for (const C of [Blob, File]) {
  for (const k of Reflect.ownKeys(C.prototype)) {
    if (typeof k === 'symbol' && k.description.startsWith('messaging_')) continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, k);
    console.log(C.name, String(k), 'get' in d ? 'accessor' : 'data', d.enumerable, d.writable, d.configurable, d.value === undefined ? '' : typeof d.value);
  }
}
const reads = [];
const opts = (extra) => new Proxy(extra, { get(t, k) { reads.push(String(k)); return t[k]; } });
new Blob(['a'], opts({ type: 'Text/Plain', endings: 'native' }));
new File(['a'], 'f', opts({ type: 'x', lastModified: 5 }));
console.log(reads.join(','));
(async () => {
  const b = new Blob(['hello', 'hello', 'world']);
  const byob = b.stream().getReader({ mode: 'byob' });
  for (;;) {
    const { value, done } = await byob.read(new Uint8Array(100));
    console.log('byob', done, value.byteLength);
    if (done) break;
  }
  const small = b.stream().getReader({ mode: 'byob' });
  console.log('small', (await small.read(new Uint8Array(2))).value.byteLength, (await small.read(new Uint8Array(8))).value.byteLength);
  const empty = new Blob([]).stream().getReader({ mode: 'byob' });
  console.log('empty', await empty.read(new Uint8Array(4)));
  const r = b.stream().getReader();
  for (let c; !(c = await r.read()).done;) console.log('chunk', Buffer.from(c.value).toString());
})();
