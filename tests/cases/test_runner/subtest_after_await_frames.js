// A subtest that `await t.test()` starts after the parent's fn resumed from an await: its
// failure's stack ends in the parent's async frames (async Test.run, async processPendingSubtests).
// @normalize: duration_ms:? [\d.]+
const test = require('node:test');
test('parent', async (t) => {
  await t.test('first child', () => {});
  await t.test('child fails', () => { throw new Error('child failure'); });
  await new Promise((r) => setTimeout(r, 1));
  await t.test('child after a timer', () => { throw new Error('later failure'); });
});
