// Errors that escape a running test (a throwing timer callback, an unhandled rejection) fail
// that test with failureType uncaughtException / unhandledRejection; the run goes on.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const test = require('node:test');

test('throws from a timer', (t, done) => {
  setTimeout(() => {
    throw new Error('thrown in a timer');
  }, 1);
});
test('rejects unhandled', async () => {
  Promise.reject(new TypeError('nobody handles this'));
  await new Promise((resolve) => setTimeout(resolve, 5));
});
test('keeps running', () => console.log('later tests still run'));
