// 'uncaughtExceptionMonitor' runs before 'uncaughtException'; a monitor that throws is fatal
// with code 7 as well.
process.on('exit', (code) => console.log('exit event', code));
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor', err.message, origin);
  if (err.message === 'second') throw new RangeError('monitor failed');
});
process.on('uncaughtException', (err) => console.log('handled', err.message));
setTimeout(() => { throw new Error('second'); }, 1);
throw new Error('first');
