// fill with one-byte and multi-byte patterns over whole and partial ranges (the pattern stays in
// phase with the range start), and copy between distinct buffers, overlapping views of one store,
// pooled slices, a Uint8Array view and a SharedArrayBuffer-backed buffer.
const show = (b) => b.toString('hex');
console.log(show(Buffer.alloc(10, 'abc')), show(Buffer.alloc(7, 'aabbcc', 'hex')), show(Buffer.alloc(9, 'é', 'utf16le')));
console.log(show(Buffer.alloc(8).fill(0x101)), show(Buffer.alloc(8).fill('xy', 3)), show(Buffer.alloc(8).fill('xyz', 1, 6)));
console.log(show(Buffer.alloc(11).fill(Buffer.from([1, 2, 3, 4]), 2, 10)), show(Buffer.alloc(5).fill('')), show(Buffer.alloc(3).fill('abcdef')));
const big = Buffer.alloc(70000, 'pq'); console.log(big.length, big[0], big[1], big[69998], big[69999], big.indexOf('qq'));
const big3 = Buffer.alloc(65537, 'abc'); console.log(big3.toString('latin1', 65530), big3.lastIndexOf('abc'));
const src = Buffer.from('0123456789');
const dst = Buffer.alloc(12, '.');
console.log(src.copy(dst, 2, 3, 8), dst.toString(), src.copy(dst, 10), dst.toString(), src.copy(dst, 0, 8, 100), dst.toString());
const same = Buffer.from('abcdefghij');
console.log(same.copy(same, 2, 0, 6), same.toString(), same.copy(same, 0, 4), same.toString());
const pool = Buffer.from('pooled-aPOOLED-B'); const a = pool.subarray(0, 8), b = pool.subarray(8);
console.log(a.copy(b, 0, 0, 6), b.toString(), a.toString(), b.copy(a, 1, 6), pool.toString());
const u8 = new Uint8Array(new ArrayBuffer(10), 3, 5);
console.log(Buffer.from('HELLO!').copy(u8), Buffer.from(u8.buffer).toString('hex'));
const shared = Buffer.from(new SharedArrayBuffer(6));
console.log(Buffer.from('shared').copy(shared, 1), shared.toString('latin1'), Buffer.from('xy').copy(shared, 0, 0), shared.toString('latin1'));
console.log(src.copy(dst, 20), src.copy(dst, 0, 5, 5), Buffer.alloc(0).copy(dst));
