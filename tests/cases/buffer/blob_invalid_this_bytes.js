// Blob's methods and getters check their receiver (ERR_INVALID_THIS; text/arrayBuffer reject),
// File's getters fail as private-field reads; blob.bytes(); no own string-keyed properties.
const { Blob, File } = require('buffer');
function show(label, fn) {
  try {
    const r = fn();
    if (r && typeof r.then === 'function') r.then((v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e.name, e.code, e.message));
    else console.log(label, r);
  } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
const get = (C, k) => Object.getOwnPropertyDescriptor(C.prototype, k).get;
show('size', () => get(Blob, 'size').call({}));
show('type', () => get(Blob, 'type').call(null));
show('slice', () => Blob.prototype.slice.call({}));
show('stream', () => Blob.prototype.stream.call({}));
show('bytes', () => Blob.prototype.bytes.call({}));
show('text', () => Blob.prototype.text.call({}));
show('arrayBuffer', () => Blob.prototype.arrayBuffer.call({}));
show('name', () => get(File, 'name').call(new Blob()));
show('lastModified', () => get(File, 'lastModified').call({}));
const b = new Blob(['ab', new Uint8Array([99])], { type: 'Text/Plain' });
show('own names', () => Object.getOwnPropertyNames(b));
show('File own names', () => Object.getOwnPropertyNames(new File([], 'f', { lastModified: 1 })));
show('type', () => b.type);
show('bytes ok', () => b.bytes());
show('file', () => { const f = new File(['xy'], 'a.txt', { lastModified: 3 }); return [f.name, f.lastModified, f.size]; });
