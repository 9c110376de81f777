// @cli: -
// @stdin: function f() { return new Error('in f').stack; }\nconsole.log(f());\nError.stackTraceLimit = 20;\nconsole.log(new Error('top').stack);
// Errors made by code read from stdin: node's frames of the run of [stdin], then of the stream's end (at most Error.stackTraceLimit).
