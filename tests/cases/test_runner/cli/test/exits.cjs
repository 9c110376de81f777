const test = require('node:test');
test('runs before the exit', () => {});
test('exits the file', () => {
  console.log('calling process.exit(0)');
  process.exit(0);
});
test('never runs', () => {});
