'use strict';
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const f1 = util.deprecate(function old(a, b) { return a + b; }, 'old() is deprecated', 'DEP_T1');
const f2 = util.deprecate(() => 'x', 'f2 deprecated', 'DEP_T1');
const f3 = util.deprecate(() => 'y', 'f3 deprecated (no code)');
console.log(f1.name, f1.length, f1(1, 2), f1(3, 4), f2(), f3(), f3());
class Base { constructor(v) { this.v = v; } }
const D = util.deprecate(Base, 'Base is deprecated', 'DEP_T2');
const d = new D(5);
console.log(d.v, d instanceof Base, D.prototype === Base.prototype);
try { util.deprecate(() => {}, 'm', 5); } catch (e) { console.log(e.code, e.message); }
const dbg = util.debuglog('mytest');
dbg('hidden %d', 1);
console.log(dbg.enabled, typeof util.debuglog('x', (fn) => console.log('cb', typeof fn)));
util.debuglog('cbtest', (fn) => console.log('cb called', typeof fn))('go');
setTimeout(() => console.log('end'), 5);
