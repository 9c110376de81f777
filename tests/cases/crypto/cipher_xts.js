// aes-128-xts / aes-256-xts as node 20: each update is one XTS data unit with the cipher's tweak (ciphertext stealing for partial blocks).
const c = require('crypto');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'ERR', e.code, e.message); } };
for (const name of ['aes-128-xts', 'aes-256-xts']) {
  const info = c.getCipherInfo(name);
  t(`${name} info`, () => JSON.stringify(info));
  const key = Buffer.from([...Array(info.keyLength).keys()]);
  const iv = Buffer.alloc(16, 9);
  for (const len of [16, 17, 31, 32, 33, 48, 100]) {
    t(`${name} ${len}`, () => {
      const data = Buffer.from([...Array(len).keys()].map((x) => (x * 13) & 255));
      const e = c.createCipheriv(name, key, iv);
      const ct = e.update(data);
      const again = e.update(data);
      const fin = e.final();
      const d = c.createDecipheriv(name, key, iv);
      return [ct.toString('hex'), again.equals(ct), fin.length, d.update(ct).equals(data)];
    });
  }
  t(`${name} short`, () => c.createCipheriv(name, key, iv).update(Buffer.alloc(15)));
  t(`${name} empty`, () => c.createCipheriv(name, key, iv).update(Buffer.alloc(0)).length);
  t(`${name} dup keys`, () => c.createCipheriv(name, Buffer.alloc(info.keyLength, 1), iv).update(Buffer.alloc(16)).length);
  t(`${name} dup keys decrypt`, () => c.createDecipheriv(name, Buffer.alloc(info.keyLength, 1), iv).update(Buffer.alloc(16)).length);
  t(`${name} bad key`, () => c.createCipheriv(name, key.subarray(1), iv));
  t(`${name} bad iv`, () => c.createCipheriv(name, key, Buffer.alloc(12)));
}
t('aes-192-xts', () => c.getCipherInfo('aes-192-xts'));
