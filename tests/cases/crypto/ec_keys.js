// EC keys against node-made material: fixed SEC1 keys on prime256v1, secp384r1 and secp256k1
// imported and exported (PEM/DER/JWK, byte-for-byte), node-made ECDSA signatures (DER and
// IEEE P1363) verified, rjs's own verified, ECDH secrets and point formats (compressed,
// hybrid), crypto.diffieHellman for EC and X25519, and encrypted private keys from node.
const crypto = require('crypto');
const msg = Buffer.from('rjs signs this');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const fixtures = {
 "prime256v1": {
  "sec1": "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEICx2Hi6+azPGguTqP+KKFW0IGvaatd7ON4dk+lFGSLOxoAoGCCqGSM49\nAwEHoUQDQgAErEiqvG62bi+sudpGq/+FUNiaeOxhoXYeD+yakDItbim9BsAh3BYo\n4MAzj4lsCKyzqbuzCzZAgJk72sEm3OsDtg==\n-----END EC PRIVATE KEY-----\n",
  "sigDer": "MEUCIG5gtmkkQcpF0X/2ge4V+6lZ866/pCAuXfNqqu8OSa4PAiEAi7WmS/NwVcZdmaEFwlXbvJoqI62qt4Gj5u8x5RhFmXs=",
  "sigP1363": "yKGhaxSaol/5wwEaXMBWpzPyvddybZFQWY7Y2lwWWSB3IybH8zlA2I/2wEnrvMZ8P2lBP2K2SKraLqfAyWk5kw=="
 },
 "secp384r1": {
  "sec1": "-----BEGIN EC PRIVATE KEY-----\nMIGkAgEBBDB+LDRD8jtsEjrWxmnlOn+WiWQxGLCCDAq70kxRIQG+0qBW+nzJJlQF\nrxa5dPY9YwugBwYFK4EEACKhZANiAATLoiI2KAiGFb9ECGzn5iTueW56K0niAaIg\n6hfDwxdzSbkH9ZavKzWZS3LtcrJ0BagzaJQ4/cezOw+rbRlXQgs1dyoh8c5DeNLK\n3nx5uPi3ibEWmDjsuJDtW96dtT6lwTE=\n-----END EC PRIVATE KEY-----\n",
  "sigDer": "MGYCMQDTfE2Q4jXEwd/IEL0+pG3f4x1BORyehc2tF9Lu9CFWVzBRMzgUVvggt8w+vrHY5esCMQDddENg1913r6wTg69lsrjyxzsU8pRz8vVhek/tI36pksYcDu5qvxO2bhoAAdbqpTs=",
  "sigP1363": "YmdchbrPrOd9pJGkovTQP6MonYl68XvwZJIdL9qNYiZM8pvIfda4SFrfZRh2UKzer++tEyyuGve6KMbalkdZctsxnd4pG/q0FuM59dcU/AkxUZfA28DuTiIOgxVFm1Sz"
 },
 "secp256k1": {
  "sec1": "-----BEGIN EC PRIVATE KEY-----\nMHQCAQEEIB6mD8oFJorHvN4j9WHOgC4ImUZgh3V/pIoozvEx6BCuoAcGBSuBBAAK\noUQDQgAEi/E7/r4LGehONC16ww5PhIXszy9C/lkzUPX7Ob2OONDpoPSJa2dr1rIC\n6/Nlalt3d5R3esyBDDXViuCyrnU9zg==\n-----END EC PRIVATE KEY-----\n",
  "sigDer": "MEQCIHlkpjlgJ3j9paie2cm/yLPekcATxXEMx1weutQ6AlfeAiAtziAWO/36N0QQv+2IfHMVsu+phMRGQ6hH46U4h2BG/A==",
  "sigP1363": "IWSQ6R2SseisbJqdUPzK7c8J1hgNkuXZyc/CochcGjxQ7CSuRao5XTvZsSQmrjTxaYY4XSg0luaikYf10iVHaw=="
 }
};
for (const [curve, { sec1, sigDer, sigP1363 }] of Object.entries(fixtures)) {
  const priv = crypto.createPrivateKey(sec1);
  const pub = crypto.createPublicKey(priv);
  console.log(curve, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.asymmetricKeyDetails);
  console.log(priv.export({ format: 'pem', type: 'sec1' }) === sec1, priv.export({ format: 'der', type: 'pkcs8' }).toString('hex'));
  console.log(pub.export({ format: 'pem', type: 'spki' }), priv.export({ format: 'jwk' }), pub.export({ format: 'jwk' }));
  const jwkPriv = crypto.createPrivateKey({ key: priv.export({ format: 'jwk' }), format: 'jwk' });
  const jwkPub = crypto.createPublicKey({ key: pub.export({ format: 'jwk' }), format: 'jwk' });
  console.log('jwk equals', jwkPriv.equals(priv), jwkPub.equals(pub));
  console.log('node sigs', crypto.verify('sha256', msg, pub, Buffer.from(sigDer, 'base64')),
    crypto.verify('sha384', msg, { key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.from(sigP1363, 'base64')),
    crypto.verify('sha256', Buffer.from('x'), pub, Buffer.from(sigDer, 'base64')),
    crypto.verify('sha384', msg, pub, Buffer.from(sigP1363, 'base64')));
  const mine = crypto.createSign('SHA512').update(msg).sign(priv);
  const p1363 = crypto.sign('sha1', msg, { key: priv, dsaEncoding: 'ieee-p1363' });
  console.log('own sigs', mine[0], crypto.createVerify('sha512').update(msg).verify(pub, mine), p1363.length, crypto.verify('sha1', msg, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363));
}
const a = crypto.createECDH('prime256v1');
a.setPrivateKey("e86bcbf44f088f4328080ee9a1dfec8d1f73043c2a21d5113076502d6e340eb2", 'hex');
const b = crypto.createECDH('prime256v1');
b.setPrivateKey(Buffer.from("878583fb5dceb698b8b23dc11e80311c24ae899935c7ddb628423ff7d286838c", 'hex'));
const secret = a.computeSecret(b.getPublicKey());
console.log('ecdh', secret.toString('hex'), b.computeSecret(a.getPublicKey(null, 'compressed')).equals(secret), b.computeSecret(a.getPublicKey('base64', 'hybrid'), 'base64', 'hex'));
console.log('formats', a.getPublicKey('hex', 'compressed'), a.getPublicKey('hex', 'hybrid'));
const compressed = a.getPublicKey('hex', 'compressed');
console.log('convert', crypto.ECDH.convertKey(compressed, 'prime256v1', 'hex', 'hex', 'uncompressed') === a.getPublicKey('hex'), crypto.ECDH.convertKey(a.getPublicKey(), 'prime256v1', undefined, 'base64', 'compressed'));
show('bad point', () => a.computeSecret(Buffer.from('04' + '00'.repeat(64), 'hex')));
show('bad format', () => a.getPublicKey('hex', 'weird'));
show('bad curve', () => crypto.createECDH('nope'));
show('convert bad', () => crypto.ECDH.convertKey(Buffer.from([4, 1, 2]), 'prime256v1'));
show('no keys', () => crypto.createECDH('secp256k1').getPublicKey());
const ecdhKey = (e) => {
  const q = e.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', x: q.subarray(1, 33).toString('base64url'), y: q.subarray(33).toString('base64url'), d: e.getPrivateKey().toString('base64url') };
  return crypto.createPrivateKey({ key: jwk, format: 'jwk' });
};
const ka = ecdhKey(a), kb = crypto.createPublicKey(ecdhKey(b));
show('P-256 ecdh', () => crypto.createECDH('P-256'));
show('diffieHellman ec', () => crypto.diffieHellman({ privateKey: ka, publicKey: kb }).equals(secret));
const x1 = crypto.createPrivateKey("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIIAwYKnlPcwyrPMuZE/6c1UPk4Tf9QpeMNYAqsz3L7Fe\n-----END PRIVATE KEY-----\n");
const x2 = crypto.generateKeyPairSync('x25519');
console.log('x25519', x1.asymmetricKeyType, x1.export({ format: 'jwk' }), crypto.createPublicKey(x1).export({ format: 'der', type: 'spki' }).toString('hex'));
console.log('x25519 dh', crypto.diffieHellman({ privateKey: x1, publicKey: x2.publicKey }).equals(crypto.diffieHellman({ privateKey: x2.privateKey, publicKey: crypto.createPublicKey(x1) })));
show('dh mixed', () => crypto.diffieHellman({ privateKey: x1, publicKey: kb }));
const encPkcs8 = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIBvTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIQhK/lDiXHHYCAggA\nMAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBBC9HH9rNlMpFZipdbq6/FQBIIB\nYPZZeDG9gGn2lJFG6NLh5hP3esdQlU/wyJrMAzSHa/DnVsatHfYfAGRlGsZnckFE\nzVZtM2S81iV3ddnEv3P0oCp/5+PuL8ldc4tPmIejfjB0DB8Y59YgRrA/vynFIZZG\nF4opSkSbEdFuNTzS6BbrfMJEgfrPv3MWxxEzkvD6tymKmkojBjsLkQ7/ZiiVtcXJ\nZXlM0iAIHLKzPmFFq7eZCsQJDFaKVH9/EzuHIipFIxpkutrq3I3lvRKnlmP7AthU\ncv9NY9R2LOe0eGwGBCSBa+isJMSv1tRzfJjwpDvOgqEbU8I1zE0fq9ay94tnSfPl\nn+3Eii8YUZTv5tDWvjxnDOKhLH2siwTV9PKsHij4JlABRI+DwbufO5Xn1XQbO3RT\n0RjWDMVgz085b0rB5PkysjKgVjvAR2qMRP3BhmlKKWX/ZEoi4+HvtNDW7rdY4Z3R\nLzPLu0UB55CMUi4ruPcgqXE=\n-----END ENCRYPTED PRIVATE KEY-----\n";
const encSec1 = "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,1AC13D07A1CC73866BE9BBE2042D434C\n\nhSWMvuo63IfN9F6Z/k/Tk2QoxjqDu4OV2h46z8S9ML5X85Sua4Slsg4aAvsH3+rV\nV23uPo42hoYa/BhGVtRJc4k2OJTg401jAUYdGB1xTdveTxPI6rZfg+qxAylGnJ6V\nlM8oqhyJI0U3Q1y9A65sEiGTh4yBZW11em6hV2OHGnA=\n-----END EC PRIVATE KEY-----\n";
show('enc pkcs8', () => crypto.createPrivateKey({ key: encPkcs8, passphrase: 'top secret' }).asymmetricKeyDetails);
show('enc pkcs8 wrong', () => crypto.createPrivateKey({ key: encPkcs8, passphrase: 'nope' }));
show('enc pkcs8 none', () => crypto.createPrivateKey(encPkcs8));
show('enc sec1', () => crypto.createPrivateKey({ key: encSec1, passphrase: Buffer.from('pw') }).asymmetricKeyDetails);
const re = crypto.createPrivateKey({ key: encPkcs8, passphrase: 'top secret' });
const again = re.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'x' });
console.log('re-encrypt', again.split('\n')[0], again.length, crypto.createPrivateKey({ key: again, passphrase: 'x' }).equals(re));
const legacy = crypto.createPrivateKey({ key: encSec1, passphrase: 'pw' }).export({ format: 'pem', type: 'sec1', cipher: 'aes-256-cbc', passphrase: 'q' });
console.log('legacy', legacy.split('\n').slice(0, 2).join('|'), crypto.createPrivateKey({ key: legacy, passphrase: 'q' }).asymmetricKeyType);
