const test = require('node:test');
const assert = require('node:assert');
const { add } = require('./lib.js');
console.log('loading math.test.js');
test('add', () => assert.strictEqual(add(1, 2), 3));
test('add fails', () => assert.strictEqual(add(1, 1), 3));
