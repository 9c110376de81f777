// After an uncaught error that an 'uncaughtException' listener handles, the nextTicks and
// microtasks the failed callback queued run after the next callback of the loop, as in node:
// for timers, immediates and the main script's own ticks.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.on('exit', (c) => console.log('exit', c));
process.nextTick(() => { throw new Error('tick1'); });
process.nextTick(() => console.log('tick2'));
queueMicrotask(() => console.log('micro'));
setTimeout(() => { process.nextTick(() => console.log('tick from t1')); throw new Error('t1'); }, 1);
setTimeout(() => {
  console.log('t2');
  setImmediate(() => {
    process.nextTick(() => console.log('tick from i1'));
    Promise.resolve().then(() => console.log('micro from i1'));
    throw new Error('i1');
  });
  setImmediate(() => console.log('i2'));
}, 1);
// (The timers are due when the loop starts.)
const end = Date.now() + 5;
while (Date.now() < end);
