// node's generator reporters (tap, dot, junit) write their first output a pipeline step after
// they are set up, so a nextTick the first synchronous tests queue (here a log; in node also
// the warnings they emit) is written before the report (the spec reporter starts at once).
// @normalize: time="[\d.]+"
// @normalize: hostname="[^"]*"
// @normalize: duration_ms [\d.]+
// @cli: --test-reporter=junit ticks.fixture.js
const x = 1;
