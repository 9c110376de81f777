const { test } = require('node:test');
test('a one', () => {});
test('a two', () => {});
