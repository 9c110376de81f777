// @cli: --no-deprecation --trace-warnings warning_flags.js
// Warning switches of the command line: --no-deprecation drops deprecation warnings before
// listeners see them; --trace-warnings sets process.traceProcessWarnings.
process.on('warning', (w) => console.log('event', w.name, w.message));
console.log(process.noDeprecation, process.traceProcessWarnings, process.throwDeprecation);
process.emitWarning('dropped', 'DeprecationWarning');
process.emitWarning('kept');
