// createHook: hooks fire for AsyncResource (init, before/after around runInAsyncScope, destroy
// after emitDestroy), executionAsyncId/triggerAsyncId/executionAsyncResource inside its scope.
const ah = require('async_hooks');
const { AsyncResource, createHook, executionAsyncId, triggerAsyncId, executionAsyncResource } = ah;
const events = [];
const mine = new Set();
let base;
const rel = (id) => (typeof id === 'number' && id >= base ? `r+${id - base}` : id);
const hook = createHook({
  init(id, type, trigger, resource) { if (type.startsWith('My')) mine.add(id), events.push(['init', rel(id) === id ? 'probe' : rel(id), type, rel(trigger), resource instanceof AsyncResource, this === hook]); },
  before(id) { if (mine.has(id)) events.push(['before', rel(id), rel(executionAsyncId())]); },
  after(id) { if (mine.has(id)) events.push(['after', rel(id)]); },
  destroy(id) { if (mine.has(id)) events.push(['destroy', rel(id)]); },
});
console.log(hook.enable() === hook, executionAsyncId(), triggerAsyncId(), typeof executionAsyncResource());
const r0 = new AsyncResource('MyProbe');
base = r0.asyncId();
const r1 = new AsyncResource('MyA', { triggerAsyncId: 1 });
const r2 = new AsyncResource('MyB', 1);
const res = r1.runInAsyncScope(function (x) {
  events.push(['inside', rel(executionAsyncId()), rel(triggerAsyncId()), executionAsyncResource() === r1, x]);
  return r2.runInAsyncScope(() => rel(executionAsyncId()));
}, null, 'arg');
console.log(res, rel(executionAsyncId()), executionAsyncResource() === r1);
try { r1.runInAsyncScope(() => { throw new Error('boom'); }); } catch (e) { events.push(['threw', e.message, rel(executionAsyncId())]); }
r1.emitDestroy();
hook.disable();
new AsyncResource('MyAfterDisable');
r2.runInAsyncScope(() => {});
for (const bad of [{ init: 1 }, { before: 'x' }, { destroy: {} }, { promiseResolve: 2 }]) {
  try { createHook(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
setImmediate(() => setImmediate(() => { for (const e of events) console.log(JSON.stringify(e)); }));
hook.enable();
setTimeout(() => hook.disable(), 5);
