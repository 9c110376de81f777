// KeyObject cannot be constructed from user code (node wants its internal handle);
// Certificate, ECDH and X509Certificate exist as node's and validate their arguments first.
const crypto = require('crypto');
const show = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.code === 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' ? '' : e.message);
  }
};
show('new KeyObject(secret, {})', () => new crypto.KeyObject('secret', {}));
show('new KeyObject(secret, buffer)', () => new crypto.KeyObject('secret', Buffer.from('k')));
show('new KeyObject(bad)', () => new crypto.KeyObject('bad', {}));
show('secret key still made', () => crypto.createSecretKey(Buffer.from('k')).symmetricKeySize);
show('types', () => ['Certificate', 'ECDH', 'X509Certificate', 'privateEncrypt', 'publicDecrypt'].map((k) => typeof crypto[k]).join());
show('Certificate()', () => crypto.Certificate() instanceof crypto.Certificate);
show('X509Certificate(1)', () => new crypto.X509Certificate(1));
show('createECDH(1)', () => crypto.createECDH(1));
show('ECDH.convertKey', () => crypto.ECDH.convertKey('ab', 1));
const keys = Object.keys(crypto);
console.log(['Certificate', 'ECDH', 'X509Certificate', 'privateEncrypt', 'publicDecrypt'].map((k) => keys.indexOf(k) > keys.indexOf('hash') || k.startsWith('p')).join());
