// Compressed bytes equal node's for memLevel 1-9 (hash and symbol buffer sizes) and windowBits
// 8-15, on inputs larger than the window (the window slides), at fast and lazy levels.
const zlib = require('zlib');
const crypto = require('crypto');
let seed = 5;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma'.split(' ');
let s = '';
while (s.length < 120000) s += words[Math.floor(rnd() * words.length)] + (rnd() < 0.05 ? '\n' : ' ') + (rnd() < 0.02 ? Math.floor(rnd() * 1e6) : '');
const big = Buffer.from(s.slice(0, 120000));
const bin = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i % 300 < 200 ? (i * 31) & 255 : Math.floor(rnd() * 8))));
const md5 = (b) => crypto.createHash('md5').update(b).digest('hex').slice(0, 12);
for (const [name, input] of [['text', big], ['bin', bin]]) {
  for (const level of [1, 3, 4, 6, 9]) {
    const row = [];
    for (let memLevel = 1; memLevel <= 9; memLevel++) {
      const out = zlib.deflateSync(input, { level, memLevel });
      row.push(`m${memLevel}:${out.length}:${md5(out)}`);
    }
    for (let windowBits = 8; windowBits <= 15; windowBits++) {
      const out = zlib.deflateSync(input, { level, windowBits });
      row.push(`w${windowBits}:${out.length}:${md5(out)}`);
      if (zlib.inflateSync(out).compare(input) !== 0) console.log('roundtrip failed', level, windowBits);
    }
    console.log(name, level, row.join(' '));
  }
  console.log(name, 'filtered+small', md5(zlib.deflateRawSync(input, { level: 7, strategy: 1, memLevel: 2, windowBits: 10 })));
}
