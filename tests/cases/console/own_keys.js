// Object.keys of the global console and of a Console are the methods only, in node order (state is
// non-enumerable); the 3-byte int methods are not on Buffer.prototype; context/createTask exist.
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(typeof b.readUInt24LE, typeof b.readIntBE, b.readUIntLE(0, 3), b.readIntBE(1, 3), b.readUIntBE(2, 6 - 2), b.writeUIntLE(0x123456, 0, 3), b.readInt16LE(0), b.readUInt32BE(4), b.readInt8(7));
console.log(Object.keys(console).join());
const { Console } = require('console');
const c = new Console(process.stdout);
console.log(Object.keys(c).join());
c.log('via instance %d', 5);
console.context('x').log('hidden'); console.log(console.createTask('t').run(() => 7), typeof console.profile);
