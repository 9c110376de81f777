// SHA-3, SHAKE (outputLength), RIPEMD-160, BLAKE2, SM3, md5-sha1 and OpenSSL's aliases; their
// HMACs; getHashes(); crypto.hash(); algorithms OpenSSL 3 only has in its legacy provider.
const crypto = require('crypto');
const inputs = ['', 'abc', 'héllo wörld', 'x'.repeat(300)];
for (const alg of ['sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'ripemd160', 'blake2b512', 'blake2s256', 'sm3', 'md5-sha1', 'sha512-224', 'sha512-256']) {
  for (const input of inputs) console.log(alg, crypto.createHash(alg).update(input).digest('hex'));
  console.log(alg, 'split', crypto.createHash(alg).update('a').update('b').digest('base64'));
  if (!alg.startsWith('shake')) {
    console.log(alg, 'hmac', crypto.createHmac(alg, 'key').update('data').digest('hex'));
    console.log(alg, 'hmac long key', crypto.createHmac(alg, Buffer.alloc(200, 7)).update('data').digest('hex'));
  }
}
for (const n of [0, 1, 16, 33, 100]) {
  console.log('shake128', n, crypto.createHash('shake128', { outputLength: n }).update('xof').digest('hex'));
  console.log('shake256', n, crypto.createHash('shake256', { outputLength: n }).update('xof').digest('hex'));
}
const sh = crypto.createHash('shake256', { outputLength: 10 }).update('abc');
console.log('shake copy', sh.copy().digest('hex'), sh.copy({ outputLength: 3 }).digest('hex'), sh.digest('hex'));
const aliases = ['SHA-256', 'sha2-256', 'SHA256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'SHA3-256', 'RSA-SHA3-256',
  'id-rsassa-pkcs1-v1_5-with-sha3-256', 'RIPEMD160', 'ripemd', 'rmd160', 'ripemd-160', 'RSA-RIPEMD160', 'ripemd160WithRSA',
  'RSA-SHA512/224', 'sha-512/256', 'SHA512-224', 'sha512-224WithRSAEncryption', 'BLAKE2B512', 'RSA-SM3',
  'sm3WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1', 'RSA-SHA1-2', 'sha-1', 'md5WithRSAEncryption', 'SHAKE-128', 'sha2-512/224'];
for (const a of aliases) console.log(a, crypto.createHash(a).update('abc').digest('hex'));
const show = (label, f) => {
  try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); }
};
for (const a of ['sha512/224', 'blake2b', 'md2', 'sha', 'md4', 'RSA-MD4', 'whirlpool', 'mdc2']) {
  show(`hash ${a}`, () => crypto.createHash(a));
  show(`hmac ${a}`, () => crypto.createHmac(a, 'k'));
  show(`pbkdf2 ${a}`, () => crypto.pbkdf2Sync('p', 's', 1, 4, a));
}
show('sha256 outputLength 10', () => crypto.createHash('sha256', { outputLength: 10 }));
show('sha256 outputLength 32', () => crypto.createHash('sha256', { outputLength: 32 }).update('a').digest('hex'));
show('outputLength -1', () => crypto.createHash('shake128', { outputLength: -1 }));
show('outputLength str', () => crypto.createHash('shake128', { outputLength: '8' }));
show('hmac shake', () => { const h = crypto.createHmac('shake128', 'k'); h.update('a'); return h.digest('hex'); });
show('pbkdf2 shake', () => crypto.pbkdf2Sync('p', 's', 1, 4, 'shake256'));
console.log(crypto.hash('sha3-256', 'abc'), crypto.hash('ripemd160', Buffer.from('abc'), 'base64'), crypto.hash('shake128', 'a'));
console.log(crypto.hash('blake2s256', 'abc', 'buffer'));
const list = crypto.getHashes();
console.log(list.length, list.every((h) => { try { crypto.createHash(h); return true; } catch { return false; } }));
console.log(JSON.stringify(list));
const h = crypto.createHash('sha1');
console.log(h, crypto.createHmac('sha3-256', 'k'));
// PBKDF2 over the newer digests, argument order of validation.
for (const d of ['sha3-256', 'ripemd160', 'blake2b512', 'sha512-256', 'sm3', 'md5-sha1']) {
  console.log('pbkdf2', d, crypto.pbkdf2Sync('password', 'salt', 3, 40, d).toString('hex'));
}
show('pbkdf2 digest first', () => crypto.pbkdf2Sync(1, 's', 1, 1, 5));
show('pbkdf2 password', () => crypto.pbkdf2Sync(1, 's', 1, 1, 'sha1'));
show('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 1, 'sha1'));
show('pbkdf2 keylen -1', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
show('pbkdf2 no digest', () => crypto.pbkdf2('p', 's', 1, 1, () => {}));
