const test = require('node:test');
test('passes', () => {});
process.exitCode = 3;
