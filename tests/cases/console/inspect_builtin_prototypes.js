'use strict';
// showHidden lists a prototype's own non-function properties unless the constructor is one of
// the engine's built-ins as node collects them at startup: SharedArrayBuffer, Atomics and
// WebAssembly are not among them (V8 adds them to the global later).
const util = require('util');
console.log(util.inspect(new SharedArrayBuffer(2), { showHidden: true, sorted: true }));
for (const name of ['SharedArrayBuffer', 'Atomics', 'WebAssembly', 'Map', 'Intl', 'Buffer']) {
  function F() {}
  Object.defineProperty(F, 'name', { value: name });
  F.prototype.extra = 1;
  console.log(name, util.inspect(new F(), { showHidden: true }));
}
