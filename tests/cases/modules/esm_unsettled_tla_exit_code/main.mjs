// An unsettled top-level await keeps an exit code the script set (node: exitCode ??= 13);
// node's listener stays while the evaluation is pending.
console.log(process.listeners('exit').length);
await null;
console.log(process.listeners('exit').length);
process.exitCode = 3;
await new Promise(() => {});
