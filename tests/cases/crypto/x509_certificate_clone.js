// An X509Certificate survives structuredClone and MessagePort (a copy with the same data); its prototype's
// own property names are node's; an object that only inherits from it clones as a plain object.
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
const c = structuredClone(x);
console.log(c instanceof X509Certificate, c !== x, c.subject, c.raw.equals(x.raw), c.checkHost('example.com'));
const plain = Object.create(X509Certificate.prototype);
try { console.log(structuredClone(plain)); } catch (e) { console.log('ERR', e.name, e.message); }
const { port1, port2 } = new MessageChannel();
port1.onmessage = ({ data }) => { console.log('port', data instanceof X509Certificate, data.serialNumber); port1.close(); };
port2.postMessage(x);
console.log(Object.getOwnPropertyNames(X509Certificate.prototype).join());
