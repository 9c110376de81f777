// Integer reads and writes of every width and both byte orders, with fractional, negative,
// NaN and boundary values (node truncates toward zero, NaN writes 0).
const values = [0, 1, -1, 1.9, -1.9, NaN, 127, -128, 255, 256, 0x7fff, -0x8000, 0xffff, 0x123456, -0x123456,
  0x7fffffff, -0x80000000, 0xffffffff, 0x1234567890, -0x1234567890, 2 ** 47 - 1, -(2 ** 47)];
const b = Buffer.alloc(8);
for (const width of [1, 2, 3, 4, 5, 6]) {
  for (const order of ['LE', 'BE']) {
    const out = [];
    for (const v of values) {
      let r;
      try {
        b.fill(0xaa);
        const end = b[`writeUInt${order}`](v, 1, width);
        r = `${end}:${b.toString('hex')}:${b[`readUInt${order}`](1, width)}:${b[`readInt${order}`](1, width)}`;
      } catch (e) { r = e.code; }
      try {
        b.fill(0x55);
        b[`writeInt${order}`](v, 1, width);
        r += `|${b.toString('hex')}`;
      } catch (e) { r += `|${e.code}`; }
      out.push(r);
    }
    console.log(width, order, out.join(' '));
  }
}
const c = Buffer.alloc(4);
console.log(c.writeUInt16LE(0xbeef), c.writeUInt16BE(0xcafe, 2), c.toString('hex'), c.readUInt32LE(), c.readInt32BE(), c.readUInt16BE(1), c.readInt8(3));
// the Uint spellings are the very same functions as the UInt ones (node's aliases)
console.log(['readBigUint64LE', 'writeBigUint64LE', 'readBigUint64BE', 'writeBigUint64BE', 'readUint8', 'writeUint32LE', 'readUintBE', 'writeUintLE']
  .map((k) => Buffer.prototype[k] === Buffer.prototype[k.replace('Uint', 'UInt')]).join());
