// @cli: --input-type=module main.js
// --input-type applies to string input only: an entry file that runs as an ES module fails
// with ERR_INPUT_TYPE_NOT_ALLOWED (node's ESM resolver), before any of its code runs.
console.log('never');
