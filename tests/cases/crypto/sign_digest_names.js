// The digest names Sign/crypto.sign take, as OpenSSL's: RSA- and WithRSAEncryption spellings,
// SHA2-256/SHA-256, RSA-SHA1-2, sha512/256 only behind RSA-, md5-sha1 (no DigestInfo), the
// digests without an OID refused for RSA, ecdsa-with-* names not being digests. PKCS#1 v1.5
// signatures are deterministic, so their bytes are printed.
const crypto = require('crypto');
const key = crypto.createPrivateKey("-----BEGIN RSA PRIVATE KEY-----\nMIICXQIBAAKBgQCyDBYJ9HaUw7LygkmjY7ZjJFxhDYMLYypdiBs0H5aziul9cji4\nBJDFoqYZVanIcxDRTQZjwv2ubDOl8EG6Nz0VRv4bzUpTXJak0MZzJynNk9+Je03+\nQNjeb3hUWfIrFo2p89ZtzX7+Kfc18fkz4bGG8v9K7H3PUQYAUJoljAJt/QIDAQAB\nAoGBAIotIQl2xHRtcDoObPG1l71XYa4cW2ACBMXztBD+lukd3FjzxRriyCvpL3in\n54zd5+ZXHadck53C8U5Np+TJq8fFISL/+ndEXE2jJ70bsGAT2vUyFrr9Z2Vm4ubg\nM2jzublQzhM829FIV6Ld1EcW85xwPshD/qItVeNtclrCwj4NAkEA1cA/uRA/Q/fN\nvLH6a3hg1+ATOUj5bBBS2YFOLVZ48d/yWkp2+fAEnOz2FbekZAjMwfb0Opcerlwo\nkH9sUYNG8wJBANU9PCJp2Tt35baJ6vzOiJzgbRtoygBBGCpJFB7/I3aAgKsfAzgC\nIGRue2hFvl11FqT2zMsAufzLfeOFHKa2k08CQDDHisNE/esY5g6l3ywfcJpTPI/a\nI3GR2BZi9+BI15j7LmeEjtpC+AqH2TDjk9RwXan2HY4xZoML7QXszl9bwhkCQQDS\nOEEtaA6JywTCtSrdujsB9Vp6+A6Uu5e4MD1O5Zavf7XZfYRt1eLbP/QXcxJeDk2Z\nqdlxlDDHIFHmWFdLn5iPAkA7X+0CAtpibfMGujy3Pi02umoEyEL+ePOz3BXFh8JK\nkuSR39Vb6SErLq2oTvGu/jaPnqi0RXYpT3ZAz2e0IkOq\n-----END RSA PRIVATE KEY-----\n");
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
for (const a of ['ecdsa-with-SHA256', 'RSA-SHA1-2', 'sha512-256', 'SHA512/256', 'RSA-SHA512/256', 'RSA-MD5', 'ripemd160', 'RSA-RIPEMD160', 'sha3-256', 'RSA-SHA3-256', 'sha256WithRSAEncryption', 'sha2-256', 'SHA-256', 'md5-sha1', 'shake256', 'blake2b512', 'sm3', 'id-rsassa-pkcs1-v1_5-with-sha3-256', 'sha224', 'SHA3-512']) {
  try {
    const sig = crypto.createSign(a).update('x').sign(key, 'hex');
    console.log(a, sig.slice(0, 24), crypto.sign(a, Buffer.from('x'), key).toString('hex') === sig, crypto.verify(a, Buffer.from('x'), key, Buffer.from(sig, 'hex')));
  } catch (e) {
    console.log(a, 'ERR', e.code, e.message);
  }
}
for (const a of ['blake2b512', 'sm3', 'shake256', 'md5-sha1']) {
  try {
    console.log('ec', a, crypto.verify(a, Buffer.from('x'), ec.publicKey, crypto.sign(a, Buffer.from('x'), ec.privateKey)));
  } catch (e) {
    console.log('ec', a, 'ERR', e.code, e.message);
  }
}
