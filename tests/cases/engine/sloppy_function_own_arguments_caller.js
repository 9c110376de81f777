// Sloppy-mode ordinary functions (declarations, expressions, Function()) have V8's own
// `arguments` and `caller` data properties (null, read-only, non-configurable, between `name`
// and `prototype`); strict functions, arrows, methods, classes, generators, async and bound
// functions only have Function.prototype's throwing accessors.
const util = require('util');
const names = (fn) => Object.getOwnPropertyNames(fn).join();
function decl() {}
const kinds = {
  decl, expr: function () {}, ctor: Function('return 1'), strict: function () { 'use strict'; },
  arrow: () => 1, method: { m() {} }.m, gen: function* () {}, async: async function () {},
  class: class {}, bound: decl.bind(null), builtin: Math.max,
};
for (const [k, fn] of Object.entries(kinds)) {
  let read;
  try { read = `${fn.arguments} ${fn.caller}`; } catch (e) { read = `${e.name}: ${e.message}`; }
  console.log(k.padEnd(7), names(fn).padEnd(36), read);
}
console.log(Object.getOwnPropertyDescriptor(decl, 'arguments'), Object.getOwnPropertyDescriptor(decl, 'caller'));
decl.arguments = 1;
console.log(delete decl.caller, decl.arguments, decl.caller, decl.hasOwnProperty('caller'));
try { (function () { 'use strict'; decl.caller = 2; })(); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(decl, 'arguments', { value: 3 }); } catch (e) { console.log(e.name, e.message); }
console.log(util.inspect(decl, { showHidden: true }));
console.log(util.format('%o', function named(a, b) {}));
// A statics-copying helper sees them (and must skip them, as hoist-non-react-statics does).
const target = function () {};
for (const key of Object.getOwnPropertyNames(decl)) {
  const d = Object.getOwnPropertyDescriptor(decl, key);
  try { Object.defineProperty(target, key, d); console.log('copied', key); } catch (e) { console.log('skip', key, e.name); }
}
console.log(Object.keys(decl), JSON.stringify(Object.entries(Object.getOwnPropertyDescriptors(function f() {})).map(([k, d]) => [k, d.writable, d.configurable])));
