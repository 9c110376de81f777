// Buffers over a SharedArrayBuffer work as node's: decoding, inspecting, comparing, searching,
// and the native writers (write, fill, copy, swap) reach the shared memory.
const sab = new SharedArrayBuffer(8);
const b = Buffer.from(sab);
console.log(b, b.length, b.buffer === sab);
console.log(b.write('hi'), b.toString('utf8', 0, 2), b.toString('hex'));
b.fill('z', 2, 4);
console.log(b, new Uint8Array(sab).join());
const c = Buffer.from(sab, 4, 4);
Buffer.from('wxyz').copy(c);
console.log(c.toString(), b.toString('latin1'), b.indexOf('x'), b.includes('zz'), b.equals(Buffer.from(b)), Buffer.compare(b, Buffer.from(b)));
c.swap16();
console.log(c.toString(), b.toJSON().data.join());
b.copy(b, 0, 4, 8);
console.log(b.toString(), JSON.stringify(b.subarray(1, 3).toString()));
console.log(require('util').inspect({ b }), Buffer.byteLength(sab), require('string_decoder').StringDecoder.prototype.write.call(new (require('string_decoder').StringDecoder)(), b));
