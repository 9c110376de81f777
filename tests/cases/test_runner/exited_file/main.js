// --test: a file that calls process.exit(0) inside a test is over (node's child process is
// gone): the timers it left neither print, fail anything nor exit the run, and the test it
// interrupted does not set the exit code (rjs exited 1 and attributed the late output).
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @cli: --test files
const x = 1;
