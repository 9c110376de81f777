const { test } = require('node:test');
test('b does not', () => {
  console.log('b:', Math.random() === 0.5, require('os').platform() === 'mocked-os', Date.now() === 1000);
});
