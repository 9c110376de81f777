// RSA-PSS verify with a salt length too long for the key: crypto.verify returns false, webcrypto's verify rejects (OperationError), as node 20 (OpenSSL) does.
const { subtle } = globalThis.crypto;
const c = require('crypto');
const jwk = {"kty":"RSA","n":"6fveKGSIdYRzKcvMhx8E_ncQaYUoKdIXsp3buidlqeSV-uW68MbdokPEU7ouIOZwCsecSFT-NWBuish79Bq_cqLCWMVJSYPAXNzCvHaaNzVryUenQOxFQ6mDl4piy6oiNfPbGlH3D6UY3nVwjc9MGtYknJ9cJqsprMlszlHZEjs","e":"AQAB","d":"mqReNbAMCC9btbn-GSfFMzEZ5cOdwdYa13BBcozrQhfTkBkZLl0gykejj_qy1ge28Ujv31ZdFIYBSTQryC-Na0DcNxvPs6W3glv8ZcQL5FM3jgb2ekaF6mmGBppuNvplY8Du2QPVGk7WAiGuY8c6HkOLQX2EiekP0nTOvJ_u8pE","p":"-NXAWTALekA05zfewR5Uy5-tB8GCPAjPazeEkThSjkloeO0mapvdv7J5ddmltHEyuHWcd1_3C0iqg3cBvBVrxw","q":"8Likz2YvqqgY_0c3x5tlZzuhgzybiikiMxCglQQ2jgtJrY3HudWMufUKXwnIc5HbqLKHZEs--FipEiSl1Ttd7Q","dp":"aGEprX_k4KQ8TN132GSDx2K0r3Mx0UMU1vHT7yLEJqGObGN2YPP_AeG454Gj69wsHYpgVwbvV1FlDX6HQMFvkw","dq":"yh4O68FeFolr67PthuDYZLRx6ZJS-s-M0pmMa3KNJ_kcVOftogBHV8AChEffkgIPEHdOLQztA3LWCtDQmNhvBQ","qi":"1Z_Q_NUjPpnVIrYtS8V3r0WD3IztARFbfR4Ns6BMM9NwOxbc1c4q2X0RLpMaK-epVrMNna9IG71oz2D-YQbCtQ"};
(async () => {
  const k = await subtle.importKey('jwk', jwk, { name: 'RSA-PSS', hash: 'SHA-512' }, true, ['sign']);
  const p = await subtle.importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, { name: 'RSA-PSS', hash: 'SHA-512' }, true, ['verify']);
  const sig = await subtle.sign({ name: 'RSA-PSS', saltLength: 62 }, k, Buffer.from('x'));
  for (const saltLength of [61, 62, 63, 100]) {
    try { console.log('subtle', saltLength, await subtle.verify({ name: 'RSA-PSS', saltLength }, p, sig, Buffer.from('x'))); } catch (e) { console.log('subtle', saltLength, e.name, e.message); }
    try { console.log('crypto', saltLength, c.verify('sha512', Buffer.from('x'), { key: c.createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }), padding: c.constants.RSA_PKCS1_PSS_PADDING, saltLength }, Buffer.from(sig))); } catch (e) { console.log('crypto', saltLength, e.message); }
  }
})();
