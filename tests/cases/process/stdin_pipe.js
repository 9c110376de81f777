// @stdin: piped through\nto stdout\n
// stdin piped into stdout; stdout is not ended by the pipe.
process.stdin.pipe(process.stdout);
process.stdin.on('end', () => setImmediate(() => console.log('done, stdout ended:', process.stdout.writableEnded)));
