'use strict';
// An AssertionError's stack is an own data property fixed at construction (node reads it in the
// constructor); the prototype has no stack of its own.
const assert = require('assert');
let e;
try { assert.strictEqual(1, 2); } catch (x) { e = x; }
const d = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(Object.keys(d), d.writable, d.enumerable, d.configurable, typeof d.value);
e.message = 'changed';
console.log(e.stack.split('\n')[0]);
e.name = 'Other';
console.log(e.stack.split('\n')[0], String(e));
Error.stackTraceLimit = 0;
try { assert.ok(false); } catch (x) { console.log(JSON.stringify(x.stack)); }
const u = new assert.AssertionError({ message: 'u' });
console.log(JSON.stringify(u.stack));
Error.stackTraceLimit = 10;
console.log(Object.getOwnPropertyNames(new assert.AssertionError({ message: 'm' })));
delete e.stack; console.log(e.stack);
console.log(Object.getOwnPropertyNames(assert.AssertionError.prototype));
