const { test } = require('node:test');
test('c one', () => {});
test('c two', () => {});
