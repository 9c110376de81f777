// A timer-driven countdown: setInterval with clearInterval, setTimeout ordering,
// unref/ref/hasRef, refresh, and the timers/promises forms.
const { setTimeout: sleep, setInterval: every } = require('timers/promises');
let n = 3;
const t = setInterval(() => {
  console.log(n > 0 ? n : 'liftoff!');
  if (n-- === 0) {
    clearInterval(t);
    next();
  }
}, 5);
console.log(typeof t, t.hasRef(), typeof t[Symbol.toPrimitive]);
async function next() {
  const u = setTimeout(() => console.log('never'), 100000);
  u.unref();
  console.log('unref', u.hasRef());
  console.log(await sleep(5, 'slept'));
  let i = 0;
  for await (const v of every(5, 'tick')) {
    console.log(v, ++i);
    if (i === 3) break;
  }
  setTimeout(() => console.log('b'), 15);
  setTimeout(() => console.log('a'), 1);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('micro'));
}
