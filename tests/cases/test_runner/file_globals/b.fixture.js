const { test } = require('node:test');
test('b sees a fresh process', () => {
  console.log('b', typeof sharedCounter, setTimeout.name, process.env.FROM_A);
});
