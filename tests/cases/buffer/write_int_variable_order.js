// writeUIntLE/writeIntBE...: the value's range is checked before the offset, and an omitted
// offset is an error (not 0), as in node; readUIntLE checks the offset first.
function show(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const b = Buffer.alloc(8);
show('value out of range, no offset', () => b.writeUIntLE(-1, undefined, 2));
show('in range, no offset', () => b.writeUIntBE(5, undefined, 3));
show('signed out of range, no offset', () => b.writeIntLE(2 ** 40, undefined, 2));
show('1 byte, no offset', () => b.writeUIntLE(300, undefined, 1));
show('bad byteLength', () => b.writeIntBE(2 ** 60, 0, 7));
show('string byteLength', () => b.writeUIntLE(1, 0, '2'));
show('read no offset', () => b.readUIntLE(undefined, 9));
show('read bad byteLength', () => b.readIntBE(0, 0));
show('ok', () => [b.writeIntLE(-0x123456, 1, 3), b.readIntLE(1, 3), b.toString('hex')]);
show('fixed width default offset', () => [b.writeUInt16BE(0xabcd), b.writeInt32LE(-2, undefined), b.toString('hex')]);
