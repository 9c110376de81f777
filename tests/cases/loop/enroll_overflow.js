// timers.enroll() truncates a duration past 2^31-1 with node's TimeoutOverflowWarning text;
// setTimeout sets it to 1 with its own; enroll validates the duration.
const timers = require('timers');
process.on('warning', (w) => console.log(w.name, JSON.stringify(w.message)));
const item = { _onTimeout() { console.log('never'); } };
timers.enroll(item, 2 ** 31);
console.log(item._idleTimeout);
timers.active(item);
timers.unenroll(item);
console.log(item._idleTimeout);
for (const bad of ['1', -1, Infinity, NaN]) {
  try { timers.enroll({}, bad); } catch (e) { console.log(e.code, e.message); }
}
clearTimeout(setTimeout(() => console.log('never'), 2 ** 32));
