// scrypt/scryptSync and hkdf/hkdfSync: derived keys for fixed inputs, options and aliases,
// node's validation errors (async variants report results after the current turn).
const crypto = require('crypto');
const late = [];
process.on('exit', () => console.log(late.sort().join('\n')));
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r instanceof ArrayBuffer ? `AB ${Buffer.from(r).toString('hex')}` : Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
show('default', () => crypto.scryptSync('password', 'salt', 32));
show('N=1024', () => crypto.scryptSync('pw', 'salt', 16, { N: 1024, r: 8, p: 1 }));
show('N=2', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 }));
show('aliases', () => crypto.scryptSync('pw', 'salt', 16, { cost: 16, blockSize: 1, parallelization: 2 }));
show('p=3 r=2', () => crypto.scryptSync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 64, { N: 64, r: 2, p: 3 }));
show('zeros → defaults', () => crypto.scryptSync('pw', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 }));
show('keylen 0', () => crypto.scryptSync('pw', 'salt', 0));
show('null options', () => crypto.scryptSync('pw', 'salt', 16, null));
show('rfc7914', () => crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 16384, r: 8, p: 1 }));
// Not a power of two / too small: the bare message (checked before any memory-limit error, as
// OpenSSL's error queue would otherwise leak into later messages).
show('N=1000', () => crypto.scryptSync('pw', 'salt', 16, { N: 1000 }));
show('N=1', () => crypto.scryptSync('pw', 'salt', 16, { N: 1 }));
show('bad params async', () => crypto.scrypt('pw', 'salt', 16, { N: 3 }, () => {}));
show('N=2^20', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 20 }));
show('maxmem tight', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 14, r: 8, maxmem: 16 * 1024 * 1024 + 2048 + 1023 }));
show('maxmem exact', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 14, r: 8, maxmem: 16 * 1024 * 1024 + 2048 + 1024 }));
show('N too big for r=1', () => crypto.scryptSync('pw', 'salt', 16, { N: 65536, r: 1, maxmem: 2 ** 30 }));
show('r*p', () => crypto.scryptSync('pw', 'salt', 16, { N: 16, r: 2 ** 30, p: 2 }));
show('N and cost', () => crypto.scryptSync('pw', 'salt', 16, { N: 16, cost: 16 }));
show('r and blockSize', () => crypto.scryptSync('pw', 'salt', 16, { r: 1, blockSize: 16 }));
show('p and parallelization', () => crypto.scryptSync('pw', 'salt', 16, { p: 1, parallelization: 16 }));
show('N -1', () => crypto.scryptSync('pw', 'salt', 16, { N: -1 }));
show('N 1.5', () => crypto.scryptSync('pw', 'salt', 16, { N: 1.5 }));
show('N str', () => crypto.scryptSync('pw', 'salt', 16, { N: '16' }));
show('N 2^32', () => crypto.scryptSync('pw', 'salt', 16, { N: 2 ** 32 }));
show('maxmem -1', () => crypto.scryptSync('pw', 'salt', 16, { maxmem: -1 }));
show('keylen -1', () => crypto.scryptSync('pw', 'salt', -1));
show('keylen 1.5', () => crypto.scryptSync('pw', 'salt', 1.5));
show('keylen str', () => crypto.scryptSync('pw', 'salt', '1'));
show('password type', () => crypto.scryptSync(1, 'salt', 16));
show('salt type', () => crypto.scryptSync('pw', 1, 16));
show('no callback', () => crypto.scrypt('pw', 'salt', 16));
crypto.scrypt('pw', 'salt', 16, { N: 16 }, (e, k) => late.push(`scrypt cb ${e} ${k.toString('hex')}`));
crypto.scrypt('pw', 'salt', 16, (e, k) => late.push(`scrypt cb2 ${e} ${k.toString('hex')}`));

show('hkdf', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 16));
show('hkdf 0', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 0));
show('hkdf max', () => crypto.hkdfSync('sha1', 'key', 'salt', 'info', 255 * 20).byteLength);
show('hkdf max+1', () => crypto.hkdfSync('sha1', 'key', 'salt', 'info', 255 * 20 + 1));
show('hkdf nope', () => crypto.hkdfSync('nope', 'key', 'salt', 'info', 16));
show('hkdf info 1025', () => crypto.hkdfSync('sha256', 'key', 'salt', Buffer.alloc(1025), 16));
show('hkdf info 1024', () => crypto.hkdfSync('sha256', 'key', 'salt', Buffer.alloc(1024), 16).byteLength);
show('hkdf ikm type', () => crypto.hkdfSync('sha256', 5, 'salt', 'info', 16));
show('hkdf salt type', () => crypto.hkdfSync('sha256', 'key', 5, 'info', 16));
show('hkdf info type', () => crypto.hkdfSync('sha256', 'key', 'salt', 5, 16));
show('hkdf length -1', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', -1));
show('hkdf length str', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', '1'));
show('hkdf digest type', () => crypto.hkdfSync(5, 'key', 'salt', 'info', 1));
show('hkdf empty', () => crypto.hkdfSync('sha256', '', '', '', 16));
show('hkdf upper', () => crypto.hkdfSync('SHA256', 'k', '', '', 16));
show('hkdf sha3', () => crypto.hkdfSync('sha3-256', 'k', '', '', 16));
show('hkdf blake', () => crypto.hkdfSync('blake2s256', 'p', 's', '', 20));
show('hkdf shake', () => crypto.hkdfSync('shake128', 'p', 's', '', 20));
show('hkdf key object', () => crypto.hkdfSync('sha512', crypto.createSecretKey(Buffer.from('ikm')), Buffer.from('salt'), new Uint8Array(3), 40));
show('hkdf arraybuffer', () => crypto.hkdfSync('sha384', new ArrayBuffer(8), new ArrayBuffer(4), new DataView(new ArrayBuffer(2)), 24));
// RFC 5869 test case 1.
show('rfc5869', () => crypto.hkdfSync('sha256', Buffer.alloc(22, 0x0b), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42));
show('hkdf no callback', () => crypto.hkdf('sha256', 'k', '', '', 16));
show('hkdf async bad digest', () => crypto.hkdf('nope', 'k', '', '', 16, () => {}));
crypto.hkdf('sha512', 'k', 's', 'i', 20, (e, k) => late.push(`hkdf cb ${e} ${k instanceof ArrayBuffer} ${Buffer.from(k).toString('hex')}`));
crypto.hkdf('shake256', 'k', 's', 'i', 20, (e) => late.push(`hkdf shake cb ${e && e.message}`));
