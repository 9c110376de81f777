// Buffer.from(string) takes its room in the pool as node 20's fromStringFast: 4 bytes per
// character while that is under half the pool (so a pool with 40 bytes left starts a new one
// for a 14-character string), the byte length above that, and a string of half the pool size or
// more gets its own buffer whatever it decodes to.
const out = [];
let prev = null;
for (let i = 0; i < 420; i++) {
  const b = Buffer.from('x'.repeat(i % 37), i % 2 ? 'latin1' : 'utf8');
  if (prev && b.buffer !== prev && b.length) out.push(`new pool at ${i}`);
  if (b.length) prev = b.buffer;
  out.push(b.byteOffset);
}
console.log(out.join(' '));
for (const [s, enc] of [
  ['ab'.repeat(2500), 'hex'], ['ab'.repeat(1500), 'hex'], ['QUJD'.repeat(1100), 'base64'],
  ['QUJD'.repeat(300), 'base64'], ['é'.repeat(1500), 'utf8'], ['é'.repeat(900), 'utf8'],
  ['z'.repeat(1200), 'utf16le'], ['z'.repeat(4096), 'latin1'], ['z'.repeat(4095), 'latin1'],
]) {
  const b = Buffer.from(s, enc);
  console.log(enc, s.length, b.length, b.buffer.byteLength === b.length ? 'own' : 'pooled');
}
