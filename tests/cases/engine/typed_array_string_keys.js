// String keys on typed arrays: canonical numeric strings are integer-indexed (never ordinary
// properties), every other string is an ordinary property.
const u = new Uint8Array([10, 20, 30]);
const keys = ['0', '1', '2', '3', '-0', '-1', '1.5', 'NaN', 'Infinity', '-Infinity', '1e21', '1e+21',
  '01', '+1', ' 1', '', 'length', 'foo', 'N', 'I', '-', '0x1', '4294967295', '-NaN', 'Inf'];
for (const k of keys) {
  const before = u[k];
  u[k] = 99;
  console.log(JSON.stringify(k), String(before), String(u[k]), k in u, Object.hasOwn(u, k),
    JSON.stringify(Object.getOwnPropertyDescriptor(u, k)));
}
console.log(Object.keys(u).join(), u.length, Array.from(u).join());
const b = Buffer.from('abcd');
let s = 0;
for (let i = 0; i < b.length; i++) s += b.readUInt8(i);
console.log(s, b.length, typeof b.readUInt32LE, b.byteOffset >= 0);
