// process.exit() while a top-level await is pending ends with its own code, as node's does:
// it removes the entry's unsettled-await check (exit code 13), which a plain end still runs.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('start');
setTimeout(() => process.exit(), 1);
await new Promise(() => {});
