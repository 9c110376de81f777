// The deprecated timers.enroll/unenroll/active/_unrefActive: warnings, validation, firing.
const timers=require('timers'); process.on('warning', w=>console.log(w.code, w.message));
const item={_onTimeout(){console.log('fired', this===item)}};
timers.enroll(item, 5); console.log(item._idleTimeout, Object.keys(item));
timers.active(item); timers._unrefActive({_idleTimeout: 1000, _onTimeout(){console.log('unref fired')}});
const it2={_onTimeout(){console.log('never')}}; timers.enroll(it2, 1); timers.active(it2); timers.unenroll(it2); console.log(it2._idleTimeout);
try{timers.enroll({}, -1)}catch(e){console.log(e.code,e.message)} try{timers.enroll({}, 'x')}catch(e){console.log(e.code,e.message)}
console.log(timers.active.length, timers.enroll.length, timers.unenroll.length, timers._unrefActive.length, Object.keys(timers).sort().join());
