// `--test`: discovers *.test.js / test-*.js / test/**/*.js (not node_modules), runs each file
// as node runs it in a child process, and reports all of them in one TAP stream: the files'
// tests at top level, their stdout/stderr as comments, a failing exit code as a failed file,
// process.exit() ending only its own file.
// This file is not a test file; it only carries the headers.
// @cli: --test
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
