// The console.error in place at the first warning prints every warning (node's writeOut keeps it),
// even after globalThis.console is replaced.
console.error = (...a) => process.stdout.write(`mine: ${a.join(' ').replace(/\(node:\d+\)/, '(node:PID)')}\n`);
process.emitWarning('w1');
setTimeout(() => {
  globalThis.console = { error() { process.stdout.write('replaced\n'); } };
  process.emitWarning('w2', 'CustomWarning', 'C1');
}, 5);
