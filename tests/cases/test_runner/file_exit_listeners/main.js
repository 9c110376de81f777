// --test: a file's 'exit' listeners run when the file is over, as its child process emits
// 'exit': they see its exit code, may change it (process.exitCode, process.exit()) or fail it
// by throwing; those of one file do not run for another (rjs ran them all at the very end).
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @normalize: (\n# +at [^\n]*)+
// @cli: --test files
const x = 1;
