// X509Certificate edge cases: NUL in names, IP forms, checkHost option validation order, a '.domain' host,
// a certificate whose key does not decode (publicKey's error, toLegacyObject without key fields).
const { X509Certificate } = require('crypto');
const x = new X509Certificate(`-----BEGIN CERTIFICATE-----
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
-----END CERTIFICATE-----`);
const show = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, 'ERR', e.name, e.code, e.message); } };
show('host nul', () => x.checkHost('agent\x001'));
show('email nul', () => x.checkEmail('not\x00hing'));
show('ip brackets', () => x.checkIP('[::]'));
show('ip ::', () => x.checkIP('::'));
show('ip v4mapped', () => x.checkIP('::ffff:127.0.0.1'));
for (const i of [1, false, null]) { show(`opts ${i}`, () => x.checkHost('a', i)); show(`subject ${i}`, () => x.checkHost('a', { subject: i })); }
for (const key of ['wildcards', 'partialWildcards', 'multiLabelWildcards', 'singleLabelSubdomains']) for (const i of [1, '', null, {}]) show(`${key} ${JSON.stringify(i)}`, () => x.checkHost('a', { [key]: i }));
show('subject bad + wildcards bad', () => x.checkHost('a', { subject: 'x', wildcards: 1 }));
show('email opts', () => x.checkEmail('admin@example.com', { subject: 'never' }));
show('host empty', () => x.checkHost(''));
show('email empty', () => x.checkEmail(''));
show('host trailing dot', () => x.checkHost('example.com.'));
show('host .example.org', () => x.checkHost('.example.org'));
const bad = `-----BEGIN CERTIFICATE-----
MIIDpDCCAw0CFEc1OZ8g17q+PZnna3iQ/gfoZ7f3MA0GCSqGSIb3DQEBBQUAMIHX
MRMwEQYLKwYBBAGCNzwCAQMTAkdJMR0wGwYDVQQPExRQcml2YXRlIE9yZ2FuaXph
dGlvbjEOMAwGA1UEBRMFOTkxOTExCzAJBgNVBAYTAkdJMRIwEAYDVQQIFAlHaWJy
YWx0YXIxEjAQBgNVBAcUCUdpYnJhbHRhcjEgMB4GA1UEChQXV0hHIChJbnRlcm5h
dGlvbmFsKSBMdGQxHDAaBgNVBAsUE0ludGVyYWN0aXZlIEJldHRpbmcxHDAaBgNV
BAMUE3d3dy53aWxsaWFtaGlsbC5jb20wIhgPMjAxNDAyMDcwMDAwMDBaGA8yMDE1
MDIyMTIzNTk1OVowgbAxCzAJBgNVBAYTAklUMQ0wCwYDVQQIEwRSb21lMRAwDgYD
VQQHEwdQb21lemlhMRYwFAYDVQQKEw1UZWxlY29taXRhbGlhMRIwEAYDVQQrEwlB
RE0uQVAuUE0xHTAbBgNVBAMTFHd3dy50ZWxlY29taXRhbGlhLml0MTUwMwYJKoZI
hvcNAQkBFiZ2YXNlc2VyY2l6aW9wb3J0YWxpY29AdGVsZWNvbWl0YWxpYS5pdDCB
nzANBgkqhkiG9w0BAQEFAAOBjQA4gYkCgYEA5m/Vf7PevH+inMfUJOc8GeR7WVhM
CQwcMM5k46MSZo7kCk7VZuaq5G2JHGAGnLPaPUkeXlrf5qLpTxXXxHNtz+WrDlFt
boAdnTcqpX3+72uBGOaT6Wi/9YRKuCs5D5/cAxAc3XjHfpRXMoXObj9Vy7mLndfV
/wsnTfU9QVeBkgsCAwEAAaOBkjCBjzAdBgNVHQ4EFgQUfLjAjEiC83A+NupGrx5+
Qe6nhRMwbgYIKwYBBQUHAQwEYjBgoV6gXDBaMFgwVhYJaW1hZ2UvZ2lmMCEwHzAH
BgUrDgMCGgQUS2u5KJYGDLvQUjibKaxLB4shBRgwJhYkaHR0cDovL2xvZ28udmVy
aXNpZ24uY29tL3ZzbG9nbzEuZ2lmMA0GCSqGSIb3DQEBBQUAA4GBALLiAMX0cIMp
+V/JgMRhMEUKbrt5lYKfv9dil/f22ezZaFafb070jGMMPVy9O3/PavDOkHtTv3vd
tAt3hIKFD1bJt6c6WtMH2Su3syosWxmdmGk5ihslB00lvLpfj/wed8i3bkcB1doq
UcXd/5qu2GhokrKU2cPttU+XAN2Om6a0
-----END CERTIFICATE-----`;
const c = new X509Certificate(bad);
show('bad subject', () => c.subject);
show('bad issuer', () => c.issuer);
show('bad validFrom', () => [c.validFrom, c.validTo, c.serialNumber, c.ca]);
show('bad publicKey', () => c.publicKey);
show('bad checkIssued', () => c.checkIssued(c));
show('bad legacy', () => Object.keys(c.toLegacyObject()));

// Escaping: RFC 2253 names, node's quoting of alternative names (\u002c for commas), DirName, othername, RID,
// raw values for checkHost and the legacy infoAccess.
{
const x = new X509Certificate(`-----BEGIN CERTIFICATE-----
MIIC8zCCApmgAwIBAgIUS20W7OqIpXKSgUpNr+2+dJ9YpSIwCgYIKoZIzj0EAwIw
STEcMBoGA1UEAwwTYSxiK2M7ZDxlPmYiZ1xoICMgaTEWMBQGA1UECgwNI2xlYWRp
bmcgaGFzaDERMA8GA1UECwwIdGFiCWhlcmUwHhcNMjYxMTI3MTE1MTM5WhcNMjYx
MjI3MTE1MTM5WjBJMRwwGgYDVQQDDBNhLGIrYztkPGU+ZiJnXGggIyBpMRYwFAYD
VQQKDA0jbGVhZGluZyBoYXNoMREwDwYDVQQLDAh0YWIJaGVyZTBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABMZU9GEleTV5bjBPgqz2r2cMynbKLfsMj2Uharw7/nEV
34MKIA4dXg/tFvsAEbumrKvhJ+jPhbxbJzFCxAfQ7oejggFdMIIBWTCB3gYDVR0R
BIHWMIHTgiZldmlsLmV4YW1wbGUuY29tLCBETlM6Z29vZC5leGFtcGxlLmNvbYIO
cXVvdGVkLmV4YW1wbGWGHWh0dHA6Ly9leGFtcGxlLmNvbS9wYXRoP3g9MSwygRZ3
ZWlyZCxtYWlsQGV4YW1wbGUuY29thxAgAQ24AAAAAAAA/wAAQoMppDUwMzELMAkG
A1UEBhMCVVMxETAPBgNVBAoMCERpciwgT3JnMREwDwYDVQQDDAhkaXIgbmFtZaAT
BgMqAwSgDAwKc29tZSBvdGhlcogEKgMEBTBXBggrBgEFBQcBAQRLMEkwJwYIKwYB
BQUHMAGGG2h0dHA6Ly9vY3NwLmV4YW1wbGUuY29tL2EsYjAeBggrBgEFBQcwAoYS
aHR0cDovL3guZXhhbXBsZS9xMB0GA1UdDgQWBBQi3KmVg2aV2+Ur/GKRFb0EP08J
FTAKBggqhkjOPQQDAgNIADBFAiB5Eq+a6ghSq2t9yDsRDjl4gllXOGZWV9nub8mR
DoMl0AIhANx6jKuM4DcK3KAtobpZsrgdrBRYUQ4Ryf4NQCUyQDAH
-----END CERTIFICATE-----`);
console.log(JSON.stringify([x.subject, x.subjectAltName, x.infoAccess]));
console.log(require('util').inspect(x.toLegacyObject().subject), JSON.stringify(x.toLegacyObject().infoAccess));
for (const h of ['evil.example.com', 'good.example.com', 'quote"d.example', 'evil.example.com, DNS:good.example.com']) console.log(h, x.checkHost(h));
console.log(x.checkEmail('"weird,mail"@example.com'), x.checkIP('2001:db8::ff00:42:8329'));
}
