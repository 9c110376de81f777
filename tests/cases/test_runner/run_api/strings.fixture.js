const { test } = require('node:test');
test('upper', () => {
  console.log('inside upper');
  if ('a'.toUpperCase() !== 'A') throw new Error('bad');
});
test('filtered out by pattern', () => {});
process.stderr.write('a line on stderr\n');
