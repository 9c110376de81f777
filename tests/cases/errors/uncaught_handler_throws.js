// An 'uncaughtException' listener that throws ends the process with code 7 and the report of
// the new error; 'exit' is not emitted.
process.on('exit', (code) => console.log('exit event', code));
process.on('uncaughtException', (err, origin) => {
  console.log('listener', err.message, origin);
  throw new TypeError('thrown by the listener');
});
setTimeout(() => console.log('not reached'), 5);
throw new Error('first');
