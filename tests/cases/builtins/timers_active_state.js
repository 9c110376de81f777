// The deprecated timers.active/enroll/unenroll keep node's item state: start time, list links,
// _destroyed (set on fire or unenroll), links nulled when the item fires or leaves.
const timers = require('timers');
process.noDeprecation = true;
const shape = (o) => JSON.stringify(Object.keys(o)) + ' start:' + typeof o._idleStart +
  ' links:' + (o._idleNext === null ? 'null' : typeof o._idleNext) + ' destroyed:' + o._destroyed;
const a = { _idleTimeout: 1, _onTimeout() { console.log('a fires', shape(this)); } };
timers.active(a);
console.log('a active', shape(a), Number.isInteger(a._idleStart));
const bogus = [{ _idleTimeout: -1 }, { _idleTimeout: undefined }];
for (const b of bogus) { timers.active(b); console.log('bogus', JSON.stringify(Object.keys(b))); }
const e = { _onTimeout() { console.log('e never'); } };
timers.enroll(e, 2);
console.log('enrolled', shape(e));
timers.active(e);
timers.unenroll(e);
console.log('unenrolled', shape(e), e._idleTimeout);
timers.unenroll(e);
timers.enroll(e, 3);
console.log('re-enrolled', shape(e), e._idleTimeout);
setTimeout(() => console.log('after', shape(a)), 20);
