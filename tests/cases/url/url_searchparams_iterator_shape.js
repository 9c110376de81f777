// URLSearchParams.prototype[Symbol.iterator] is entries, writable and configurable but not
// enumerable (node defines it with ObjectDefineProperties), so for-in and keys skip it.
const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, Symbol.iterator);
console.log(d.value === URLSearchParams.prototype.entries, d.writable, d.enumerable, d.configurable);
const seen = [];
for (const k in new URLSearchParams('a=1')) seen.push(k);
console.log(seen.join());
console.log([...new URLSearchParams('a=1&b=2')].join('|'));
