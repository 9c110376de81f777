// --test --test-timeout: a file whose test times out has its child killed, and one that calls
// process.exit() is over: the timers they left no longer keep the run going, so the next
// files end as soon as their code is done (rjs let them run into the timeout too).
// @normalize: duration_ms:? [\d.]+
// @normalize: \/[^\s']*\/files\/
// @cli: --test --test-timeout=400 files
const x = 1;
