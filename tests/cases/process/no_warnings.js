// @cli: --no-warnings no_warnings.js
// --no-warnings: no default 'warning' listener; one's own listeners still run.
console.log(process.listenerCount('warning'));
process.on('warning', (w) => console.log('event', w.name, w.message));
process.emitWarning('still emitted');
