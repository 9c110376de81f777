// An uncaught error sets process.exitCode to 1 before 'exit'; an 'exit' listener may change the
// code the process ends with, and one that throws then is ignored.
process.exitCode = 6;
process.on('exit', (code) => {
  console.log('exit event', code, process.exitCode);
  process.exitCode = 9;
  throw new Error('ignored');
});
setTimeout(() => { throw new Error('from a timer'); }, 1);
