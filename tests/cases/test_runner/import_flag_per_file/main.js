// --import with --test: node's runner process starts without its ESM loader, so the module is
// loaded once in each file's process, not also in the runner's (rjs loaded it in both: each
// file saw it twice, and the runner printed its output).
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @cli: --import ./setup.mjs --test files
const x = 1;
