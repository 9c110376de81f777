const { test } = require('node:test');
test('exits early', () => {
  setTimeout(() => console.log('late output from a'), 50);
  setTimeout(() => { throw new Error('late error from a'); }, 60);
  setTimeout(() => Promise.reject(new Error('late rejection from a')), 70);
  setTimeout(() => process.exit(3), 80);
  process.exit(0);
});
