// process.emitWarning: the forms of its arguments, their validation, and the warning objects
// that reach 'warning' listeners (on the next tick, in order).
process.on('warning', (w) => console.log('event', w.name, JSON.stringify(w.message), w.code, w.detail, w instanceof Error));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed with code', 'CustomWarning', 'CODE1');
process.emitWarning('options', { type: 'T2', code: 'C2', detail: 'some detail' });
process.emitWarning('detail only', { detail: 'd only' });
process.emitWarning('detail not a string', { detail: 5 });
const e = new Error('an error'); e.name = 'MyWarn';
process.emitWarning(e);
process.emitWarning('deprecated', 'DeprecationWarning', 'DEP0999');
process.emitWarning('with ctor', 'T3', function foo() {});
process.emitWarning('code then ctor', 'T3', 'C3', function foo() {});
process.emitWarning('undefined type', undefined, 'C4');
process.emitWarning('', 'Empty');
for (const args of [[42], ['x', 42], ['x', 'T', 42], ['x', { type: 5 }], ['x', { code: 7 }], ['x', null], [{}]]) {
  try { process.emitWarning(...args); } catch (err) { console.log(err.code, err.message); }
}
console.log('sync done', process.listenerCount('warning'));
