// The dot reporter writes a mark per pipeline step, as node's dot generator yields them, so
// output from test code scheduled on process.nextTick lands between the marks at node's places.
// @normalize: duration_ms:? [\d.]+
// @cli: --test-reporter=dot ticks.fixture.js
const x = 1;
