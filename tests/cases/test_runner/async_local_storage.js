// A test runs in the async context it was declared in (node's Test is an AsyncResource): a store
// entered at top level is visible in the test, and AsyncLocalStorage.run inside a test reaches
// its timers and awaits.
// @normalize: duration_ms:? [\d.]+
const { test } = require('node:test');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
test('als in test', async () => {
  await als.run({ id: 1 }, async () => {
    await new Promise((r) => setTimeout(r, 1));
    console.log('store', als.getStore());
    setTimeout(() => console.log('timer store', als.getStore()), 1);
    await new Promise((r) => setTimeout(r, 5));
  });
  console.log('outside', als.getStore());
});
als.enterWith({ top: true });
test('enterWith at top', () => { console.log('top store', als.getStore()); });
