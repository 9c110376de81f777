// URL.createObjectURL/revokeObjectURL are plain functions (node's installObjectURLMethods), so
// they have a prototype, unlike the static methods parse/canParse; the statics keep node's order.
console.log(Object.getOwnPropertyNames(URL).join(), Object.keys(URL).join());
for (const n of ['createObjectURL', 'revokeObjectURL', 'parse', 'canParse']) {
  const f = URL[n];
  const d = Object.getOwnPropertyDescriptor(URL, n);
  console.log(n, f.name, f.length, Object.hasOwn(f, 'prototype'), d.writable, d.enumerable, d.configurable);
}
const { Blob, resolveObjectURL } = require('buffer');
const id = URL.createObjectURL(new Blob(['hi']));
console.log(id.startsWith('blob:nodedata:'), resolveObjectURL(id).size);
URL.revokeObjectURL(id);
console.log(resolveObjectURL(id));
try { URL.createObjectURL('x'); } catch (e) { console.log(e.code); }
