// Buffer inspection lists extra own keys as node's getOwnNonIndexProperties does: enumerable names
// and symbols (all of them with showHidden), with INSPECT_MAX_BYTES truncation.
const buffer = require('buffer');
const util = require('util');
const b = Buffer.from('abcdefghij');
b.extra = 1;
b[Symbol('s')] = 2;
Object.defineProperty(b, Symbol('hidden'), { value: 3, enumerable: false });
Object.defineProperty(b, 'hiddenName', { value: 4, enumerable: false });
console.log(util.inspect(b));
console.log(util.inspect(b, { showHidden: true }));
buffer.INSPECT_MAX_BYTES = 3;
console.log(util.inspect(b), util.inspect(Buffer.alloc(4)), util.inspect(Buffer.alloc(3)));
for (const v of [-1, 'x', NaN]) { try { buffer.INSPECT_MAX_BYTES = v; console.log('ok', buffer.INSPECT_MAX_BYTES); } catch (e) { console.log(e.name, e.code, e.message); } }
buffer.INSPECT_MAX_BYTES = 50;
console.log(util.inspect({ nested: b }, { depth: 0 }), util.inspect([Buffer.alloc(0)]));
