// Async tests, returned promises, error-first callback tests and their failure modes:
// done(err), done called twice, callback plus promise, timeouts, rejected promises.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const test = require('node:test');
const assert = require('node:assert');

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('async passes', async () => {
  await wait(2);
  console.log('async body done');
});
test('returns a promise', () => wait(1).then(() => console.log('promise body done')));
test('async rejects', async () => {
  await wait(1);
  throw new RangeError('out of range');
});
test('returned promise rejects', () => Promise.reject(new Error('rejected')));
test('callback passes', (t, done) => {
  setTimeout(() => {
    console.log('callback fired');
    done();
  }, 1);
});
test('callback with error', (t, done) => {
  setImmediate(() => done(new Error('passed to done')));
});
test('callback called twice', (t, done) => {
  done();
  done();
});
test('callback and promise', async (t, done) => {
  done();
});
test('timeout', { timeout: 15 }, async () => {
  await wait(100);
  console.log('timed-out test body still finishes');
});
test('assertion in callback test', (t, done) => {
  setTimeout(() => {
    try {
      assert.strictEqual('a', 'b');
      done();
    } catch (e) {
      done(e);
    }
  }, 1);
});
test('after the timeout', () => console.log('next test runs'));
