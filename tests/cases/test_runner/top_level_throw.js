// A test file that throws at top level after declaring a test: node's harness rethrows it from
// its uncaughtException handler (report from harness:46, exit code 7, no 'exit' event).
const { test } = require('node:test');
test('declared', () => {});
process.on('exit', (c) => console.log('exit', c));
console.log('before');
const e = new TypeError('top-level boom');
e.code = 'E_TOP';
throw e;
