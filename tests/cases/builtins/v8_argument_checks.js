// v8's heap snapshot and promise hook APIs check their arguments as node 20 (rjs then has no
// snapshots and never calls promise hooks); a proxy of an array is named [object Array] when it
// cannot be serialized.
const v8 = require('v8');
const tries = {
  'writeHeapSnapshot(null)': () => v8.writeHeapSnapshot(null),
  'writeHeapSnapshot(5)': () => v8.writeHeapSnapshot(5),
  'writeHeapSnapshot(undefined, 5)': () => v8.writeHeapSnapshot(undefined, 5),
  'getHeapSnapshot(null)': () => v8.getHeapSnapshot(null),
  'getHeapSnapshot(5)': () => v8.getHeapSnapshot(5),
  'promiseHooks.createHook({ init: 5 })': () => v8.promiseHooks.createHook({ init: 5 }),
  'promiseHooks.createHook({ settled: "x" })': () => v8.promiseHooks.createHook({ settled: 'x' }),
  'typeof promiseHooks.createHook({})': () => typeof v8.promiseHooks.createHook({}),
  'typeof promiseHooks.onInit(fn)': () => typeof v8.promiseHooks.onInit(() => {}),
  'promiseHooks.onInit(5)': () => v8.promiseHooks.onInit(5),
  'promiseHooks.onBefore()': () => v8.promiseHooks.onBefore(),
  'promiseHooks.onAfter(null)': () => v8.promiseHooks.onAfter(null),
  'promiseHooks.onSettled({})': () => v8.promiseHooks.onSettled({}),
  'serialize(new Proxy([], {}))': () => v8.serialize(new Proxy([], {})),
  'serialize(new Proxy({}, {}))': () => v8.serialize(new Proxy({}, {})),
};
for (const [name, fn] of Object.entries(tries)) {
  try { console.log(name, 'ok', fn()); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
