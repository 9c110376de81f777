const { test } = require('node:test');
process.on('exit', (code) => console.log('a exit listener, code', code));
test('a passes', () => {});
