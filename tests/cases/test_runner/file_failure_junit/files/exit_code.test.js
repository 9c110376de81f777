const { test } = require('node:test');
test('passes, then the file exits 2', () => { process.exitCode = 2; });
