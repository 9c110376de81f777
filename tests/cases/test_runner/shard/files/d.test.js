const { test } = require('node:test');
test('d one', () => {});
test('d two', () => {});
