// An error thrown by an async hook is fatal as in node: its stack goes to stderr and the process
// exits with 1 ('exit' runs, 'uncaughtException' does not, the rest of the script does not run).
const ah = require('async_hooks');
process.on('uncaughtException', (e) => console.log('uncaught handler', e.message));
process.on('exit', (c) => console.log('exit', c));
ah.createHook({ init(id, type) { if (type === 'x') throw new Error('in init'); } }).enable();
console.log('before');
new ah.AsyncResource('x');
console.log('after');
