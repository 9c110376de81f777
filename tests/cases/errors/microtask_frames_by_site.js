// The frames below a promise job or a nextTick callback, by where node runs its queues: after
// the main script (V8's checkpoint, or processTicksAndRejections when ticks were queued),
// between two timers of one list (runNextTicks from listOnTimeout), of two lists (from
// processTimers), between two immediates (from processImmediate), and after the last callback
// of a phase (the callback scope: no frame, or processTicksAndRejections after ticks).
const show = (tag) => {
  const frames = new Error('x').stack.split('\n').slice(2).map((l) => l.replace(__filename, 'FILE'));
  console.log(`${tag}\n${frames.join('\n')}`);
};
(async () => { await null; show('main: await'); })();
setTimeout(async () => { await null; show('list A, first: await'); }, 3);
setTimeout(() => { process.nextTick(() => show('list A, second: tick')); Promise.resolve().then(() => show('list A, second: then after tick')); }, 3);
setTimeout(() => { Promise.resolve().then(() => show('list A, last: then')); }, 3);
setTimeout(() => {
  Promise.resolve().then(() => show('list B, only: then'));
  setImmediate(() => { Promise.resolve().then(() => show('immediate 1: then')); });
  setImmediate(() => { process.nextTick(() => show('immediate 2: tick')); });
  setImmediate(() => { process.nextTick(() => {}); Promise.resolve().then(() => show('immediate 3 (last): then after tick')); });
}, 4);
// (Both lists are due when the loop first looks at its timers.)
const until = Date.now() + 30;
while (Date.now() < until);
