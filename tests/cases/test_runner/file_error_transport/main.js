// --test: a file's errors reach the reporters as node's parent reads them from the child
// (internal/error_serdes, then v8 deserialize): rebuilt on Error.prototype with the own data
// properties, functions and symbols dropped, nested errors with message and stack only, causes
// rebuilt the same way, a DOMException as a plain object.
// @cli: --test --test-reporter=./shape_reporter.mjs files
const x = 1;
