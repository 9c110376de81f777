const { describe, it } = require('node:test');
const assert = require('node:assert');
console.log('math file loaded');
describe('math', () => {
  it('adds', () => assert.strictEqual(1 + 1, 2));
  it('fails', () => assert.strictEqual(1 + 1, 3));
  it.skip('skipped', () => {});
});
