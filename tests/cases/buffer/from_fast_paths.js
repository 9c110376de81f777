// Buffer.from over arrays and typed arrays: an array whose valueOf gives something else still
// goes through valueOf; subclasses, holes, odd entries, array-likes and views copy as node does.
const show = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
const withValueOf = [1, 2];
withValueOf.valueOf = () => 'xy';
show(() => Buffer.from(withValueOf));
class Arr extends Array {}
show(() => Buffer.from(Arr.from([3, 4, 300])));
show(() => Buffer.from([1, , 'x', '7', 2.9, -1, null, true]));
show(() => Buffer.from([]));
let gets = 0;
show(() => Buffer.from({ get length() { gets++; return 2; }, 0: 9, 1: 8 }));
console.log(gets > 0);
show(() => Buffer.from(new Uint16Array([0x102, 0x304])));
show(() => Buffer.from(new Float64Array([1.5, -1, 256])));
try { Buffer.from(new BigInt64Array([1n])); } catch (e) { console.log(e.name); } // message: engine-bugs/typedarray-set-bigint-message.js
show(() => Buffer.from(new DataView(new ArrayBuffer(3))));
show(() => Buffer.from(Buffer.from('abc').subarray(1)));
show(() => Buffer.from({ length: 2, 0: 5 }));
show(() => Buffer.from({ length: '2', 0: 5 }));
show(() => Buffer.alloc(3, 1));
show(() => Buffer.allocUnsafe(2.5).length);
show(() => Buffer.alloc(NaN));
show(() => Buffer.alloc(-0).length);
show(() => Buffer.allocUnsafe(Infinity));
