// node reads a typed array's `length` property for the "... more items" count and the element
// formatter, so an own or overriding `length` shows through (node 20 prints BigInt-style
// elements when it is not positive); the size in the prefix is always the real length.
'use strict';
const util = require('util');
const broken = new Float32Array(2);
Object.defineProperty(broken, 'length', { value: -1 });
console.log(util.inspect(broken));
const longer = new Uint8Array(3);
Object.defineProperty(longer, 'length', { value: 5 });
console.log(util.inspect(longer));
class Short extends Uint8Array { get length() { return 1; } }
console.log(util.inspect(new Short(4)));
console.log(util.inspect(new Short(4), { maxArrayLength: 2 }));
console.log(util.inspect(new Uint16Array([1, 2, 3])), util.inspect(new BigInt64Array([5n])));
