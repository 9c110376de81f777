// A malformed public key fails as node's OpenSSL reports it: the PEM reader's own rules (BEGIN/END
// at line starts, one blank line for headers, whole base64 quads, no data) make the key
// unrecognised ('DECODER routines::unsupported', or PEM 'not proc type' for header lines without
// a colon); DER that does not fit SubjectPublicKeyInfo / RSAPublicKey / Certificate fails with
// the ASN.1 decoder's first error (header too long, too long, wrong tag, field missing, sequence
// length mismatch, unexpected eoc, ...); a well-formed SPKI with an unknown algorithm or RSA key
// bits that are not an RSAPublicKey is the EVP layer's 'decode error'; bytes after the value are
// ignored. (The key: a fixed 512-bit RSA key.)
const crypto = require('crypto');
const b = 'MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANvyJPHz4ozsgQvgq185TlYMUQfq3KHRvjrbMEXcUofH0EVXiArlF/ZYq/qZlBslK+OKIqwngPXVom18WvGRzeUCAwEAAQ==';
const wrap = (s, n) => s.replace(new RegExp(`.{${n}}`, 'g'), '$&\n').replace(/\n$/, '');
const pem = (label, body) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
const res = (f) => { try { return `ok ${f().asymmetricKeyType}`; } catch (e) { return `${e.code} ${e.message}`; } };

const forms = {
  normal: pem('PUBLIC KEY', wrap(b, 64)),
  blankBeforeEnd: pem('PUBLIC KEY', `${wrap(b, 64)}\n`),
  blankAfterBegin: pem('PUBLIC KEY', `\n${wrap(b, 64)}`),
  blankMiddle: pem('PUBLIC KEY', `${b.slice(0, 64)}\n\n${b.slice(64)}`),
  twoBlank: pem('PUBLIC KEY', `\n${b}\n`),
  colonHeader: pem('PUBLIC KEY', `X-Foo: bar\n\n${b}`),
  w76: pem('PUBLIC KEY', wrap(b, 76)),
  oneLine: pem('PUBLIC KEY', b),
  crlf: pem('PUBLIC KEY', wrap(b, 64)).replace(/\n/g, '\r\n'),
  spaces: pem('PUBLIC KEY', ` ${wrap(b, 64).replace(/\n/g, ' \t\n')}`),
  empty: '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n',
  emptyLine: pem('PUBLIC KEY', ''),
  noPad: pem('PUBLIC KEY', b.replace(/=+$/, '')),
  indented: `  ${pem('PUBLIC KEY', b)}`,
  textAround: `hello\n${pem('PUBLIC KEY', b)}bye`,
  zeroBytes: pem('PUBLIC KEY', 'AAAA'),
  shortSeq: pem('PUBLIC KEY', 'MFww'),
  badChar: pem('PUBLIC KEY', 'MF*w'),
  padMiddle: pem('PUBLIC KEY', 'MFw=MFww'),
  mixedLabel: pem('PUBLIC KEY', b).replace('END PUBLIC KEY', 'END RSA PUBLIC KEY'),
  certLabel: pem('CERTIFICATE', b),
  rsaLabel: pem('RSA PUBLIC KEY', b),
  truncated: pem('PUBLIC KEY', b.slice(0, 72)),
};
for (const [k, v] of Object.entries(forms)) console.log(k, res(() => crypto.createPublicKey(v)));

const spki = Buffer.from(b, 'base64');
const pkcs1 = crypto.createPublicKey(forms.normal).export({ type: 'pkcs1', format: 'der' });
for (const [name, der, type] of [['spki', spki, 'spki'], ['pkcs1', pkcs1, 'pkcs1']]) {
  const run = (label, d) => console.log(name, label, res(() => crypto.createPublicKey({ key: d, format: 'der', type })));
  for (let n = 0; n < der.length; n += 7) run(`cut ${n}`, der.subarray(0, n));
  for (let i = 0; i < 24; i++) {
    for (const v of [0x00, 0xff, 0x30, 0x81]) {
      const d = Buffer.from(der);
      d[i] = v;
      run(`byte ${i}=${v.toString(16)}`, d);
    }
  }
  run('trailing byte', Buffer.concat([der, Buffer.from([0])]));
}
console.log('unknown alg', res(() => crypto.createPublicKey({ key: Buffer.from(spki.toString('hex').replace('2a864886f70d010101', '2a864886f70d0101ff'), 'hex'), format: 'der', type: 'spki' })));
try { crypto.publicEncrypt(pem('PUBLIC KEY', 'MFww'), Buffer.from('x')); } catch (e) { console.log('publicEncrypt', e.code, e.message); }
try { crypto.createVerify('sha256').update('x').verify(pem('PUBLIC KEY', 'AAAA'), Buffer.alloc(2)); } catch (e) { console.log('verify', e.code, e.message); }
