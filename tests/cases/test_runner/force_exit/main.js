// --test-force-exit: once a root's tests and hooks are over the process exits, whatever handles
// remain (a.fixture.js leaves an interval: rjs ran forever), in --test mode each file as its
// child would and then the run with its exit code (1: a test failed; rjs's process.exit wrapper
// cleared the exit code). node 20's generator reporters lose their last step as the process
// exits (tap: the duration_ms line). This file only carries the headers.
// @cli: --test --test-force-exit a.fixture.js b.fixture.js
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const x = 1;
