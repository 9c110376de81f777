const { test } = require('node:test');
test('fast', () => {});
