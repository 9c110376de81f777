// PKCS#8 private keys encrypted with des-ede3-cbc (PBES2) and legacy DES-EDE3-CBC PEM: round trips, and a key encrypted by node 20.
const c = require('crypto');
const [nodePkcs8, nodeSec1, nodeD] = ["-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIHjME4GCSqGSIb3DQEFDTBBMCkGCSqGSIb3DQEFDDAcBAgMDDkYJNcoZAICCAAw\nDAYIKoZIhvcNAgkFADAUBggqhkiG9w0DBwQIZCHZwgf5BcsEgZA5b2j8WGpxKMVo\n10mjwA1W2PFN/G28ojX64ListV/LlXUmA/oypI2SddXhMhE7hJBDQoTeZG4gSj0B\niSHS5R7fQtJD+ltYo+PSJNIdvCCFddGKqU7+XSkVNoNnT+t9AyqL3TnY7MMnlwBw\nw4GzKIwcRKQxkBBc2EsjmWIK2M/cUAqKwOitKEe25Us+f/NXKQo=\n-----END ENCRYPTED PRIVATE KEY-----\n", "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,6CAF89C8BE93E0C4\n\nUPnrwBAMI3EoR80FNqDjaxeweiSLkjXIsx2srClwOTGMYLLLoyXofAkSUUB24Qu5\n4HgiGstI9mIzrfuGiY9nNBnM8B6ZWzJsg8jS5t7M1PYemzA6EYSe7yQTz9hCThfT\nPD5jHt3/k6RwXzUExmwsR4iWENO5zsVinvOD2/gddBQ=\n-----END EC PRIVATE KEY-----\n", "F1XeQI9ehytvC4axk3Ke-ir8WP6lOfQL7V7YMCviKxQ"];
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'ERR', e.code, e.message); } };
const { privateKey } = c.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = privateKey.export({ format: 'jwk' });
for (const [type, cipher] of [['pkcs8', 'des-ede3-cbc'], ['sec1', 'des-ede3-cbc'], ['pkcs8', 'aes-256-cbc']]) {
  t(`${type} ${cipher}`, () => {
    const pem = privateKey.export({ type, format: 'pem', cipher, passphrase: 'secret' });
    const back = c.createPrivateKey({ key: pem, passphrase: 'secret' });
    return [pem.split('\n')[0], back.export({ format: 'jwk' }).d === jwk.d];
  });
}
t('der pkcs8 des', () => { const der = privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'des-ede3-cbc', passphrase: 'secret' }); return c.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'secret' }).asymmetricKeyType; });
t('node-made pkcs8', () => c.createPrivateKey({ key: nodePkcs8, passphrase: 'pw' }).export({ format: 'jwk' }).d === nodeD);
t('node-made sec1', () => c.createPrivateKey({ key: nodeSec1, passphrase: 'pw' }).export({ format: 'jwk' }).d === nodeD);
t('no passphrase', () => c.createPrivateKey(nodePkcs8));
