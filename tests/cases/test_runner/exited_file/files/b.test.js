const { test } = require('node:test');
test('outlives a', async () => {
  await new Promise((resolve) => setTimeout(resolve, 150));
  console.log('b done');
});
