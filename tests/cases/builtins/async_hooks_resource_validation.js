// AsyncResource's constructor checks as node 20: opts null reads its triggerAsyncId, a numeric
// string is not an id, and an empty type is refused only while a hook is enabled.
const { AsyncResource, createHook } = require('async_hooks');
const show = (fn) => { try { console.log('ok', fn()); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => new AsyncResource('').asyncId() > 0);
show(() => new AsyncResource('t', null));
show(() => new AsyncResource('t', '5').triggerAsyncId());
show(() => new AsyncResource('t', { triggerAsyncId: 'a' }));
show(() => new AsyncResource('t', -2));
show(() => new AsyncResource('t', -1).triggerAsyncId());
show(() => new AsyncResource('t', { triggerAsyncId: 7 }).triggerAsyncId());
const hook = createHook({ init() {} }).enable();
show(() => new AsyncResource(''));
hook.disable();
show(() => new AsyncResource('').asyncId() > 0);
