// 1-bit CFB ciphers (aes-128/192/256-cfb1, des-ede3-cfb1) as node 20: output bytes, streaming in pieces, round trips.
const c = require('crypto');
const data = Buffer.from('CFB1 moves one bit at a time through the register.');
for (const name of ['aes-128-cfb1', 'aes-192-cfb1', 'aes-256-cfb1', 'des-ede3-cfb1']) {
  const { keyLength, ivLength } = c.getCipherInfo(name);
  const key = Buffer.from([...Array(keyLength).keys()].map((x) => x * 7));
  const iv = Buffer.from([...Array(ivLength).keys()].map((x) => 255 - x));
  const e = c.createCipheriv(name, key, iv);
  const ct = Buffer.concat([e.update(data.subarray(0, 3)), e.update(data.subarray(3, 20)), e.update(data.subarray(20)), e.final()]);
  const d = c.createDecipheriv(name, key, iv);
  const pt = Buffer.concat([d.update(ct.subarray(0, 11)), d.update(ct.subarray(11)), d.final()]);
  console.log(name, ct.toString('hex'), pt.equals(data));
}
