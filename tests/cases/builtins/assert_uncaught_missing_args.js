'use strict';
// A TypeError from assert's own argument checks: node's report names its throw line.
const assert = require('assert');
assert.notStrictEqual(1);
