// ECDSA verification of node's webcrypto test vectors (test/fixtures/crypto/ecdsa.js: P-256 and
// P-384 with SHA-1/256/384/512, IEEE P1363 signatures), through crypto.verify and subtle.verify,
// including digests longer and shorter than the curve order; plus sign/verify round trips.
const crypto = require('crypto');
const { subtle } = crypto.webcrypto;
const hex = (h) => Buffer.from(h, 'hex');
const pkcs8 = {
  'P-256': hex('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b02010104205119f596e17f3c55a170b674c96e6bea7269dc9240047c76c841ff49106c4989a14403420004b1d1e7da708dfadf90bc013a4009184bdb3f9065078f5598f6ad263865a387e249ebf1a514ad8c943635a66d8acd64ebf2c876e55448813f10026a5e1f0a9817'),
  'P-384': hex('3081b6020100301006072a8648ce3d020106052b8104002204819e30819b020101043002a9a0d899efa87e7564110907e9d82c21bd6265a37abd9a6fdb0f80ec844dd3a1425320d67ddc30f5db74efb9a2e661a164036200041d319d692dca5f5754ba7b32c11642c6d8d2b4fb8249c3f214d71e90b5252966d97f7beb1faab1e4f3e2605549c2eedb520329b3bea6b5e55624a15150a16966635f1916ef04dd758e69409d0633cb4b25994179b22a769c743436910e799951'),
};
const spki = {
  'P-256': hex('3059301306072a8648ce3d020106082a8648ce3d03010703420004b1d1e7da708dfadf90bc013a4009184bdb3f9065078f5598f6ad263865a387e249ebf1a514ad8c943635a66d8acd64ebf2c876e55448813f10026a5e1f0a9817'),
  'P-384': hex('3076301006072a8648ce3d020106052b81040022036200041d319d692dca5f5754ba7b32c11642c6d8d2b4fb8249c3f214d71e90b5252966d97f7beb1faab1e4f3e2605549c2eedb520329b3bea6b5e55624a15150a16966635f1916ef04dd758e69409d0633cb4b25994179b22a769c743436910e799951'),
};
const plaintext = hex('5f4dba4f320c0ce876725afce5fbd25bf83e5a7125a08cafe73c3ebac421779df9d55d180c3ae9942645e1d82fee8c9d294b3cb1a08a9931201b3c0e81fc47cacf8315a2af66324113c3b66230c34608c4f4593634ce02b267362277f0a840ca74bc3d1a6236952c5ed7aaf8a8fecbddfa7584e6978cea5d2a5b9fb7f1b48c8b0be58a305202754d8376107374793cf026aaee5300727d836cd71e71b345ddb2e44446ffc5b901635413890d910ea380984a90191031323f16dbcc9d6be168b84885384ca03e12600ac1c248028af3726cc93463882ea8c02aab');
const signatures = {
  'P-256': {
    'SHA-1': 'a6f9548fa945bca4ce6e41d4099623b409e21070c03179161867d3ca411ee4f39e51ba999723e609d0abb2cc48450e886544ca400bae09841651211b43907672',
    'SHA-256': '15f4adec59122298cd1642ee9104748c705dc6a3f70ed8222a52ee0420a35ce4c8293db29689acf24f6009b98df0cb8ec1aab17f8ad448a8c0e86843dfa824a3',
    'SHA-384': 'b860be71578d07ad137c2a75ac29528114b23f58021b2c2875ac1374ed3143a9284efd9402b950cfc738fc9df4e33d917594f2078b96a02d5fbf17efe94e72a6',
    'SHA-512': 'b6a0a14d7e4bc6dd2eda82c9234f174b670b60c8f7d101f68fdf5889e02373b025dcbc4c82f2929b8e06c68535da98e38fe399c53a814b097935581ef21535eb',
  },
  'P-384': {
    'SHA-1': '65fe070ec3eac35250d00b9ee6db4d2dadd5f3bbb9c495c8671d2a0d2b99149fb24f88af074e0b903268b3d0ed5f0e14685796b28fe34b2d8edcdf10845b24cf79b33627d8bd2c81621cb51e030c21a43abb0a8740fac26f8522e683c367ac96',
    'SHA-256': '4bc2dfea3bcda4fbb4fd927b030f9b80b1f5d2ad9bb7aa06293869577120b2b1d0ef11ccd9fed0714aab36bef63928f784f53c7e09df93e9b3e5b0c883cf720951b4fe2382c7842edcfcd45d956a72d29a4030a038a900e6f7dd857a5650d3e8',
    'SHA-384': '0dd9c2c7f0b6f4d9328254a902e87374b3c092195e6be21aa1a6dcd8eba60f7b0b38c4006dfa2146d4e9fd23dc336179974017493a1f4f74eecfe455be3da9ed99641d81610dfeb468b607da941d5714e7b51aee2c45aa0e9c4da021b2370090',
    'SHA-512': '72fbdb369fd34c1c54264d07f4facd69b02e4206f8a8bb259b882a305c56fde2d35107e493c53cd6b4af0b31306f4d03fd43cfc762a1030e17a3d775453a1212b1429f7b3d93066a5f42a10b138cd177dc09616e827d598822d78d4627b754e6',
  },
};
const md = (h) => h.replace('-', '').toLowerCase();
(async () => {
  for (const curve of Object.keys(spki)) {
    const pub = crypto.createPublicKey({ key: spki[curve], format: 'der', type: 'spki' });
    const priv = crypto.createPrivateKey({ key: pkcs8[curve], format: 'der', type: 'pkcs8' });
    const webPub = await subtle.importKey('spki', spki[curve], { name: 'ECDSA', namedCurve: curve }, true, ['verify']);
    const webPriv = await subtle.importKey('pkcs8', pkcs8[curve], { name: 'ECDSA', namedCurve: curve }, false, ['sign']);
    for (const [hash, sigHex] of Object.entries(signatures[curve])) {
      const sig = hex(sigHex);
      const bad = Buffer.from(sig);
      bad[3] ^= 1;
      const own = crypto.sign(md(hash), plaintext, { key: priv, dsaEncoding: 'ieee-p1363' });
      const webOwn = await subtle.sign({ name: 'ECDSA', hash }, webPriv, plaintext);
      console.log(curve, hash,
        crypto.verify(md(hash), plaintext, { key: pub, dsaEncoding: 'ieee-p1363' }, sig),
        await subtle.verify({ name: 'ECDSA', hash }, webPub, sig, plaintext),
        await subtle.verify({ name: 'ECDSA', hash }, webPub, bad, plaintext),
        crypto.verify(md(hash), plaintext, pub, crypto.sign(md(hash), plaintext, priv)),
        await subtle.verify({ name: 'ECDSA', hash }, webPub, own, plaintext),
        crypto.verify(md(hash), plaintext, { key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.from(webOwn)));
    }
    console.log(curve, 'jwk', (await subtle.exportKey('jwk', webPub)).x);
  }
})();
