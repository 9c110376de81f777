// AsyncLocalStorage as node 20: run restores after a throw, nesting, disable as a flag that a
// later run re-enables, exit, thenables, enterWith in an async function, snapshot/bind,
// AsyncResource scopes and argument errors, propagation through ticks/microtasks/immediates.
const { AsyncLocalStorage, AsyncResource, executionAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const out = [];
const p = (...a) => out.push(a.map(String).join(' '));
// run restores after a throw
try { als.run('a', () => { throw new Error('x'); }); } catch (e) { p('caught', e.message, als.getStore()); }
// nested run
als.run('outer', () => { als.run('inner', () => p('inner', als.getStore())); p('outer', als.getStore()); });
// disable then run again re-enables
als.run('s1', () => {
  als.disable();
  p('after disable', als.getStore());
  als.run('s2', () => p('re-run', als.getStore()));
  p('after re-run', als.getStore());
});
// run with the same store while disabled does not enable
const als2 = new AsyncLocalStorage();
als2.run(undefined, () => p('undefined store', als2.getStore()));
// exit inside run, async inside exit
als.run('e', () => {
  als.exit(() => {
    p('in exit', als.getStore());
    process.nextTick(() => p('tick from exit', als.getStore()));
  });
  p('after exit', als.getStore());
});
// thenables and await
const thenable = { then(r) { r(als.getStore()); } };
als.run('t', async () => {
  const v = await thenable;
  p('thenable', v, als.getStore());
  await new Promise((r) => setTimeout(r, 5));
  p('after timer await', als.getStore());
});
// enterWith in an async function leaks only within that function's continuation
async function f() { als.enterWith('entered'); await null; return als.getStore(); }
als.run('base', () => {
  f().then((v) => p('enterWith continuation', v, als.getStore()));
});
// snapshot / bind / AsyncResource
const snap = als.run(123, () => AsyncLocalStorage.snapshot());
p('snapshot', als.run(321, () => snap(() => als.getStore())));
p('snapshot args', snap((a, b) => a + b, 1, 2));
const bound = als.run('bound', () => AsyncLocalStorage.bind(function (x) { return [als.getStore(), x, this && this.tag]; }));
p('bind', bound.call({ tag: 'T' }, 5));
const res = als.run('res', () => new AsyncResource('Thing'));
p('resource', res.runInAsyncScope(function (a) { return [als.getStore(), this.k, a]; }, { k: 'K' }, 9));
p('resource bind', res.bind(() => als.getStore())(), res.bind(function () { return this; }, 'thisArg')());
p('types', typeof res.asyncId(), typeof res.triggerAsyncId(), typeof executionAsyncId());
for (const bad of [() => new AsyncResource(1), () => AsyncLocalStorage.bind(1), () => res.bind(null), () => new AsyncResource('x', { triggerAsyncId: -2 })]) {
  try { bad(); p('no throw'); } catch (e) { p(e.name, e.code, e.message); }
}
// EventEmitter listeners run in the emitter's caller context
const EventEmitter = require('events');
const ee = new EventEmitter();
ee.on('x', () => p('emit', als.getStore()));
als.run('emitter', () => ee.emit('x'));
// queueMicrotask / nextTick / setImmediate keep the store
als.run('q', () => {
  queueMicrotask(() => p('microtask', als.getStore()));
  process.nextTick(() => p('tick', als.getStore()));
  setImmediate(() => p('immediate', als.getStore()));
});
setTimeout(() => { console.log(out.join('\n')); }, 30);
