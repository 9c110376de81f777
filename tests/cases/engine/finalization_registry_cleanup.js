// @cli: --expose-gc finalization_registry_cleanup.js
// FinalizationRegistry callbacks run after a collection, as node's: in a later task (after the main
// script's ticks and microtasks), every collected target of every registry reported once (a
// callback's throw an uncaught exception that leaves the rest to a later cleanup), ticks and
// microtasks a callback queues after its registry's callbacks, unregistered and live targets never
// reported. node's order between registries and between the cells of one registry varies from run
// to run, so the case prints what node fixes, not that order.
'use strict';
const log = [];
process.on('uncaughtException', (e) => log.push('uncaught ' + e.message));
const fr = new FinalizationRegistry((held) => {
  log.push('cleanup ' + held);
  process.nextTick(() => log.push('tick after ' + held));
  Promise.resolve().then(() => log.push('microtask after ' + held));
});
const fr2 = new FinalizationRegistry((held) => {
  log.push('cleanup2 ' + held);
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
process.nextTick(() => log.push('main tick'));
Promise.resolve().then(() => log.push('main microtask'));
process.on('beforeExit', () => {
  const of = (prefix) => log.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length)).sort().join();
  console.log('first:', log.slice(0, 2).join(' | '));
  console.log('fr cleaned:', of('cleanup '), 'fr2 cleaned:', of('cleanup2 '), 'uncaught:', of('uncaught '));
  const lastCleanup = Math.max(...['a', 'b', 'c'].map((h) => log.indexOf('cleanup ' + h)));
  const firstTick = Math.min(...['a', 'b', 'c'].map((h) => log.indexOf('tick after ' + h)));
  const firstMicro = Math.min(...['a', 'b', 'c'].map((h) => log.indexOf('microtask after ' + h)));
  const lastTick = Math.max(...['a', 'b', 'c'].map((h) => log.indexOf('tick after ' + h)));
  console.log('ticks after the callbacks:', lastCleanup < firstTick, 'microtasks after the ticks:', lastTick < firstMicro);
  console.log('boom right after y:', log[log.indexOf('cleanup2 y') + 1]);
  console.log('kept alive:', keep !== null, 'entries:', log.length);
});
console.log('main end');
