// How Buffers, Blobs and Files print.
const util = require('util');
const b = Buffer.from('hello world');
console.log(b, [b], { b });
console.log(Buffer.alloc(0), Buffer.alloc(51), Buffer.alloc(52));
const x = Buffer.from('ab'); x.extra = { deep: [1, 2] }; x.s = 'str';
console.log(x, util.inspect(x, { showHidden: true }));
console.log(util.inspect(new Uint8Array([1, 2])), util.inspect(Buffer.from('é')), String(Buffer.from('abc')), `${Buffer.from('x')}`);
require('buffer').INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'));
const { Blob, File } = require('buffer');
const blob = new Blob(['ab', Buffer.from('cd'), new Uint8Array([101])], { type: 'Text/Plain' });
console.log(blob, blob.size, blob.type, Object.prototype.toString.call(blob));
blob.text().then((t) => console.log('text', t));
blob.slice(1, 3).arrayBuffer().then((a) => console.log('ab', Buffer.from(a)));
const f = new File(['x'], 'a.txt', { lastModified: 5 });
console.log(f.name, f.size, f.lastModified, f instanceof Blob);
try { new Blob('x'); } catch (e) { console.log(e.code, e.message); }
