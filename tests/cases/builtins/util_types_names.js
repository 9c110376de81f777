// util.types checks carry node's names and lengths (V8's checks declare no parameter, the
// typed-array ones one; isArrayBufferView is ArrayBuffer.isView itself).
const util = require('util');
for (const k of Object.keys(util.types).sort()) {
  const v = util.types[k];
  console.log(k, v.length, v.name);
}
console.log(util.types.isArrayBufferView === ArrayBuffer.isView, util.isDate.name, util.isRegExp.length);
