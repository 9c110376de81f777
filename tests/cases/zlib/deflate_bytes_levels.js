// deflateSync/gzipSync/deflateRawSync output bytes equal node's (Chromium zlib) at every level
// and strategy, for text, JSON, binary, random, repetitive and tiny inputs (md5 + length).
const zlib = require('zlib');
const crypto = require('crypto');
let seed = 99;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const words = 'the of and to in is was for on that with as by at from it be this are or an'.split(' ');
const text = (n) => { let s = ''; while (s.length < n) s += words[Math.floor(rnd() * words.length)] + (rnd() < 0.08 ? '.\n' : ' '); return s.slice(0, n); };
const inputs = {
  empty: Buffer.alloc(0),
  one: Buffer.from('x'),
  four: Buffer.from('abab'),
  hello: Buffer.from('hello world '.repeat(100)),
  fox: Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(20)),
  json: Buffer.from(JSON.stringify(Array.from({ length: 80 }, (_, i) => ({ id: i, name: 'n' + (i * 7 % 13), ok: i % 3 === 0 })))),
  text: Buffer.from(text(40000)),
  random: Buffer.from(Array.from({ length: 3000 }, () => Math.floor(rnd() * 256))),
  runs: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i >> 6) % 5 === 0 ? Math.floor(rnd() * 256) : 65 + ((i >> 9) % 3))),
};
const md5 = (b) => crypto.createHash('md5').update(b).digest('hex').slice(0, 12);
for (const [name, input] of Object.entries(inputs)) {
  const row = [];
  for (let level = -1; level <= 9; level++) {
    for (let strategy = 0; strategy <= 4; strategy++) {
      const out = zlib.deflateRawSync(input, { level, strategy });
      row.push(`${level}/${strategy}:${out.length}:${md5(out)}`);
      if (zlib.inflateRawSync(out).compare(input) !== 0) console.log('roundtrip failed', name, level, strategy);
    }
  }
  console.log(name, row.join(' '));
  console.log(name, 'deflate', zlib.deflateSync(input).toString('base64').slice(0, 60), 'gzip', md5(zlib.gzipSync(input, { level: 1 })), md5(zlib.gzipSync(input, { level: 9 })));
}
