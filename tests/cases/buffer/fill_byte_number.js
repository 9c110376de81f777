// fill with a number over the whole buffer (the native memset path): ToUint8 of odd numbers.
for (const v of [0, 1, 255, 256, 257, -1, -129, 3.7, -3.7, NaN, Infinity, -Infinity, 2 ** 32 + 5, 1e20, -0]) {
  console.log(String(v), Buffer.allocUnsafe(3).fill(v));
}
console.log(Buffer.alloc(0).fill(5), Buffer.from('abc').subarray(1).fill(120).toString());
try { Buffer.prototype.fill.call({}, 1); } catch (e) { console.log(e.name); }
