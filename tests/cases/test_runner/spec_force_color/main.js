// FORCE_COLOR set by the test file itself: the spec reporter (and the dot reporter's failure
// list) inspect errors with colors as node's shouldColorize(process.stdout) says, even when
// stdout is not a TTY; the symbols stay plain (their colors follow stderr being a TTY).
// @normalize: \d+(\.\d+)?ms
// @normalize: duration_ms [\d.]+
// @cli: --test-reporter=spec colors.fixture.js
const x = 1;
