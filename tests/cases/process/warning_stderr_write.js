// Warnings are printed through the global console's error(), as node's: a replaced
// process.stderr.write sees them, and console.group indents them.
const seen = [];
const write = process.stderr.write;
process.stderr.write = function (chunk, ...rest) {
  seen.push(String(chunk).replace(/\(node:\d+\)/, '(node:PID)'));
  return true;
};
process.emitWarning('first');
process.nextTick(() => {
  console.group('g');
  process.emitWarning('second', { code: 'X1', detail: 'some detail' });
  process.nextTick(() => {
    console.groupEnd();
    process.stderr.write = write;
    console.log(JSON.stringify(seen, null, 1));
  });
});
// A replaced console.error receives them too (node's writeOut reads the global console's error
// when it writes), also after globalThis.console itself is replaced.
setTimeout(() => {
  const original = console.error;
  console.error = (...a) => process.stdout.write(`error(): ${a.join(' ').replace(/\(node:\d+\)/, '(node:PID)')}\n`);
  process.emitWarning('third');
  setTimeout(() => {
    const c = globalThis.console;
    globalThis.console = { error() { process.stdout.write('replaced console\n'); } };
    process.emitWarning('fourth');
    setTimeout(() => { globalThis.console = c; console.error = original; }, 1);
  }, 1);
}, 5);
