const { test, after } = require('node:test');
setInterval(() => {}, 1000);
after(() => console.log('global after of a'));
test('a fails', () => { throw new Error('nope'); });
test('a ok', () => {});
