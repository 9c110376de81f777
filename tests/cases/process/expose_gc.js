// @cli: --expose-gc expose_gc.js
// --expose-gc defines the global gc() as V8 does (enumerable, not configurable); collecting
// frees what nothing refers to, so heapUsed drops back after a large garbage array.
const d = Object.getOwnPropertyDescriptor(globalThis, 'gc');
console.log(typeof gc, gc.name, gc.length, d.writable, d.enumerable, d.configurable, gc());
gc();
const before = process.memoryUsage().heapUsed;
let junk = []; for (let i = 0; i < 1e5; i++) junk.push({ i, s: 'x' + i });
const grown = process.memoryUsage().heapUsed;
junk = null;
gc();
const after = process.memoryUsage().heapUsed;
console.log(grown - before > 1e6, grown - after > 1e6);
