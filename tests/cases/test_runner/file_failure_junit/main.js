// --test --test-reporter=junit: a file whose process ends with a failing exit code is reported
// with node's ERR_TEST_FAILURE, a plain Error (inspect: [Error: test failed] {...}, not
// [NodeError: ...]) carrying its exitCode and signal.
// @normalize: time="[\d.]+"
// @normalize: hostname="[^"]*"
// @normalize: duration_ms [\d.]+
// @normalize: \/[^\s'"]*\/files\/
// @cli: --test --test-reporter=junit files
const x = 1;
