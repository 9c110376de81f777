// fs/promises' own property names, non-enumerable ones included: node's has no FileHandle
// (the class is reached through an opened handle, whose methods are listed too).
const fsp = require('fs/promises');
console.log(Object.getOwnPropertyNames(fsp).sort().join(','));
console.log('FileHandle' in fsp, fsp.FileHandle);
fsp.open(__filename).then(async (fh) => {
  const proto = Object.getPrototypeOf(fh);
  console.log(proto.constructor.name, Object.getOwnPropertyNames(proto).sort().join(','));
  await fh.close();
});
