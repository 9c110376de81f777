// Errors thrown by callbacks a finished test scheduled (an fs callback, a timer) are charged
// to that test as node's async hooks do: a diagnostic names it, the test running at that
// moment stays green, and the exit code is 1.
// @normalize: duration_ms:? [\d.]+
const { test } = require('node:test');
const assert = require('assert');
const fs = require('fs');
test('callback-based', () => {
  fs.readFile(__filename, 'utf8', (err, data) => { assert.strictEqual(typeof data, 'number'); });
});
test('leaky timer', () => {
  setTimeout(() => { throw new Error('late'); }, 150);
});
test('still running', async () => { await new Promise((r) => setTimeout(r, 300)); });
test('after', () => {});
