const { test } = require('node:test');
test('b one', () => {});
test('b two', () => {});
