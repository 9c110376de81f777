const { test } = require('node:test');
test('b does not', (t) => {
  console.log('b:', Math.random() === 0.5, require('os').platform() === 'mocked-os', Date.now() === 1000);
  t.mock.timers.enable({ apis: ['setTimeout'] }); // its own process warns again
});
