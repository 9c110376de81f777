'use strict';
// AssertionError shows errors without their stacks only when both sides carry a stack as
// node sees it (an own 'stack' on an error instance); Object.create(Error.prototype) has none.
const assert = require('assert');
const fake = Object.create(Error.prototype);
const real = new TypeError('a');
real.stack = 'TypeError: a\n    at somewhere (file.js:1:1)';
const deleted = new Error('d');
delete deleted.stack;
for (const [a, b] of [[fake, real], [real, fake], [deleted, real], [new RangeError('x'), real], [Object.create(real), new TypeError('a')]]) {
  try { assert.deepStrictEqual(a, b); console.log('equal'); } catch (e) { console.log(JSON.stringify(e.message)); }
}
