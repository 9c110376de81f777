// Several --test-reporter/--test-reporter-destination pairs: each reporter gets every event
// (spec on stdout here, tap on stderr), as node pipes the tests stream to each of them.
// @normalize: \d+(\.\d+)?ms
// @normalize: duration_ms [\d.]+
// @cli: --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=stderr suite.fixture.js
const x = 1;
