// node's Set/Map formatting counts the entries with `value.size` and iterates the value itself,
// so overridden size getters, own [Symbol.iterator] or a foreign prototype change what is
// listed, while the (n) in the prefix is the real size; a null-prototype Set or Map lists all
// its entries through its own iterator.
'use strict';
const util = require('util');
class M extends Map { get size() { return 1; } }
console.log(util.inspect(new M([[1, 2], [3, 4], [5, 6]])));
class S extends Set { get size() { return 2; } }
console.log(util.inspect(new S([1, 2, 3, 4])));
console.log(util.inspect(new S([1, 2, 3, 4]), { maxArrayLength: 1 }));
class Z extends Set { get size() { return -1; } }
console.log(util.inspect(new Z([1, 2])));
class U extends Map { get size() { return undefined; } }
console.log(util.inspect(new U([[1, 2]])));
console.log(util.inspect(Object.setPrototypeOf(new Set([1, 2]), Array.prototype)));
console.log(util.inspect(Object.setPrototypeOf(new Map([[1, 2]]), Array.prototype)));
const own = new Set([1, 2, 3]);
own[Symbol.iterator] = function* gen() { yield 'own'; };
console.log(util.inspect(own));
const sized = new Map([[1, 2]]);
Object.defineProperty(sized, 'size', { value: 0 });
console.log(util.inspect(sized));
const bare = Object.setPrototypeOf(new Set(Array.from({ length: 103 }, (_, i) => i)), null);
console.log(util.inspect(bare).split('\n').slice(-3).join('|'));
console.log(util.inspect(Object.setPrototypeOf(new Map([[1, 2], [3, 4]]), null), { maxArrayLength: 1 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }), util.inspect(new Map([[{ a: 1 }, [1]]])));
