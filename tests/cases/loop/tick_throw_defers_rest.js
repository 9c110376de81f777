// A throw from a nextTick goes to 'uncaughtException'; as in node, the ticks and microtasks queued after it wait for the loop's next callback (here a timer), also after the main script.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => { throw new Error('boom'); });
process.nextTick(() => console.log('second tick'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timeout'), 0);
setTimeout(() => {
  process.nextTick(() => { throw new Error('boom2'); });
  process.nextTick(() => console.log('second tick'));
  Promise.resolve().then(() => console.log('promise'));
  setImmediate(() => console.log('immediate'));
}, 1);
setTimeout(() => console.log('timeout2'), 1);
