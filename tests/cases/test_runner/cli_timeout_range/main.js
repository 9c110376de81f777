// --test-timeout is read as node reads an unsigned 64-bit option (strtoull): a negative value
// wraps around and run() rejects it as out of range (ERR_OUT_OF_RANGE, exit code 1; rjs ignored
// it), thrown before the test harness is set up. This file only carries the headers.
// @cli: --test --test-timeout=-5 pass.fixture.js
const x = 1;
