// EC keys with explicit curve parameters (paramEncoding 'explicit'): generated keys' SPKI/SEC1/
// PKCS#8 DER sizes and headers, node-made explicit keys read and written back byte for byte
// (OpenSSL keeps writing explicit parameters for them), details and signatures.
const crypto = require('crypto');
const sec1 = "-----BEGIN EC PRIVATE KEY-----\nMIIBaAIBAQQgEJbUczhdl3BAQT8H8hxT8C94XB7HYtfUrZljIrcqDYSggfowgfcC\nAQEwLAYHKoZIzj0BAQIhAP////8AAAABAAAAAAAAAAAAAAAA////////////////\nMFsEIP////8AAAABAAAAAAAAAAAAAAAA///////////////8BCBaxjXYqjqT57Pr\nvVV2mIa8ZR0GsMxTsPY7zjw+J9JgSwMVAMSdNgiG5wSTamZ44ROdJreBn36QBEEE\naxfR8uEsQkf4vOblY6RA8ncDfYEt6zOg9KE5RdiYwpZP40Li/hp/m47n60p8D54W\nK84zV2sxXs7LtkBoN79R9QIhAP////8AAAAA//////////+85vqtpxeehPO5ysL8\nYyVRAgEBoUQDQgAERW7VxosJozUHVpO+wDZ0n152vGkBEbcjLsMDA+JbAUHCKs8h\nhxCpQxSGur5ZAa8Ijs6qFTqnJVDTQjWhTG1T4A==\n-----END EC PRIVATE KEY-----\n";
const spki = "-----BEGIN PUBLIC KEY-----\nMIIBzDCCAWQGByqGSM49AgEwggFXAgEBMDwGByqGSM49AQECMQD/////////////\n/////////////////////////////v////8AAAAAAAAAAP////8wewQw////////\n//////////////////////////////////7/////AAAAAAAAAAD////8BDCzMS+n\n4j7n5JiOBWvj+C0ZGB2cbv6BQRIDFAiPUBOHWsZWOY2KLtGdKoXI7dPsKu8DFQCj\nNZJqoxmieh0AiWpnc6SCes2scwRhBKqHyiK+iwU3jrHHHvMgrXRuHTtii6ebmFn3\nQeCCVCo4VQLyXb9VKWw6VF44cnYKtzYX3kqWJixvXZ6Yv5KS3Cn49B29KJoUfOna\nMRO18LjACmCxzh1+gZ16Qx18kOoOXwIxAP//////////////////////////////\n/8djTYH0Ny3fWBoNskiwp3rs7BlqzMUpcwIBAQNiAATILuM1pML4CPfqUPnSWXZK\nKLqcq5sC4ownIEykE9iJEaqItondq8IVv0pM8uUe1PGrKwg30kEl4Oa0YRoZu6bP\njUgQud4wZqtdDS6Db6PJe08qxa4UpO8mTPAGXvtCKFU=\n-----END PUBLIC KEY-----\n";
for (const namedCurve of ['P-256', 'secp384r1', 'secp256k1']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve, paramEncoding: 'explicit' });
  const der = (k, type) => k.export({ format: 'der', type });
  console.log(namedCurve, publicKey.asymmetricKeyDetails, der(publicKey, 'spki').length, der(privateKey, 'sec1').length, der(privateKey, 'pkcs8').length, der(publicKey, 'spki').toString('hex').slice(0, 60));
  const sig = crypto.sign('sha256', Buffer.from('x'), privateKey);
  console.log(crypto.verify('sha256', Buffer.from('x'), crypto.createPublicKey(publicKey.export({ format: 'pem', type: 'spki' })), sig));
}
const priv = crypto.createPrivateKey(sec1);
console.log(priv.asymmetricKeyDetails, priv.export({ format: 'pem', type: 'sec1' }) === sec1);
console.log(crypto.createPublicKey(priv).export({ format: 'der', type: 'spki' }).toString('base64'));
console.log(priv.export({ format: 'der', type: 'pkcs8' }).toString('base64'));
const pub = crypto.createPublicKey(spki);
console.log(pub.asymmetricKeyDetails, pub.export({ format: 'pem', type: 'spki' }) === spki, pub.export({ format: 'jwk' }).crv);
