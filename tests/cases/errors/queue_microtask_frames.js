// A queueMicrotask callback's frames: node's runMicrotask frames (task_queues, runInAsyncScope)
// below the callback's, in err.stack and in the error that escapes it.
process.on('uncaughtException', (e, origin) => console.log(origin, e.stack));
queueMicrotask(function named() { console.log(new Error('made in a microtask').stack); });
queueMicrotask(() => { throw new Error('thrown by a microtask'); });
