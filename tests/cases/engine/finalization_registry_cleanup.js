// @cli: --expose-gc finalization_registry_cleanup.js
// FinalizationRegistry callbacks run after a collection, as node's: each registry's cleanup is a
// task of its own (in a loop turn's poll phase, before immediates; all of them
// before the loop may end), cells cleaned from the last registered, ticks and microtasks after
// each registry's callbacks, a callback's throw an uncaught exception that leaves the rest to
// a later cleanup, unregistered and live targets never reported.
'use strict';
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const fr = new FinalizationRegistry((held) => {
  console.log('cleanup', held);
  process.nextTick(() => console.log('  tick after', held));
  Promise.resolve().then(() => console.log('  microtask after', held));
});
const fr2 = new FinalizationRegistry((held) => {
  console.log('cleanup2', held);
  if (held === 'y') throw new Error('boom ' + held);
});
const keep = {};
const token = {};
(function () {
  for (const n of ['a', 'b', 'c']) fr.register({}, n);
  fr.register(keep, 'kept');
  fr.register({}, 'unregistered', token);
  for (const n of ['x', 'y', 'z']) fr2.register({}, n);
})();
console.log('unregister', fr.unregister(token), fr.unregister(token));
gc();
process.nextTick(() => console.log('main tick'));
Promise.resolve().then(() => console.log('main microtask'));
setImmediate(() => console.log('immediate'));
process.on('beforeExit', () => console.log('beforeExit', keep !== null));
console.log('main end');
