// Corrupt Brotli input (random bytes, and a libbrotli-made stream with bytes changed): each gives
// libbrotli's result, the same error code/errno or the same decoded prefix.
const zlib = require('zlib');
let x = 7; const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
const base = Buffer.from('GywBABwFbutBxPp0CiVqzlmKUG2BQOtS3YWih1qDWCxdbnDAXpYGeYAB8kS0x9iZkiMZuGpxiL7YYrzQkRWWx+3i5yYbSwkAHc70N8l4JSc49Hk2PvlAV8/7uNDs5SrQxrId1/ODkFcs2rDYSUTeKfQD', 'base64');
const out = [];
for (let i = 0; i < 400; i++) {
  let b;
  if (i < 200) { b = Buffer.alloc(1 + Math.floor(rnd() * 20)); for (let j = 0; j < b.length; j++) b[j] = Math.floor(rnd() * 256); }
  else { b = Buffer.from(base); const n = 1 + Math.floor(rnd() * 3); for (let k = 0; k < n; k++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256); }
  try { const r = zlib.brotliDecompressSync(b); out.push(`${i} ok ${r.length} ${r.toString('hex').slice(0, 16)}`); } catch (e) { out.push(`${i} ${e.code} ${e.errno}`); }
}
console.log(out.join('\n'));
