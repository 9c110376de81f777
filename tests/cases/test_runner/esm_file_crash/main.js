// --test: an ES module test file whose evaluation fails is reported as node's child reports a
// rejected module evaluation: the excerpt points where the error was made (node's message
// location), not at the `throw` (rjs put the caret on the throw, as for CommonJS); one that
// throws synchronously after calling test() fails before node's harness is ready (its report
// is the harness's rethrow, exit 7, the test never runs; rjs ran it).
// @normalize: duration_ms:? [\d.]+
// @normalize: (file://)?\/[^\s']*\/files\/
// @normalize: :\d+:\d+(\n# +at [^\n]*\(node:[^\n]*)*
// @cli: --test files
const x = 1;
