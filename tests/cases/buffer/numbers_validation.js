// Buffer number reads/writes: offsets, byteLengths and values of every kind, their errors, NaN
// payloads, swaps, and the methods' lengths.
const t = (f) => { try { const r = f(); console.log(typeof r === 'bigint' ? r + 'n' : JSON.stringify(r)); } catch (e) { console.log('throw', e.name, e.code, e.message); } };
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
for (const m of ['readUInt8', 'readInt16LE', 'readUInt32BE', 'readFloatLE', 'readDoubleBE', 'readBigInt64LE', 'readBigUInt64BE']) for (const o of [undefined, 0, 1, -1, 2.5, '1', NaN, 9, 10, null, {}, 2 ** 53]) t(() => b[m](o));
for (const m of ['readIntLE', 'readUIntBE']) for (const [o, l] of [[0, 1], [0, 6], [0, 7], [0, 0], [5, 6], ['0', 2], [0, '2'], [0], [undefined, 2], [0.5, 2], [0, 2.5], [-1, 2]]) t(() => b[m](o, l));
const w = Buffer.alloc(8);
for (const [m, v] of [['writeUInt8', 256], ['writeUInt8', -1], ['writeInt8', 128], ['writeInt8', -129], ['writeUInt16LE', 65536], ['writeInt32BE', 2 ** 31], ['writeUInt32LE', -1], ['writeFloatBE', 1e40], ['writeDoubleLE', 'abc'], ['writeBigInt64LE', 2n ** 63n], ['writeBigUInt64BE', -1n], ['writeBigInt64LE', 5], ['writeUInt8', 1.7], ['writeUInt8', '7'], ['writeUInt8', NaN], ['writeInt16LE', Infinity]]) {
  t(() => [w[m](v, 0), [...w]]); }
for (const [v, o, l] of [[1, 0, 7], [2 ** 48, 0, 6], [-(2 ** 47) - 1, 0, 6], [1, 3, 6], [1, 0, 0], [1, '0', 2], [1, 0, '2'], [256, 0, 1]]) { t(() => w.writeUIntLE(v, o, l)); t(() => w.writeIntBE(v, o, l)); }
for (const o of [-1, 8, 7, 1.5, '0', null, undefined, NaN]) t(() => w.writeUInt16BE(1, o));
t(() => Buffer.alloc(4).writeFloatLE(0.1, 0) && [...Buffer.alloc(4)]); t(() => { const x = Buffer.alloc(8); x.writeDoubleBE(-0); return [...x]; });
t(() => b.readUInt8.length); t(() => [b.readIntLE.length, b.writeIntLE.length, b.writeUInt8.length, b.writeBigInt64LE.length, b.readBigInt64LE.length]);
t(() => [Buffer.from([0xff, 0xff, 0xff, 0x7f]).readFloatLE(0), Buffer.from([0, 0, 0xc0, 0x7f]).readFloatBE(0), Buffer.from([0, 0, 0xc0, 0x7f]).readFloatLE(0)]);
t(() => [b.swap16()[0], Buffer.from([1, 2, 3]).swap16()]); t(() => Buffer.from([1, 2, 3, 4, 5, 6]).swap32()); t(() => [...Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()]);
