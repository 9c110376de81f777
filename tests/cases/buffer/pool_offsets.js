// Small Buffers from allocUnsafe, from(string), from(array) and concat are views on node's shared
// 8 KiB pool (8-aligned offsets, the first at 8); alloc, allocUnsafeSlow, large sizes and a
// changed Buffer.poolSize are not; a transfer list naming the pool copies it.
const a = Buffer.from('a');
console.log(a.byteOffset, a.buffer.byteLength, Buffer.from('ab').byteOffset, Buffer.allocUnsafe(3).byteOffset, Buffer.from([1]).byteOffset);
console.log(Buffer.from('abc').byteOffset, Buffer.concat([Buffer.from('a'), Buffer.from('b')]).byteOffset, Buffer.alloc(3).byteOffset,
  Buffer.allocUnsafeSlow(3).buffer.byteLength, Buffer.from('x'.repeat(4095)).byteOffset, Buffer.from('x'.repeat(4096)).buffer.byteLength);
console.log(Buffer.from('aGVsbG8gd29ybGQ=', 'base64').byteOffset, Buffer.from('€'.repeat(2000)).byteOffset, Buffer.from('').buffer.byteLength,
  Buffer.from('ffee', 'hex').byteOffset, Buffer.from('hi', 'utf16le').byteOffset, Buffer.concat([Buffer.from('a')], 5));
const big = Buffer.allocUnsafe(4000);
console.log(big.byteOffset, Buffer.allocUnsafe(4000).byteOffset, Buffer.allocUnsafe(300).byteOffset, Buffer.allocUnsafe(0).buffer.byteLength);
Buffer.poolSize = 100;
console.log(Buffer.from('x'.repeat(60)).byteOffset, Buffer.from('x'.repeat(40)).byteOffset, Buffer.from('y').buffer.byteLength, Buffer.from('zz').byteOffset);
Buffer.poolSize = 8192;
const s = Buffer.from('hello');
console.log(new Uint8Array(s.buffer, s.byteOffset, s.length), s.buffer.byteLength, new Uint8Array(s.buffer).length);
console.log(s.buffer.slice(s.byteOffset, s.byteOffset + s.length), Buffer.from(s.buffer, s.byteOffset, s.length).toString());
const c = structuredClone(s, { transfer: [s.buffer] });
console.log(c, s.buffer.byteLength, s.toString(), Buffer.from('after').toString(), Buffer.from('q').buffer === s.buffer);
