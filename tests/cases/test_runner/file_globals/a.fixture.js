const { test } = require('node:test');
test('a changes globals', () => {
  globalThis.sharedCounter = 41;
  globalThis.setTimeout = function fakeSetTimeout() {};
  process.env.FROM_A = 'a';
  console.log('a', typeof sharedCounter, setTimeout.name, process.env.FROM_A);
});
