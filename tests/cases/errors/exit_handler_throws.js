// An 'exit' listener that throws: the report of that error, and the exit code is
// process.exitCode when one was set (even 0), else 1. Later listeners do not run.
process.exitCode = 0;
process.on('exit', (code) => {
  console.log('exit event', code, process.exitCode);
  process.exitCode = 3;
  throw new Error('thrown in exit');
});
process.on('exit', () => console.log('not reached'));
console.log('main done');
