'use strict';
// An uncaught assert.throws mismatch is reported from node:assert:491 (expectedException).
const assert = require('assert');
assert.throws(() => { throw new Error('e'); }, TypeError);
