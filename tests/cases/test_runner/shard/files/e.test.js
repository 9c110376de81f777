const { test } = require('node:test');
test('e one', () => {});
test('e two', () => {});
