// process.exit(undefined) clears a code set before (node assigns whatever it is given);
// process.exit() keeps it.
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
process.exitCode = 5;
process.exit(undefined);
