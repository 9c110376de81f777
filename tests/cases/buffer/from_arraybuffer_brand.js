// Buffer.from checks an ArrayBuffer by its brand: an object that only inherits from
// ArrayBuffer.prototype is rejected; an array-like with a NaN length is empty.
function AB() {}
Object.setPrototypeOf(AB, ArrayBuffer);
Object.setPrototypeOf(AB.prototype, ArrayBuffer.prototype);
try { Buffer.from(new AB()); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.byteLength(new ArrayBuffer(3)));
try { Buffer.byteLength(new AB()); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.from({ length: NaN }).length, Buffer.from({ length: 2.7, 0: 1, 1: 2 }));
console.log(Buffer.from({ length: '2', 0: 1 }).length, Buffer.from({ length: -1 }).length);
