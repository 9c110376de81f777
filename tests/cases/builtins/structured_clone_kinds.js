// structuredClone: a Blob/File clones as a Blob with its bytes and type, a SharedArrayBuffer as
// a new object over the same memory, a DOMException (not a V8 error) as a plain object; its
// length is 0.
const { Blob, File } = require('buffer');
(async () => {
  const b = structuredClone(new Blob(['abc'], { type: 'text/plain' }));
  console.log(b.constructor.name, b.size, b.type, await b.text());
  const f = structuredClone(new File(['xy'], 'n.txt', { type: 'a/b', lastModified: 5 }));
  console.log(f.constructor.name, f.name, f.size, f.type, await f.text());
  const shared = new Blob(['q']);
  const two = structuredClone({ a: shared, b: shared });
  console.log(two.a === two.b);
  const sab = new SharedArrayBuffer(4);
  const c = structuredClone(sab);
  new Uint8Array(c)[0] = 7;
  console.log(c === sab, c instanceof SharedArrayBuffer, c.byteLength, new Uint8Array(sab)[0]);
  const d = structuredClone(new DOMException('m', 'AbortError'));
  console.log(Object.getPrototypeOf(d) === Object.prototype, Object.keys(d));
  const e = structuredClone(Object.create(Error.prototype));
  console.log(Object.getPrototypeOf(e) === Object.prototype);
  console.log(structuredClone.length, structuredClone.name);
})();
