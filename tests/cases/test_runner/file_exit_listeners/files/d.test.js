const { test } = require('node:test');
process.on('exit', () => { throw new Error('thrown in exit listener'); });
test('d passes', () => {});
