// URLSearchParams iterators keep their state hidden (node: private #state): next() on anything but
// such an iterator (undefined, a primitive, a look-alike object) is ERR_INVALID_THIS.
const it = new URLSearchParams('a=1').keys();
console.log(Object.getOwnPropertyNames(it), Object.getOwnPropertySymbols(it).length);
for (const r of [undefined, null, 1, {}, { state: { target: {}, index: 0 } }]) {
  try { it.next.call(r); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
}
