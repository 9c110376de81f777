const { test } = require('node:test');
test('exits from a timer', () => {
  setTimeout(() => process.exit(0), 5);
  setInterval(() => {}, 1000);
  return new Promise(() => {});
});
