// Passing and failing tests: TAP output, assertion failure YAML and exit code 1.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const test = require('node:test');
const assert = require('node:assert');

console.log('main starts');
test('adds numbers', () => {
  console.log('in adds numbers');
  assert.strictEqual(1 + 1, 2);
});
test('strictEqual fails', () => {
  assert.strictEqual(1 + 1, 3);
});
test('deepStrictEqual fails', () => {
  assert.deepStrictEqual({ a: 1, list: [1, 2], nested: { ok: true } }, { a: 2, list: [1], nested: { ok: true } });
});
test('notStrictEqual with message', () => {
  assert.notStrictEqual('x', 'x', 'values should differ');
});
test('throws TypeError with code', () => {
  const e = new TypeError('bad input');
  e.code = 'E_BAD';
  throw e;
});
test('string values', () => {
  assert.strictEqual('it\'s', 'multi\nline');
});
test(function namedFunction() {});
test();
test('last passes', async () => {});
console.log('main ends');
