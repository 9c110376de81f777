// @cli: --require ./preload.js bin/tool
// The entry starts through Module.runMain, which a preloaded script may wrap (node's
// test-module-run-main-monkey-patch), and process.argv[1] is the path as given made absolute:
// a symlinked bin (bin/tool -> main.js) keeps its own name; require.main.filename is the file.
const path = require('path');
console.log(path.relative(__dirname, process.argv[1]), path.relative(__dirname, require.main.filename), path.basename(__filename));
