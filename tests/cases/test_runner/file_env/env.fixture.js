const { test } = require('node:test');
test('reads the environment', () => { console.log('NODE_TEST_CONTEXT =', process.env.NODE_TEST_CONTEXT); });
