// --test-force-exit running a test file directly: the process exits once the tests, the global
// after() hook and the report are done, although an interval is left (rjs ran forever); its
// 'exit' listeners run. node 20's dot reporter loses its last step (the final newline) then.
// @cli: --test-force-exit --test-reporter=dot force_exit_direct.js
const { test, after } = require('node:test');
setInterval(() => {}, 1000);
after(() => console.log('global after'));
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
test('fails', () => { throw new Error('nope'); });
test('ok', () => {});
