// --test-name-pattern (twice, one /re/flags), --test-only and --test-reporter=spec read by
// node:test from the command line; this file only carries the headers.
// @normalize: \d+(\.\d+)?ms
// @normalize: duration_ms [\d.]+
// @cli: --test-only --test-name-pattern=/MATH/i --test-name-pattern=upper --test-reporter=spec flags.fixture.js
const x = 1;
