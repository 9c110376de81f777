// require('') is refused by require() (ERR_INVALID_ARG_VALUE), but resolving an empty id (require.resolve,
// Module._resolveFilename, Module._load) finds nothing: MODULE_NOT_FOUND with the require stack, as in node.
const Module = require('module');
for (const f of [() => require(''), () => require.resolve(''), () => Module._resolveFilename('', module), () => Module._load('', module), () => Module.createRequire(__filename).resolve(''), () => require.resolve('', { paths: [__dirname] })]) {
  try { console.log(f()); } catch (e) { console.log(e.code, e.message.split('\n')[0], e.requireStack && e.requireStack.length); }
}
