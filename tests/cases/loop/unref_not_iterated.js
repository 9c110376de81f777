// A loop with nothing ref'ed does not iterate (libuv's uv_run): an unref'ed immediate or an
// expired unref'ed timer left when the script ends never runs; beforeExit and exit still come.
setImmediate(() => console.log('unref immediate ran')).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
console.log('main done');
const t = require('timers');
console.log(require('util').inspect(t.clearInterval), t.clearInterval === clearInterval, t.clearInterval !== t.clearTimeout);
