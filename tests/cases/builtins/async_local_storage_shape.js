// AsyncLocalStorage and AsyncResource look as node 20's: own kResourceStore/enabled, the
// prototype's methods, ids in symbol slots, and bound functions' names, lengths and their
// (deprecated, accessor) asyncResource property.
process.noDeprecation = true;
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const util = require('util');
const als = new AsyncLocalStorage();
console.log(Object.keys(als), util.inspect(als));
als.run(1, () => {});
console.log(util.inspect(als), Object.getOwnPropertyNames(AsyncLocalStorage.prototype));
als.disable();
console.log(als.enabled, als.getStore());
const r = new AsyncResource('x', { triggerAsyncId: 1 });
console.log(Object.keys(r), Object.getOwnPropertySymbols(r).map(String), r.triggerAsyncId());
const fns = {
  bind: r.bind(function f(a, b) {}),
  bindThis: r.bind(function g(a) {}, {}),
  snapshot: AsyncLocalStorage.snapshot(),
  alsBind: AsyncLocalStorage.bind((a) => a),
  staticBind: AsyncResource.bind(function named() {}),
};
for (const [k, f] of Object.entries(fns)) {
  const d = Object.getOwnPropertyDescriptor(f, 'asyncResource');
  console.log(k, JSON.stringify(f.name), f.length, typeof d.get, typeof d.set, d.enumerable, Object.keys(f),
    f.asyncResource instanceof AsyncResource);
}
const b = r.bind(() => 'called');
b.asyncResource = 5;
console.log(b.asyncResource, b());
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
console.log(snap((x) => [x, als.getStore()], 'arg'));
