const { test } = require('node:test');
process.on('exit', (code) => { console.log('b exit listener, code', code); process.exitCode = 3; });
test('b passes', () => {});
