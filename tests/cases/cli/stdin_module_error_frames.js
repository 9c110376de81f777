// @cli: --input-type=module
// @stdin: function f() { return new Error('in f').stack; }\nconsole.log(f());\nconsole.log(new Error('top').stack);
// Errors made by ES module code read from stdin: node's loader starts from the stream's end (processTicksAndRejections frame).
