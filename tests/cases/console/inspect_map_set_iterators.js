// util.inspect previews what Map and Set iterators have yet to produce (V8's previewEntries):
// keys/values as a list, entries() as [Map Entries] / [Set Entries] pairs, after partial use,
// with maxArrayLength, nested.
const m = new Map([['a', 1], ['b', { x: [1, 2] }]]);
console.log(m.keys(), m.values(), m.entries());
const it = m.keys(); it.next(); console.log(it); it.next(); console.log(it); it.next(); console.log(it);
const s = new Set([1, 'two', [3]]);
console.log(s.values(), s.entries(), s.keys());
console.log(new Map(Array.from({ length: 120 }, (_, i) => [i, i])).keys());
console.log([m.entries()], { it: s.values() });
console.log(require('util').inspect(m.entries(), { maxArrayLength: 1 }));
console.log(m[Symbol.iterator]());
console.log(new Map([[{ a: 1 }, new Map([[1, 2]])]]).entries());
