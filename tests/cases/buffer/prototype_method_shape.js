// Buffer.prototype methods are shaped as node's: JS ones are named, constructible functions
// (so `new buf.lastIndexOf()` reaches its argument check); the raw <enc>Slice/<enc>Write ones are
// named, length 0, enumerable and not constructible; parent/offset are non-configurable getters.
const p = Buffer.prototype;
for (const k of ['fill', 'indexOf', 'lastIndexOf', 'includes', 'toJSON', 'slice', 'subarray', 'swap16', 'swap64', 'inspect']) {
  const d = Object.getOwnPropertyDescriptor(p, k);
  console.log(k, d.value.name, d.value.length, 'prototype' in d.value, d.enumerable);
}
for (const k of ['utf8Slice', 'hexWrite', 'ucs2Slice', 'latin1Write']) {
  const d = Object.getOwnPropertyDescriptor(p, k);
  console.log(k, d.value.name, d.value.length, 'prototype' in d.value, d.enumerable);
}
const custom = Object.getOwnPropertyDescriptor(p, Symbol.for('nodejs.util.inspect.custom'));
console.log(custom.value.name, custom.enumerable, custom.value === p.inspect);
for (const k of ['parent', 'offset']) console.log(k, Object.getOwnPropertyDescriptor(p, k).configurable);
for (const f of ['indexOf', 'lastIndexOf', 'includes']) {
  try { new p[f](1, 'str'); } catch (e) { console.log(e.code, e.message); }
}
console.log(Buffer.from('hello').slice(1, 3).toString(), Buffer.from('hi').utf8Slice(0, 1));
