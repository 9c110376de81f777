// --test: each file runs as its own process in node, so mocks a file leaves on its global
// `mock` tracker (a method, a module, the timers) are gone for the next file (rjs kept them),
// and the next file's first warning shows its experimental warnings and the --trace-warnings
// hint again.
// @normalize: duration_ms:? [\d.]+
// @normalize: \(node:\d+\)
// @normalize: \/[^\s']*\/files\/
// @cli: --test --experimental-test-module-mocks files
const x = 1;
