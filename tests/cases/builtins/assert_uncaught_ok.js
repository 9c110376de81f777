'use strict';
// An uncaught assert.ok failure is reported from node's own throw statement
// (node:internal/assert/utils:281), as node 20 prints it.
const assert = require('assert');
console.log('before');
assert.ok(typeof 1 === 'string');
