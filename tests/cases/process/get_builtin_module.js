// process.getBuiltinModule (node 20.16): built-ins with or without node:, scheme-only ids,
// undefined for anything else, ERR_INVALID_ARG_TYPE for a non-string.
console.log(typeof process.getBuiltinModule);
console.log(process.getBuiltinModule('fs') === require('fs'), process.getBuiltinModule('node:path') === require('path'));
console.log(process.getBuiltinModule('node:test') === require('node:test'), process.getBuiltinModule('test'));
console.log(process.getBuiltinModule('nope'), process.getBuiltinModule('./x'));
try { process.getBuiltinModule(1); } catch (e) { console.log(e.code, e.message); }
