// Errors node:test raises itself while a test's code runs (a done callback called twice) keep
// node's public frames (Test.runInAsyncScope) under the user's, and a promise the test left
// rejected is reported with the runner's frames below where it was made (rjs: only the user's
// frame, and '<main> (node:test:L:C)' frames).
// @normalize: duration_ms:? [\d.]+
const { test } = require('node:test');
test('first', () => {});
test('unhandled promise later', async () => {
  Promise.reject(new Error('floating'));
  await new Promise((r) => setTimeout(r, 5));
});
test('done twice', (t, done) => { done(); done(); });
test('returns promise and callback', (t, done) => Promise.resolve());
test('last', () => {});
