// @stdin: never read\n
// An untouched (or end-only) stdin does not keep the process alive or read anything.
const stdin = process.stdin;
stdin.on('end', () => console.log('end should not fire'));
setTimeout(() => console.log('timer ran', stdin.readableFlowing, stdin.readableLength), 5);
process.on('exit', () => console.log('exit'));
