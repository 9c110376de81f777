// unhandledRejection is emitted in the async context the promise was rejected in.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
process.on('unhandledRejection', (e) => console.log('store in handler:', als.getStore(), e.message));
als.run('A', () => { Promise.reject(new Error('from A')); });
als.run('B', () => { setTimeout(() => Promise.reject(new Error('from B timer')), 5); });
als.run('C', async () => { await null; throw new Error('from C async'); });
Promise.reject(new Error('outside'));
setTimeout(() => console.log('after', als.getStore()), 20);
