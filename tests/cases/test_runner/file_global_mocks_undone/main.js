// --test: each file runs as its own process in node, so mocks a file leaves on its global
// `mock` tracker (a method, a module, the timers) are gone for the next file (rjs kept them).
// (--no-warnings: a child's stderr and its test events reach node's parent in no fixed order.)
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @cli: --test --experimental-test-module-mocks --no-warnings files
const x = 1;
