// A string key's encoding is applied as node's getArrayBufferOrView: 'buffer' means utf8 and an
// unknown name is ERR_UNKNOWN_ENCODING (createHmac/createCipheriv options, createSecretKey),
// while data encodings (update) fall back to utf8. Sign/Verify handles inspect with their names.
const crypto = require('crypto');
const util = require('util');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
show('hmac key bogus', () => crypto.createHmac('sha1', 'key', { encoding: 'bogus' }).digest('hex'));
show('hmac key hex', () => crypto.createHmac('sha1', 'abcd', { encoding: 'hex' }).digest('hex'));
show('hmac key buffer', () => crypto.createHmac('sha1', 'abcd', { encoding: 'buffer' }).digest('hex'));
show('cipher key bogus', () => crypto.createCipheriv('aes-128-ctr', 'a'.repeat(16), Buffer.alloc(16), { encoding: 'bogus' }).update('a', 'utf8', 'hex'));
show('cipher key latin1', () => crypto.createCipheriv('aes-128-ctr', '\u00ff'.repeat(16), Buffer.alloc(16), { encoding: 'latin1' }).update('a', 'utf8', 'hex'));
show('secret key bogus', () => crypto.createSecretKey('abcd', 'bogus').symmetricKeySize);
show('secret key buffer', () => crypto.createSecretKey('abcd', 'buffer').symmetricKeySize);
show('hash update bogus', () => crypto.createHash('sha1').update('abc', 'bogus').digest('hex'));
show('cipher update bogus', () => crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16)).update('abc', 'bogus', 'hex'));
const handle = (o) => util.inspect(o[Object.getOwnPropertySymbols(o).find((s) => String(s) === 'Symbol(kHandle)')]);
show('handles', () => [handle(crypto.createSign('sha256')), handle(crypto.createVerify('sha256')), handle(crypto.createHash('sha1'))].join(' '));
