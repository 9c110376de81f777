const { test } = require('node:test');
process.on('exit', (code) => console.log('b exit listener', code));
test('b ok', () => {});
