// An unhandled AbortError from timers/promises is reported at node's own source line for it
// (first stderr line "node:timers/promises:48"), exit code 1.
const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
sleep(1000, 'v', { signal: ac.signal });
console.log('aborting');
ac.abort();
