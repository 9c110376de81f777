// Buffer.concat output sizing: total length shorter/longer than the parts, zero, fractional, shared memory parts.
const a = Buffer.from('abc'), b = Buffer.from('defg');
console.log(Buffer.concat([a, b]), Buffer.concat([a, b], 5), Buffer.concat([a, b], 10), Buffer.concat([a, b], 0), Buffer.concat([]), Buffer.concat([a], 2));
console.log(Buffer.concat([new Uint8Array([1, 2]), a.subarray(1)]), Buffer.concat([a, b], 3.5));
const sab = new Uint8Array(new SharedArrayBuffer(3)); sab[0] = 9; console.log(Buffer.concat([sab, a]));
try { Buffer.concat([a, 'x']); } catch (e) { console.log(e.code, e.message); }
try { Buffer.concat([a], -1); } catch (e) { console.log(e.code, e.message); }
