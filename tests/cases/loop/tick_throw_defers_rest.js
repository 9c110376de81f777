// A throw from a nextTick goes to 'uncaughtException'; as in node, the ticks and microtasks queued after it wait for the loop's next callback (a due timer, then an immediate), also after the main script.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => { throw new Error('boom'); });
process.nextTick(() => console.log('second tick'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => {
  console.log('timeout');
  process.nextTick(() => { throw new Error('boom2'); });
  process.nextTick(() => console.log('second tick 2'));
  Promise.resolve().then(() => console.log('promise 2'));
  setImmediate(() => console.log('immediate'));
}, 1);
// Both runtimes start their loop with the timer surely due.
const until = Date.now() + 5;
while (Date.now() < until);
