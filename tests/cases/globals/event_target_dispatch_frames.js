// A listener that dispatchEvent runs has node's frames below it: [kHybridDispatch],
// EventTarget.dispatchEvent, and for an abort abortSignal; an on<event> handler runs under
// EventTarget.eventHandler. (Only the built-in frames are printed.)
const builtin = (label, err) => console.log(label, err.stack.split('\n').filter((l) => l.includes('(node:')).join('\n'));
const et = new EventTarget();
et.addEventListener('x', function named() { builtin('fn', new Error()); });
et.dispatchEvent(new Event('x'));
const ac = new AbortController();
ac.signal.addEventListener('abort', () => builtin('abort', new Error()));
ac.signal.onabort = () => builtin('onabort', new Error());
ac.abort();
const t = new EventTarget();
t.addEventListener('z', () => { throw new Error('sync listener'); });
process.on('uncaughtException', (e) => builtin('uncaught', e));
t.dispatchEvent(new Event('z'));
