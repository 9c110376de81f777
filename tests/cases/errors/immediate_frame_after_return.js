// V8 names a stack's frames when the stack is first read. An error that escapes a setImmediate
// callback unread is read after node's processImmediate cleared `_onImmediate`, so the
// callback's frame is `Immediate.<anonymous>` (a named function: `Immediate.named`); read while
// the callback runs, it is `Immediate._onImmediate`.
const frame = (e) => e.stack.split('\n')[1].replace(/\(.*\)/, '(X)');
process.on('uncaughtException', (e) => console.log(e.message, frame(e)));
setImmediate(() => { const e = new Error('read inside'); void e.stack; throw e; });
setImmediate(function named() { throw new Error('named'); });
setImmediate(() => { throw new TypeError('anonymous'); });
setImmediate((a, b) => { throw new RangeError(`args ${a} ${b}`); }, 1, 2);
setImmediate(() => {
  setImmediate(() => console.log('inside', frame(new Error('live'))));
});
