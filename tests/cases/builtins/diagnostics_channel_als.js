// diagnostics_channel: bindStore with an AsyncLocalStorage, the store following async work.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const ch = dc.channel('als');
ch.bindStore(als, (d) => ({ req: d.id }));
ch.runStores({ id: 7 }, () => {
  console.log(als.getStore());
  setTimeout(() => console.log('later', als.getStore()), 1);
});
console.log(als.getStore());
const tc = dc.tracingChannel('x');
tc.start.bindStore(als, (c) => c.n);
tc.tracePromise(async () => { await null; console.log('in promise', als.getStore()); }, { n: 'N' });
const bad = dc.channel('bad-transform');
bad.bindStore(als, () => { throw new Error('transform failed'); });
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
console.log(bad.runStores({}, () => als.getStore()), bad.unbindStore(als), bad.hasSubscribers);
