// A throw from an 'exit' listener at the natural end goes to 'uncaughtException' listeners; the
// remaining 'exit' listeners do not run and the exit code stays as it was.
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });
process.on('exit', (c) => console.log('second exit listener', c));
