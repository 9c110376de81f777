// A failing test's stack (TAP's `stack:`) shows node's test runner frames below the test's own:
// Test.runInAsyncScope / Test.run / processPendingSubtests / postRun, Suite.run's Promise.all,
// TestContext.test, the harness's first kick, and the async frames under a resumed test fn
// (async Test.run, async Promise.all (index N), await t.test(...) in the parent). rjs showed
// '<main> (node:test:L:C)' for each and no async frames.
// @normalize: duration_ms:? [\d.]+
Error.stackTraceLimit = 30;
const { test, describe, it, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');
function check(x) { assert.strictEqual(x, 3); }
test('first await', async () => { await null; assert.strictEqual(1, 2); });
describe('suite', () => {
  it('first it', () => { assert.strictEqual(1, 2); });
  it('second it', () => { assert.strictEqual(1, 2); });
  it('await it', async () => { await null; assert.strictEqual(1, 2); });
  describe('inner', () => {
    it('inner first', async () => { await null; assert.strictEqual(1, 2); });
    it('inner second', () => { assert.strictEqual(1, 2); });
  });
  it('after inner', () => { assert.strictEqual(1, 2); });
});
test('after suite', () => { assert.strictEqual(1, 2); });
test('parent', async (t) => {
  t.test('sub nowait', () => { assert.strictEqual(1, 2); });
});
test('log then await', async () => { console.log('a'); await null; assert.strictEqual(1, 2); });
test('helper', () => { check(4); });
test('async helper', async () => { await new Promise((r) => setTimeout(r, 1)); check(5); });
test('callback style', (t, done) => { assert.strictEqual(1, 2); });
describe('concurrent', { concurrency: true }, () => {
  it('c1', () => { assert.strictEqual(1, 2); });
  it('c2', async () => { await null; assert.strictEqual(1, 2); });
  it('c3', () => { assert.strictEqual(1, 2); });
});
test('awaited subtests', async (t) => {
  await t.test('s1', () => { assert.strictEqual(1, 2); });
  await t.test('s2', async () => { await null; assert.strictEqual(1, 2); });
});
describe('with hooks', () => {
  beforeEach(() => {});
  afterEach(() => {});
  it('h1', () => { assert.strictEqual(1, 2); });
  it('h2', () => { assert.strictEqual(1, 2); });
});
test('after immediate', async () => { await new Promise((r) => setImmediate(r)); assert.ok(false); });
test('type error', () => { throw new TypeError('bad'); });
