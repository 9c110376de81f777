// console.table: map and set iterators are tabulated (without being consumed) under
// "(iteration index)"; a properties argument that is not an array is ERR_INVALID_ARG_TYPE.
const m = new Map([[1, 'one'], [2, { two: 2 }], [3, [3]]]);
console.table(m.entries());
console.table(m.keys());
console.table(m.values());
const it = new Set(['a', 'b']).values();
console.table(it);
console.log([...it]);
const e = m.entries();
e.next();
console.table(e);
console.table(new Set([1, 2]).entries());
for (const bad of [false, 'a', { 0: 'a' }, null]) {
  try {
    console.table([{ a: 1 }], bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.table([{ a: 1, b: 2 }], ['b']);
