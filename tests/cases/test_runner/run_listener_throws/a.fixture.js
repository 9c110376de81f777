const { test } = require('node:test');
test('one', () => {});
test('two', () => {});
test('three', () => {});
