// The error a function given to assert.throws / doesNotThrow / rejects / doesNotReject threw
// carries node:assert's own frames below the function's (node:test shows them in a failed
// validation's `actual:` block): node's names and places for them.
const assert = require('assert');
const assertFrames = (e) => e.stack.split('\n').filter((l) => l.includes('node:assert')).join('\n');
try {
  assert.throws(function thrower() { throw new Error('t'); }, { message: 'x' });
} catch (e) { console.log('throws\n' + assertFrames(e.actual)); }
try {
  assert.doesNotThrow(function thrower() { throw new Error('d'); });
} catch (e) { console.log('doesNotThrow\n' + assertFrames(e.actual)); }
assert.rejects(async function rejecter() { throw new Error('r'); }, { message: 'x' })
  .catch((e) => console.log('rejects\n' + assertFrames(e.actual)))
  .then(() => assert.doesNotReject(function rejecter() { return Promise.reject(new Error('n')); }))
  .catch((e) => console.log('doesNotReject\n' + assertFrames(e.actual)));
