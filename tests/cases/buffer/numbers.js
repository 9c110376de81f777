// Every integer/float/BigInt read and write, both endiannesses, with node's range errors.
const buf = Buffer.alloc(16);
const show = (f) => { try { console.log(JSON.stringify(String(f()))); } catch (e) { console.log(e.name, e.code, e.message); } };
for (const [name, vals] of [
  ['UInt8', [0, 255, 256, -1, 1.7, NaN, '7']], ['Int8', [-128, 127, 128, -129, -1.5]],
  ['UInt16LE', [0, 65535, 65536, 0x1234]], ['UInt16BE', [0x1234, -1]], ['Int16LE', [-32768, 32767, 32768]], ['Int16BE', [-2, 40000]],
  ['UInt32LE', [0xdeadbeef, 2 ** 32, -1]], ['UInt32BE', [0xdeadbeef, 4294967295]], ['Int32LE', [-(2 ** 31), 2 ** 31]], ['Int32BE', [-5, 2 ** 31 - 1]],
  ['FloatLE', [1.5, -0, NaN, Infinity, 1e40]], ['FloatBE', [3.14159]], ['DoubleLE', [Math.PI, -1e308]], ['DoubleBE', [5e-324]],
]) {
  for (const v of vals) {
    show(() => buf[`write${name}`](v, 1));
    show(() => buf[`read${name}`](1));
  }
  for (const off of [-1, 1.5, 15, 16, '1', undefined, NaN]) show(() => buf[`read${name}`](off));
}
for (const [name, vals] of [['BigUInt64LE', [0n, 2n ** 64n - 1n, 2n ** 64n, -1n]], ['BigUInt64BE', [123456789012345678n]], ['BigInt64LE', [-(2n ** 63n), 2n ** 63n, -1n]], ['BigInt64BE', [-42n]]]) {
  for (const v of vals) { show(() => buf[`write${name}`](v, 2)); show(() => buf[`read${name}`](2)); }
  show(() => buf[`read${name}`](9));
  show(() => buf[`write${name}`](1, 0));
}
for (const bl of [1, 2, 3, 4, 5, 6, 0, 7, 2.5, undefined]) {
  for (const fn of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE']) {
    show(() => buf[`write${fn}`](fn.startsWith('U') ? 2 ** (8 * (bl || 1)) - 3 : -(2 ** (8 * (bl || 1) - 1)) + 1, 3, bl));
    show(() => buf[`read${fn}`](3, bl));
  }
}
show(() => buf.writeUIntLE(2 ** 48, 0, 6));
show(() => buf.writeIntBE(2 ** 47, 0, 6));
show(() => buf.readUIntLE(undefined, 2));
show(() => buf.readUInt32LE(13));
show(() => Buffer.alloc(2).readUInt32LE(0));
show(() => buf.readUint16LE(0) + buf.readUint32BE(0) + buf.readUintLE(0, 3));
console.log(buf);
