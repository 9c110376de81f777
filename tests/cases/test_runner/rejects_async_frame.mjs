// assert.rejects()/doesNotReject() fail after an await: node's AssertionError has no frames but
// V8's async one of the function awaiting the call (column of its `await`), and under node:test
// the runner's async frames below it (rjs: no frames at all, so inspect showed '[AssertionError
// ...]' in brackets and TAP no `stack:`).
// @normalize: duration_ms:? [\d.]+
import assert from 'node:assert';
import { test } from 'node:test';
try {
  await assert.rejects(Promise.resolve(1));
} catch (e) { console.log(e.stack); }
try { await assert.doesNotReject(Promise.reject(new Error('x')), 'ctx'); } catch (e) { console.log(e.stack); }
test('missing rejection', async () => {
  await assert.rejects(async () => 'fine', TypeError);
});
test('wrong rejection', async () => {
  await assert.rejects(Promise.reject(new TypeError('x')), RangeError);
});
test('unwanted rejection', async function named() {
  await assert.doesNotReject(Promise.reject(new Error('no')));
});
