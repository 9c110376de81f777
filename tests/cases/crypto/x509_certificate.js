// crypto.X509Certificate (was unavailable): names as OpenSSL prints them (multi-line, RFC 2253 escapes,
// DC lists), subjectAltName/infoAccess text, validity, fingerprints, serial, EKU OIDs, ca, publicKey,
// checkHost/checkEmail/checkIP/checkIssued/checkPrivateKey/verify (RSA, EC, Ed25519 signatures),
// toLegacyObject, inspect and node's argument errors. Certificates made with openssl.
const { X509Certificate, createPrivateKey, createPublicKey } = require('crypto');
const util = require('util');
const pems = {
  'ca.pem': `-----BEGIN CERTIFICATE-----
MIIEEzCCAvugAwIBAgIEEjSrzTANBgkqhkiG9w0BAQsFADCBmDELMAkGA1UEBhMC
VVMxEzARBgNVBAgMCkNhbGlmb3JuaWExFjAUBgNVBAcMDVNhbiBGcmFuY2lzY28x
FDASBgNVBAoMC0V4YW1wbGUgT3JnMRIwEAYDVQQLDAlUZXN0IFVuaXQxEzARBgNV
BAMMCkV4YW1wbGUgQ0ExHTAbBgkqhkiG9w0BCQEWDmNhQGV4YW1wbGUuY29tMB4X
DTI2MTEyNzExNDgwOFoXDTM2MTEyNDExNDgwOFowgZgxCzAJBgNVBAYTAlVTMRMw
EQYDVQQIDApDYWxpZm9ybmlhMRYwFAYDVQQHDA1TYW4gRnJhbmNpc2NvMRQwEgYD
VQQKDAtFeGFtcGxlIE9yZzESMBAGA1UECwwJVGVzdCBVbml0MRMwEQYDVQQDDApF
eGFtcGxlIENBMR0wGwYJKoZIhvcNAQkBFg5jYUBleGFtcGxlLmNvbTCCASIwDQYJ
KoZIhvcNAQEBBQADggEPADCCAQoCggEBAJbkKWMf675u6uPHqAAiXP1QoBXxPeiI
BzZzCehV0lg+jtVsiLKQRkl3s8hPvQyswrYaAd2XNMFF6WHH02xDnHZrqw9FiV/u
RKaqpnhTBAs+HNwvfi68I3uI3GA6gSy4WhaE3LpVVPJlOACtSbWxbMykET4ma7oi
v501hsYtxDhdSBZgpjxQPS6b9JIreSiEBJnB6rWvsqwn2AjortiUaquYV3VUIgup
jR342AD8Lqng9/Xi6VSMUJs7KgbV31yKLBfeaoeO5QRb7ReIlGWIu1Eu74RKWBmS
OZxyEEKNoPBZ/6VlDQQFH/oMUYyqmAX2AL2KIJt35N3QiPuewr/XfzECAwEAAaNj
MGEwHQYDVR0OBBYEFEIeCkSuLRoNm9LltYTnF/mrqwGUMB8GA1UdIwQYMBaAFEIe
CkSuLRoNm9LltYTnF/mrqwGUMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQD
AgEGMA0GCSqGSIb3DQEBCwUAA4IBAQBIlhCz5xY5EgCuHCldFhgAKqirUanbf98d
DMnVzPmoN38/t+IH7Vwob4NuwiqB+iFcrdjJNMyFkRI2M/R8i5Wt/wqFAwZkiU/1
HW+0/uPlIbFnr+nRJhskINeV5FXqupHsW0nIaz3KhFQTj9dVAOrD5VuspeJ8C/1Y
sOVKoW78BkXO1Pq1ZFKRi4zeJ983rw9lehlaAmDK6ag82hEBsG6Ktdf16HRnqj01
3Wt6Yuxbue2u9t8HFzlTK6LuSQCDHX6wtWz/jWtpCRnr5MqgAnVVTjj4FXLftl11
gYcrTVplxEG3KeSWq6GrBDGASqy9dDUqg64js9bwN7nLgDdgiGC1
-----END CERTIFICATE-----`,
  'leaf.pem': `-----BEGIN CERTIFICATE-----
MIIDxzCCAq+gAwIBAgIDCgsMMA0GCSqGSIb3DQEBCwUAMIGYMQswCQYDVQQGEwJV
UzETMBEGA1UECAwKQ2FsaWZvcm5pYTEWMBQGA1UEBwwNU2FuIEZyYW5jaXNjbzEU
MBIGA1UECgwLRXhhbXBsZSBPcmcxEjAQBgNVBAsMCVRlc3QgVW5pdDETMBEGA1UE
AwwKRXhhbXBsZSBDQTEdMBsGCSqGSIb3DQEJARYOY2FAZXhhbXBsZS5jb20wHhcN
MjYxMTI3MTE0ODA4WhcNMjcxMTI3MTE0ODA4WjA3MQswCQYDVQQGEwJERTESMBAG
A1UECgwJTGVhZiBHbWJIMRQwEgYDVQQDDAtleGFtcGxlLmNvbTBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABFG/Dj+sNMji17qFZNmW3UDmX8tQerS3sSDoseABseYN
WWaV7KSdtGMCvA9mtCexL4JVLLxupDGbnVUm27kQRAmjggFDMIIBPzAJBgNVHRME
AjAAMAsGA1UdDwQEAwIFoDAdBgNVHSUEFjAUBggrBgEFBQcDAQYIKwYBBQUHAwIw
ZwYDVR0RBGAwXoILZXhhbXBsZS5jb22CDSouZXhhbXBsZS5vcmeHBH8AAAGHEAAA
AAAAAAAAAAAAAAAAAAGBEWFkbWluQGV4YW1wbGUuY29thhVodHRwczovL2V4YW1w
bGUuY29tL3gwXQYIKwYBBQUHAQEEUTBPMCMGCCsGAQUFBzABhhdodHRwOi8vb2Nz
cC5leGFtcGxlLmNvbTAoBggrBgEFBQcwAoYcaHR0cDovL2NhLmV4YW1wbGUuY29t
L2NhLmNydDAdBgNVHQ4EFgQUaAJpxNdeEz10CCxb9dBZJZY73FowHwYDVR0jBBgw
FoAUQh4KRK4tGg2b0uW1hOcX+aurAZQwDQYJKoZIhvcNAQELBQADggEBADeTqGeq
MhRpEIbqzvRP4s3MJuIxCyMobUfnX7CmotTJ7OA1LSoR1jwok9ID9U/rTN4eX2xj
QTrR/X+S1C79t1Wvo5Wl1JGnHfRi5buYyqUtNdYnEg9/wHQW/mo9Kcad2jlJose2
dZvErS4WYLrSjDmKdtRjjs5PHOLBPt8YOyQFh6pzIV+897TwoIfxeGs1bm8cpBqF
5mz0qpHFB1WNVmDYA9TZpMSZ1Iwo2mWWMegGIpYA6vxy2APh2bscRjlrOFfKVkx+
PfFOcaOgsEgREodQZFRBRa8YzDnUCOPBVyO4oYZz28MTx45v1r+kNGsM/B0aEAm+
VKMKFA8ng2f2p08=
-----END CERTIFICATE-----`,
  'leaf.key': `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIAUZ+2xEss+Kv7WKgYQ+UAgufhu5px1CRiPNeZ/vEP3CoAoGCCqGSM49
AwEHoUQDQgAEUb8OP6w0yOLXuoVk2ZbdQOZfy1B6tLexIOix4AGx5g1ZZpXspJ20
YwK8D2a0J7EvglUsvG6kMZudVSbbuRBECQ==
-----END EC PRIVATE KEY-----`,
  'ed.pem': `-----BEGIN CERTIFICATE-----
MIIBXTCCAQ+gAwIBAgIUVAEw9ST08NRmXFzsDSGTViZn12QwBQYDK2VwMCQxFTAT
BgNVBAMMDMOcbsOvY8O2ZMOpIDELMAkGA1UEBRMCNDIwHhcNMjYxMTI3MTE0ODA4
WhcNMjYxMjI3MTE0ODA4WjAkMRUwEwYDVQQDDAzDnG7Dr2PDtmTDqSAxCzAJBgNV
BAUTAjQyMCowBQYDK2VwAyEAyqdWk3WIIbWGOSOuT0GZdu8qvydv4F0678CgNKig
geOjUzBRMB0GA1UdDgQWBBTuz+8WjkKrMPfz9+3IYimsJtMfTDAfBgNVHSMEGDAW
gBTuz+8WjkKrMPfz9+3IYimsJtMfTDAPBgNVHRMBAf8EBTADAQH/MAUGAytlcANB
ANaRoUT9VThGO3dUH22kRBLwuVRI9bhlNfD7AFQ5o1eFWEjN9HNQHUTnEHwW/OsZ
uuv4tVdiRjasM3QKvryRCAc=
-----END CERTIFICATE-----`,
  'ed.key': `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIKSNjWWvQzXy7A3YCoLTKmBU0xOQ4waolYiRbAsyvL7U
-----END PRIVATE KEY-----`,
  'ec384.pem': `-----BEGIN CERTIFICATE-----
MIIB2jCCAV+gAwIBAgIUTnGun8ywnJDPka1wvoAIxU0l048wCgYIKoZIzj0EAwMw
EDEOMAwGA1UEAwwFZWMzODQwHhcNMjYxMTI3MTE0ODA4WhcNMjYxMjI3MTE0ODA4
WjAQMQ4wDAYDVQQDDAVlYzM4NDB2MBAGByqGSM49AgEGBSuBBAAiA2IABBTDTq8e
hGWtfq6ObaYmutPmi+OfPw/MFOtiZrKPBzB4nKrBdg/vWaLI95M1dRtN2q9WjCvC
JMXlc2X5FdIrd+Ay8odpym7KBIwZtEB5fYZFmIfEYB72ZcMUhJ2WhUQh4aN6MHgw
HQYDVR0OBBYEFKYP5mJtOGaM0CjBnU90q2SgnyLoMB8GA1UdIwQYMBaAFKYP5mJt
OGaM0CjBnU90q2SgnyLoMA8GA1UdEwEB/wQFMAMBAf8wJQYDVR0RBB4wHIIJYS5l
eGFtcGxlggliLmV4YW1wbGWHBAoAAAEwCgYIKoZIzj0EAwMDaQAwZgIxAK53el+P
rH8f11cGnojF9pYObXadFm0z8JKhZeY1Z5p7Q/iv/83Fy4S123tVLyDOhwIxAIvm
ts18OuQ53NcO2A0lt3CtwCR+xJEyHaRsi/aj81bQ61Kq/PbolNFRxpL/eaR61A==
-----END CERTIFICATE-----`,
};
const certs = {};
for (const f of ['ca.pem', 'leaf.pem', 'ed.pem', 'ec384.pem']) certs[f] = new X509Certificate(Buffer.from(pems[f]));
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : util.inspect(v, { depth: 4, breakLength: 200 })); } catch (e) { console.log(label, 'ERR', e.name, e.code, e.message); } };
for (const [name, x] of Object.entries(certs)) {
  console.log('==', name);
  for (const p of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo', 'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber', 'ca', 'issuerCertificate']) show(p, () => x[p]);
  show('raw', () => [Buffer.isBuffer(x.raw), x.raw.length, x.raw.equals(Buffer.from(pems[name].split('\n').filter((l) => !l.startsWith('-----')).join(''), 'base64'))]);
  show('publicKey', () => [x.publicKey.type, x.publicKey.asymmetricKeyType, x.publicKey.asymmetricKeyDetails]);
  show('toString', () => x.toString() === `${pems[name]}\n`);
  show('toJSON', () => x.toJSON() === x.toString());
  show('legacy', () => { const o = x.toLegacyObject(); return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Buffer.isBuffer(v) ? `Buffer(${v.length})` : typeof v === 'string' && v.length > 80 ? v.slice(0, 40) + '...' : v])); });
  for (const h of ['example.com', 'EXAMPLE.com', 'www.example.com', 'a.example.org', 'b.a.example.org', 'example.org', 'a.example', 'pss.example', 'Example CA', 'ec384', '127.0.0.1', 'x.test']) show(`checkHost ${h}`, () => x.checkHost(h));
  show('checkHost subject always', () => x.checkHost('example.com', { subject: 'always' }));
  show('checkHost subject never', () => x.checkHost('example.com', { subject: 'never' }));
  show('checkHost wildcards false', () => x.checkHost('a.example.org', { wildcards: false }));
  show('checkHost partial', () => x.checkHost('a.example.org', { partialWildcards: false, multiLabelWildcards: true, singleLabelSubdomains: true }));
  for (const e of ['admin@example.com', 'ADMIN@example.com', 'ca@example.com', 'x@y.z']) show(`checkEmail ${e}`, () => x.checkEmail(e));
  for (const ip of ['127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '10.0.0.1', '1.2.3.4']) show(`checkIP ${ip}`, () => x.checkIP(ip));
  for (const [n2, y] of Object.entries(certs)) show(`checkIssued ${n2}`, () => x.checkIssued(y));
  for (const [n2, y] of Object.entries(certs)) show(`verify ${n2}`, () => x.verify(y.publicKey));
  for (const k of ['leaf.key', 'ed.key']) show(`checkPrivateKey ${k}`, () => x.checkPrivateKey(createPrivateKey(pems[k])));
}
show('der', () => new X509Certificate(certs['leaf.pem'].raw).subject);
show('string', () => new X509Certificate(pems['leaf.pem']).serialNumber);
show('bad', () => new X509Certificate('nope'));
show('bad2', () => new X509Certificate(Buffer.from([1, 2, 3])));
show('badtype', () => new X509Certificate(123));
show('checkHost bad', () => certs['leaf.pem'].checkHost(1));
show('checkEmail bad', () => certs['leaf.pem'].checkEmail('a@b', { subject: 'x' }));
show('checkIP bad', () => certs['leaf.pem'].checkIP('nope'));
show('checkIssued bad', () => certs['leaf.pem'].checkIssued({}));
show('verify bad', () => certs['leaf.pem'].verify({}));
show('verify private', () => certs['leaf.pem'].verify(createPrivateKey(pems['leaf.key'])));
show('checkPrivateKey public', () => certs['leaf.pem'].checkPrivateKey(certs['leaf.pem'].publicKey));
show('inspect', () => util.inspect(certs['ec384.pem']).split('\n').slice(0, 4).join('|'));
show('tag', () => Object.prototype.toString.call(certs['ca.pem']));
show('call', () => X509Certificate(pems['ca.pem']));
show('createPublicKey', () => createPublicKey(pems['leaf.pem']).asymmetricKeyType);
