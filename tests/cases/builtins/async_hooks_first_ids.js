// The main script runs as async id 1 and the first resource made (before any I/O) gets 2.
const { AsyncResource, executionAsyncId, triggerAsyncId } = require('async_hooks');
const a = new AsyncResource('first');
const b = new AsyncResource('second', { triggerAsyncId: a.asyncId() });
const ids = [executionAsyncId(), triggerAsyncId(), a.asyncId(), a.triggerAsyncId(), b.asyncId(), b.triggerAsyncId()];
console.log(ids);
