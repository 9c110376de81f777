// An error's stack is its own property: after `delete err.stack` it is gone (inspect falls back
// to the bracketed toString), and an object that only inherits from Error.prototype has none.
const util = require('util');
const e = new Error('x');
console.log(Object.getOwnPropertyNames(e));
delete e.stack;
console.log(e.stack, Object.hasOwn(e, 'stack'));
console.log(util.inspect(e));
const t = new TypeError('t');
delete t.stack;
console.log(util.inspect(t), String(t));
const o = Object.create(Error.prototype);
console.log(o.stack, Error.prototype.stack);
class AppError extends Error {}
const a = new AppError('app');
delete a.stack;
console.log(a.stack, util.inspect(a));
let code;
try { Buffer.alloc('x'); } catch (err) { code = err; }
console.log(code.code);
delete code.stack;
console.log(code.stack);
const s = new Error('s');
s.stack = 'custom';
console.log(s.stack);
delete s.stack;
console.log(s.stack);
