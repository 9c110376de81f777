console.log(typeof global, global === globalThis, typeof globalThis.process);
console.log(typeof structuredClone, typeof queueMicrotask, typeof setImmediate, typeof performance.now());
const te = new TextEncoder(); console.log(te.encode('héllo €'), new TextDecoder().decode(te.encode('héllo €')));
const ac = new AbortController(); ac.signal.addEventListener('abort', () => console.log('aborted', ac.signal.reason.name)); ac.abort();
const et = new EventTarget(); et.addEventListener('ping', (e) => console.log('event', e.type, e instanceof Event)); et.dispatchEvent(new Event('ping'));
const cloned = structuredClone({ a: [1, { b: new Date(0) }], m: new Map([[1, 2]]) });
console.log(cloned.a[1].b instanceof Date, cloned.m.get(1));
console.log(Object.keys(globalThis).includes('console'), typeof require, typeof module, typeof exports, typeof __filename);
console.log(typeof AbortSignal.timeout, typeof CustomEvent, typeof DOMException);
