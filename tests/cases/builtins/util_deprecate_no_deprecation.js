// @cli: --no-deprecation util_deprecate_no_deprecation.js
// Under --no-deprecation util.deprecate still wraps (node 20): no warning, but the wrapper's
// name, length and prototype chain are the wrapper's.
'use strict';
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
console.log(process.noDeprecation);
const f = util.deprecate(function old(a, b) { return a + b; }, 'old() is deprecated', 'DEP_NODEP1');
console.log(f.name, f.length, f(1, 2), Object.getPrototypeOf(f).name);
class Base { constructor(v) { this.v = v; } }
const D = util.deprecate(Base, 'Base is deprecated');
console.log(D === Base, new D(3).v, Object.getPrototypeOf(D) === Base, D.prototype === Base.prototype);
setTimeout(() => console.log('end'), 5);
