// crypto.constants: node 20's values on a null-prototype object whose entries are read-only.
const crypto = require('crypto');
const c = crypto.constants;
console.log(Object.getPrototypeOf(c), Object.keys(c).length);
console.log(c.RSA_PKCS1_PADDING, c.RSA_PKCS1_OAEP_PADDING, c.RSA_PKCS1_PSS_PADDING, c.RSA_PSS_SALTLEN_DIGEST,
  c.POINT_CONVERSION_UNCOMPRESSED, c.TLS1_3_VERSION, c.SSL_OP_NO_TLSv1, c.ENGINE_METHOD_ALL);
console.log(c.defaultCipherList === c.defaultCoreCipherList, typeof c.defaultCoreCipherList);
const d = Object.getOwnPropertyDescriptor(c, 'RSA_NO_PADDING');
console.log(d.writable, d.enumerable, d.configurable);
c.RSA_NO_PADDING = 99;
console.log(c.RSA_NO_PADDING, Object.isFrozen(c));
const m = Object.getOwnPropertyDescriptor(crypto, 'constants');
console.log(m.writable, m.enumerable, m.configurable, Object.keys(c).slice(-3).join());
