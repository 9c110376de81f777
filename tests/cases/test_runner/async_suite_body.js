// Tests declared after an await in a describe body or a test belong to that suite/test (node
// finds the parent through the async context); one declared from a timer after the suite
// finished fails with parentAlreadyFinished.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const { test, describe, it, before } = require('node:test');
const assert = require('node:assert');

describe('loads fixtures first', async () => {
  const data = await new Promise((r) => setTimeout(() => r([1, 2, 3]), 1));
  it('has three items', () => assert.strictEqual(data.length, 3));
  await null;
  before(() => console.log('before hook declared after await'));
  it('sums', () => assert.strictEqual(data.reduce((a, b) => a + b), 7));
  await new Promise((r) => setImmediate(r));
  describe('nested after immediate', () => {
    it('inner', () => {});
  });
});
describe('late', () => {
  setTimeout(() => { it('declared from a timer', () => {}); }, 0);
  it('on time', () => {});
});
test('test body', async () => {
  await null;
  test('subtest through plain test()', () => {});
  await new Promise((r) => setTimeout(r, 1));
  it('subtest through it()', () => {});
});
