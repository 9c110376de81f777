// --test: a file runs in a child process of its own in node, so the working directory, process
// listeners, process.title, EventEmitter.defaultMaxListeners, Error.stackTraceLimit,
// Error.prepareStackTrace, require.extensions, Module._load (a require hook) and console's
// methods it changes are back to the parent's for the next file (rjs kept them).
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @cli: --test files
const x = 1;
