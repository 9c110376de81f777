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
