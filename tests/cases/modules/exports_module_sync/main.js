// node 20.19+ (require(esm) on) resolves the "module-sync" export condition for both require
// and import; an ES module's export named 'module.exports' is what require() returns (the
// pattern of packages such as async-function: the function itself, not a namespace).
console.log(require('dual').which, require.resolve('dual').split('/').pop());
const fn = require('fnpkg');
console.log(typeof fn, fn());
import('dual').then((ns) => console.log(ns.which));
import('fnpkg').then((ns) => console.log(Object.keys(ns), ns['module.exports'] === fn));
