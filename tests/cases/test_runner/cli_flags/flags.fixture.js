const { describe, it, test } = require('node:test');
const assert = require('node:assert');
describe('math', { only: true }, () => {
  it('adds', () => assert.strictEqual(1 + 1, 2));
  it('fails', () => assert.strictEqual(1 + 1, 3));
});
test('upper', { only: true }, () => {});
test('upper but not only', () => {});
test('other', { only: true }, () => {});
describe('todo suite', { todo: true, only: true }, () => {
  it('upper inside', { only: true }, () => {});
  it('x', { only: true }, () => {});
});
