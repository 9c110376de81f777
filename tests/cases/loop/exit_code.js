process.exitCode = 3;
process.on('exit', (c) => console.log('exit with', c));
setTimeout(() => console.log('still runs'), 1);
