// crypto.hash() validates outputEncoding as node 20's (a string; '' is utf8, 'BUFFER' a Buffer,
// an unknown name ERR_INVALID_ARG_VALUE) and names an unknown digest; legacy digests (md4)
// fail with OpenSSL's error stack for Hash/hash(), a shorter one for Hmac, plain for the KDFs.
const crypto = require('crypto');
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(), JSON.stringify(e.opensslErrorStack));
  }
};
for (const enc of [undefined, 'hex', 'Hex', 'BUFFER', 'base64url', 'latin1', 'ucs2', '', null, 1, 'bogus']) {
  show(`hash(${JSON.stringify(enc)})`, () => crypto.hash('sha1', 'abc', enc));
}
show('unknown digest', () => crypto.hash('nope', 'a'));
show('createHash unknown', () => crypto.createHash('nope'));
show('hash md4', () => crypto.hash('md4', 'a'));
show('createHash md4', () => crypto.createHash('md4'));
show('createHmac md4', () => crypto.createHmac('md4', 'k'));
show('pbkdf2Sync md4', () => crypto.pbkdf2Sync('a', 'b', 1, 1, 'md4'));
show('hkdfSync md4', () => crypto.hkdfSync('md4', 'a', 'b', 'c', 1));
show('hkdfSync nope', () => crypto.hkdfSync('nope', 'a', 'b', 'c', 1));
