const { describe, it, test } = require('node:test');
const assert = require('node:assert');
describe('suite', () => {
  it('passes', () => {});
  it('fails', () => { assert.strictEqual(1, 2); });
  it('fails after await', async () => { await null; assert.strictEqual('a', 'b'); });
});
test('top', () => {
  assert.deepStrictEqual([1], [2]);
});
test('parent', async (t) => {
  await t.test('first child', () => {});
  await t.test('child after await', () => { throw new Error('child failure'); });
});
test('await timer', async () => { await new Promise((r) => setTimeout(r, 2)); assert.equal(1, 3); });
test('await immediate', async () => { await new Promise((r) => setImmediate(r)); assert.equal(1, 5); });
test('await tick', async () => { await new Promise((r) => process.nextTick(r)); assert.equal(1, 6); });
