// Promise jobs queued by an 'exit' listener still run (and may set the exit code); timers and
// nextTicks queued there do not.
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timer: never'), 0);
  process.nextTick(() => console.log('tick: never'));
  Promise.resolve().then(() => {
    console.log('microtask');
    process.exitCode = 5;
    Promise.resolve().then(() => console.log('nested microtask'));
  });
  queueMicrotask(() => console.log('queueMicrotask'));
});
console.log('main');
