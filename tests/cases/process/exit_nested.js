// process.exit() inside an 'exit' listener ends the process at once with the new code; the
// remaining listeners do not run and 'exit' is not emitted again.
process.on('exit', (code) => { console.log('first', code); process.exit(5); console.log('after'); });
process.on('exit', (code) => console.log('second', code));
process.exit(3);
