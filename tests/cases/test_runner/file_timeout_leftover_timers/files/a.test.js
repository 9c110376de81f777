const { test } = require('node:test');
test('hangs on a timer', () => new Promise((resolve) => setTimeout(resolve, 2000)));
