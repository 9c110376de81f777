const { test, mock } = require('node:test');
mock.method(Math, 'random', () => 0.5);
mock.module('node:os', { namedExports: { platform: () => 'mocked-os' } });
mock.timers.enable({ apis: ['Date'], now: 1000 });
test('a sees its mocks', () => {
  console.log('a:', Math.random(), require('os').platform(), Date.now());
});
