// RSA keys against node-made material: a fixed PKCS#1 key imported and exported in every
// encoding (PEM/DER/JWK, byte-for-byte), deterministic PKCS#1 v1.5 signatures, a node-made PSS
// signature, node-made OAEP/PKCS#1 ciphertexts, and rjs's own signatures and ciphertexts verified.
const crypto = require('crypto');
const { constants } = crypto;
const pkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nMIICXgIBAAKBgQDSdLUxFj4bVwU4y7ajP5xA3Ouzs38s4QOBCd8hBmRZ41jczYxK\nH2j3aIoALExeQEytuDi66m5FnCqj5FaLFCnEbhPZd1GnU1lYU60wv7SxOMWP9ayZ\nozfv6doBhJHXPUHzcm6YUs5n04PIIe4XfLEg6f3Oibx+eBdsfD/E2Kc+PwIDAQAB\nAoGACUE8npX90TH4dtDujStE8c1FSDfChfS3NLt8ZnVjgFhxFfSsEK5k7UxZlTxd\nd1+Yf6M0S3P3uXPupBpse909IOPT/3ldhTHQqn4VzoiViXQbAspW/0RvXrdgA/+D\n91BErzprM7ZlcTnuAvgjJ9mc41+4XF9nQ8EQEtDgNqXvjjECQQDp80tYFrbzd+JW\nixr43vSX0rY1QF8Dewx28XQZDCoNU0VJbXGDzqoARPmlJ9jO5wjWjjsadpaqXPSN\nJ4ctIWCdAkEA5kqLKI69+s7HpKJ5Z/YRC9r3H08g6h5Rh0YN5+IpK1BB3uJn3aRI\nc46r1OE/2qugo1wGk15/ItcU5WjwMw4diwJBALtShkKLNYQuurkm+rrI8rnaCvEK\nkMldrjZS0O35UnaG9VR84EZ0pKRAlk/KXwwT63y4N9TRnYPdmCapvs/BCPUCQQCi\nGMJO7/qFedtI5Rwzsx5Yi+36WcY/RMv6PbM4DxcPZ9SVwCN//U0KGdiVZV9+2eOe\nWP4/6PnwWhhZSj4Ykcz1AkEAxQ7T2ymLpi0sHUEADmyWllWOA6etI7qGLICBqLhh\ndrNRN59pExDztKTLPyvDniXngNPFXPiMNI5JXXZItWxYJQ==\n-----END RSA PRIVATE KEY-----\n";
const msg = Buffer.from('rjs signs this');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const priv = crypto.createPrivateKey(pkcs1);
const pub = crypto.createPublicKey(pkcs1);
console.log(priv.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.type, pub.asymmetricKeyDetails);
const pkcs8 = priv.export({ format: 'pem', type: 'pkcs8' });
const spki = pub.export({ format: 'pem', type: 'spki' });
console.log(pkcs8, spki, pub.export({ format: 'pem', type: 'pkcs1' }));
console.log(priv.export({ format: 'pem', type: 'pkcs1' }) === pkcs1);
console.log(priv.export({ format: 'der', type: 'pkcs8' }).toString('hex'));
console.log(pub.export({ format: 'der', type: 'pkcs1' }).toString('hex'));
const jwk = priv.export({ format: 'jwk' });
console.log(jwk, pub.export({ format: 'jwk' }));
const fromJwk = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
const fromDer = crypto.createPublicKey({ key: pub.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' });
const fromPkcs1Der = crypto.createPrivateKey({ key: priv.export({ format: 'der', type: 'pkcs1' }), format: 'der', type: 'pkcs1' });
console.log('equals', fromJwk.equals(priv), fromDer.equals(pub), fromPkcs1Der.equals(priv), priv.equals(pub), crypto.createPublicKey(spki).equals(pub));
// PKCS#1 v1.5 signatures are deterministic: the same bytes as node's.
for (const alg of ['sha1', 'RSA-SHA256', 'sha384', 'SHA512', 'sha224', 'md5']) {
  const sig = crypto.sign(alg, msg, priv);
  const s2 = crypto.createSign(alg).update(msg).sign(pkcs8, 'base64');
  console.log(alg, sig.toString('base64').slice(0, 40), s2 === sig.toString('base64'), crypto.verify(alg, msg, pub, sig), crypto.createVerify(alg).update('x').verify(spki, sig));
}
console.log('default digest', crypto.sign(null, msg, priv).equals(crypto.sign('sha256', msg, priv)));
const pss = Buffer.from("PVsuUkX4JNZ8o264Vhxgw61sHUwM8yEI+Sx2UHG6kkp/D9XbraLh4JnKtqIOS7eTqoR7V65IZYYH0tIXCzUw5n7PkhI4MDUMAwwF3MlJH5KqCfWPwFvK3snbuz4uLWu7Ip0C5A7CsHKQ5cJTrsJ1bnj2TFSEo4kEIX+tCEgaYoQ=", 'base64');
const pssKey = (saltLength) => ({ key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength });
console.log('node pss', crypto.verify('sha256', msg, pssKey(32), pss), crypto.verify('sha256', msg, pssKey(undefined), pss), crypto.verify('sha256', msg, pssKey(20), pss), crypto.verify('sha256', msg, pub, pss));
for (const saltLength of [undefined, 0, 32, constants.RSA_PSS_SALTLEN_DIGEST, constants.RSA_PSS_SALTLEN_MAX_SIGN]) {
  const sig = crypto.sign('sha256', msg, { key: priv, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength });
  console.log('pss', saltLength, sig.length, crypto.verify('sha256', msg, pssKey(saltLength), sig), crypto.verify('sha256', Buffer.from('other'), pssKey(saltLength), sig));
}
const dec = (c, key) => crypto.privateDecrypt(key, Buffer.from(c, 'base64')).toString();
console.log('oaep', dec("UUhEI8qLzfps2r2hYLd6aysc5o4eWZifbWPPkTC/u/cwAOxQ/o5Di5a0r78QPtFCiqBcUYyUG7Bflt3YByeo1D8p8xa2T1ZzdR8AsZ3UfejVwD5xvAchFGiUAUBV6U8iGBip6gNKgbXMOJYkTjtLPx68+jYaw2uVM5ekeN8fKg8=", priv));
console.log('oaep256', dec("s9Lc0vSNtE+RalT2DQqiDDMSGvMQLuo4bNvRntccXRVVJ0wboRK5IOmxRuM7bamJhqFuxkBBM6kL6BjpriySkYh6FAQFMXnIWsLwGE3UGi+FbXPSHvEyjJ/MQVT8poU9KEllZ0ywZ0SyikavKPkKhnAas7C7EuVn1SIsGUshDdg=", { key: priv, oaepHash: 'sha256', oaepLabel: Buffer.from('lbl') }));
show('oaep wrong label', () => dec("s9Lc0vSNtE+RalT2DQqiDDMSGvMQLuo4bNvRntccXRVVJ0wboRK5IOmxRuM7bamJhqFuxkBBM6kL6BjpriySkYh6FAQFMXnIWsLwGE3UGi+FbXPSHvEyjJ/MQVT8poU9KEllZ0ywZ0SyikavKPkKhnAas7C7EuVn1SIsGUshDdg=", { key: priv, oaepHash: 'sha256' }));
const enc = crypto.publicEncrypt(pub, Buffer.from('round trip'));
console.log('roundtrip', enc.length, crypto.privateDecrypt(pkcs8, enc).toString());
const penc = crypto.privateEncrypt(priv, Buffer.from('signed blob'));
console.log('privateEncrypt', penc.toString('base64').slice(0, 32), crypto.publicDecrypt(pub, penc).toString());
const raw = Buffer.alloc(128, 1);
console.log('no padding', crypto.publicDecrypt({ key: pub, padding: constants.RSA_NO_PADDING }, crypto.privateEncrypt({ key: priv, padding: constants.RSA_NO_PADDING }, raw)).equals(raw));
show('too long', () => crypto.publicEncrypt(pub, Buffer.alloc(100)));
show('bad padding', () => crypto.publicEncrypt({ key: pub, padding: 99 }, Buffer.alloc(1)));
show('sign with public', () => crypto.sign('sha256', msg, spki));
show('bad digest', () => crypto.sign('nope', msg, priv));
