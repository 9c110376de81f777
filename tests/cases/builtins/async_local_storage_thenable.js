// A thenable returned from a reaction (or awaited) runs its then() in the reaction's async context.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('d', () => Promise.resolve().then(() => ({ then(r) { console.log('thenable', als.getStore()); r(); } })));
als.run('e', async () => { await null; console.log('after await', als.getStore()); await { then(r) { console.log('await thenable', als.getStore()); r(); } }; console.log('end', als.getStore()); });
Promise.resolve().then(() => console.log('outside', als.getStore()));
setTimeout(() => console.log('timer', als.getStore()), 1);
