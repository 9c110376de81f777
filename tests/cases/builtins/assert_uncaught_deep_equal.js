'use strict';
// An uncaught deepStrictEqual failure starts its report with node:assert:90 (innerFail).
const assert = require('assert');
console.log('before');
assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
