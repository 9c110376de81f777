// The global object's own enumerable keys in node's order, and the shape of global, crypto and the timers.
console.log(Object.keys(globalThis).join(','));
for (const k of ['global', 'crypto', 'setTimeout', 'queueMicrotask']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, Object.keys(d).join('/'), d.enumerable, d.configurable, 'set' in d ? typeof d.set : d.writable);
}
const before = globalThis.crypto; globalThis.crypto = 1; console.log(globalThis.crypto === before);
