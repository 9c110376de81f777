// buf.fill(value) with a value that is not a string, number or view: ToNumber & 255, and a BigInt
// or Symbol throws a TypeError (a BigInt used to fill with its number value).
for (const v of [5n, Symbol('s'), {}, true, null, undefined, '7', [3], 3.9, -1, 257]) {
  try { console.log(Buffer.alloc(2).fill(v)); } catch (e) { console.log(e.name); }
}
