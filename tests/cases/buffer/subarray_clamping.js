// buf.subarray / buf.slice clamp their range as node (negative from the end, NaN 0, fractions
// truncated, past the end clamped), on views with an offset too, and share memory.
const base = Buffer.from('0123456789abcdef');
const view = base.subarray(3, 13);
const ranges = [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [NaN, 4], [1.7, 4.9], [-1.5], [0, Infinity], [-Infinity, 3],
  [20], [0, 20], [-20, 2], ['2', '5'], [undefined, 4], [null, 3], [{}, 2]];
for (const r of ranges) {
  const a = view.subarray(...r);
  const b = view.slice(...r);
  console.log(JSON.stringify(r), a.toString(), b.toString(), a.byteOffset - view.byteOffset, Buffer.isBuffer(a), a.buffer === base.buffer);
}
const s = base.subarray(1, 3);
s[0] = 0x41;
console.log(base.toString(), s.toString());
console.log(Buffer.prototype.subarray.call(new Uint8Array([1, 2, 3]), 1).constructor.name);
