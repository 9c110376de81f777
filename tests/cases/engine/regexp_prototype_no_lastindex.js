// RegExp.prototype is an ordinary object without a lastIndex property; every RegExp instance
// has its own (writable, non-enumerable, non-configurable).
const util = require('util');
console.log(Object.getOwnPropertyNames(RegExp.prototype).includes('lastIndex'), Object.getOwnPropertyDescriptor(RegExp.prototype, 'lastIndex'));
console.log(RegExp.prototype.lastIndex, 'lastIndex' in RegExp.prototype, util.inspect(RegExp.prototype));
const re = /a/g;
console.log(Object.getOwnPropertyDescriptor(re, 'lastIndex'), re.test('aa'), re.lastIndex);
const sub = Object.create(RegExp.prototype);
console.log(sub.lastIndex, Object.keys(Object.getOwnPropertyDescriptors(RegExp.prototype)).filter((k) => !/^(flags|global|ignoreCase|multiline|dotAll|unicode|unicodeSets|sticky|hasIndices|source)$/.test(k)).sort().join());
