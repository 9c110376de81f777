// After an uncaught error that an 'uncaughtException' listener handles, the nextTicks and
// microtasks the failed timer or immediate queued run after the loop's next callback, as in
// node.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.on('exit', (c) => console.log('exit', c));
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
