// run(), exit() and runInAsyncScope() nested a thousand deep (node's deep-stack tests).
const { AsyncLocalStorage, AsyncResource, executionAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
function run(n) { return n === 0 ? als.getStore() : als.run({ n }, run, n - 1); }
console.log('run', run(1000));
function exit(n) { return n === 0 ? als.getStore() : als.run(n, () => als.exit(exit, n - 1)); }
console.log('exit', exit(500));
let ok = true;
function scope(n) {
  const r = new AsyncResource('deep');
  r.runInAsyncScope(() => {
    if (n > 0) scope(n - 1);
    ok = ok && r.asyncId() === executionAsyncId();
  });
}
scope(1000);
console.log('runInAsyncScope', ok);
console.log('sloppy this is global', als.run(1, function () { return this === globalThis; }));
