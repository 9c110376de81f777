const { test } = require('node:test');
let calls = 0;
process.once('exit', () => { if (calls !== 2) { console.log('expected 2 calls, got', calls); process.exit(1); } });
test('c calls once', () => { calls++; });
