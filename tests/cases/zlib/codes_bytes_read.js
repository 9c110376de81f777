// zlib.codes is frozen and read-only on the module; streams' bytesRead is the deprecated
// (DEP0108) name of bytesWritten, a getter/setter pair on the prototype.
const zlib = require('zlib');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
zlib.codes.Z_OK = 1;
zlib.codes = { Z_OK: 1 };
console.log(zlib.codes.Z_OK, zlib.codes[-5], Object.isFrozen(zlib.codes));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(zlib, 'codes'), ['writable', 'enumerable', 'configurable']));
const d = zlib.createDeflate();
let desc;
for (let p = Object.getPrototypeOf(d); p && !desc; p = Object.getPrototypeOf(p)) desc = Object.getOwnPropertyDescriptor(p, 'bytesRead');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, Object.hasOwn(d, 'bytesRead'));
d.end('hello world', () => {
  console.log('read', d.bytesRead, d.bytesWritten);
  d.bytesRead = 3;
  console.log('set', d.bytesWritten);
});
d.resume();
