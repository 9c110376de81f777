// v8.serialize returns a Buffer over its own ArrayBuffer of exactly the written length;
// deserialized views of it see that buffer.
const v8 = require('v8');
const b = v8.serialize({ a: 1 });
console.log(b.buffer.byteLength, b.length, b.byteOffset);
const dv = v8.deserialize(v8.serialize(new DataView(new ArrayBuffer(2))));
console.log(dv);
const u = v8.deserialize(v8.serialize(new Uint8Array([1, 2, 3])));
console.log(u, u.buffer.byteLength);
const s = new v8.Serializer();
s.writeHeader(); s.writeValue('x');
const out = s.releaseBuffer();
console.log(out.buffer.byteLength === out.length, s.releaseBuffer().length);
