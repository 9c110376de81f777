// nextTick before promise jobs, both after every callback; timers then immediates.
console.log('main start');
setTimeout(() => {
  console.log('timeout 1');
  process.nextTick(() => console.log('tick in timeout'));
  Promise.resolve().then(() => console.log('micro in timeout'));
  setImmediate(() => console.log('immediate from timeout'));
  setTimeout(() => console.log('timeout from timeout'), 0);
}, 5);
setTimeout(() => console.log('timeout 2'), 60);
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick nested'));
  Promise.resolve().then(() => console.log('micro from tick'));
});
Promise.resolve().then(() => {
  console.log('micro 1');
  process.nextTick(() => console.log('tick from micro'));
});
queueMicrotask(() => console.log('queueMicrotask'));
console.log('main end');
