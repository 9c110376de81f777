// An uncaught require(esm) cycle: node's report names the line of its ESM loader that throws.
const result = require('./main.mjs');
module.exports = result;
