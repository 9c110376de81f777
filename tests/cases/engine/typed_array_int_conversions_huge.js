// ToInt8/ToUint8/ToInt16/ToUint16 take the number modulo 2^8 / 2^16 at any magnitude (a huge
// number is a multiple of 256), in constructors, fill, element writes and DataView setters.
const values = [1e20, -1e20, 2 ** 40 + 3, -(2 ** 53) - 2, 2 ** 64 + 256 * 7 + 1, 1.5e300, -0.5, 255.9, -129.5];
for (const C of [Uint8Array, Int8Array, Uint16Array, Int16Array, Uint8ClampedArray]) {
  console.log(C.name, Array.from(new C(values)).join(','));
  console.log(C.name, 'fill', Array.from(new C(2).fill(1e20)).join(','), Array.from(new C(1).fill(-3e19)).join(','));
  const a = new C(1);
  a[0] = 2 ** 70 + 5;
  console.log(C.name, 'set', a[0]);
}
const dv = new DataView(new ArrayBuffer(4));
dv.setUint8(0, 1e20); dv.setInt8(1, -1e20); dv.setUint16(2, 2 ** 80 + 0x1234);
console.log(dv.getUint8(0), dv.getInt8(1), dv.getUint16(2).toString(16));
