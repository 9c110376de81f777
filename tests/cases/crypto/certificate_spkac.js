// crypto.Certificate (SPKAC; was unavailable): the challenge, the public key as PEM and the signature check for
// RSA (md5) and EC (sha256) SPKACs made with openssl, from strings, hex, views and ArrayBuffers; '' and false for bad input.
const { Certificate } = require('crypto');
const spkac = Buffer.from('MIIBTTCBtzCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAlZ1NMDbw4mzIUHCPk01gisxmiIw8Kg6LEQV5aYq0riCDU8aPdEEc09QNC6+yVDiRiUewVGZumfjd/ssIXSUPIx3hleQPl3AlY/x1nTnppNTvNxCxie+Gdw+ZCldsLp0SXjjWbqKhrdBxvgkuzoITMIdBVzlL+1BhBYwhoT/NRokCAwEAARYTdGhpcy1pcy1hLWNoYWxsZW5nZTANBgkqhkiG9w0BAQQFAAOBgQBlCB7oa8Egu/YdCim2lx50jeuv5h5dw13CzFYFO5fLrv9/LjTiCpWHbqWQ5PMLrc4UUyiagaDQS2YmNgN1auWw+SI+LeO9+5URJB1D/nfgOYg9TMNQWXY2R9Do9VgoR+QxviRkrmPgul/eNVsDb32KHpo3OP9tCslQL1mIXH0Fhw==\n');
const ec = 'MIHBMGkwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQLgOgnuczInzmSQcHXghDjvyCKhWZuAvgG5R+xxRUpSIy0LbTXsVY/kpU6bkR1bemfcSQeCcNJx1asYmUFoDtfFgxlYyBjaGFsbGVuZ2UwCgYIKoZIzj0EAwIDSAAwRQIgBBE1NiKzUlseioxvaO8tIN1/mJLkjAvIK5+mfBW7spsCIQDfCNK5+zGppUzDCltiJ0ZsY6k2RGfTOfw60eQ5Z7W02g==\n';
const show = (l, f) => { try { const v = f(); console.log(l, Buffer.isBuffer(v) ? `Buffer ${JSON.stringify(v.toString())}` : JSON.stringify(v)); } catch (e) { console.log(l, 'ERR', e.name, e.code, e.message); } };
for (const [n, s] of [['rsa', spkac], ['ec', ec], ['rsa-str', spkac.toString()], ['hex', Buffer.from(spkac.toString()).toString('hex')]]) {
  show(`${n} challenge`, () => Certificate.exportChallenge(s, n === 'hex' ? 'hex' : undefined));
  show(`${n} publicKey`, () => Certificate.exportPublicKey(s, n === 'hex' ? 'hex' : undefined));
  show(`${n} verify`, () => Certificate.verifySpkac(s, n === 'hex' ? 'hex' : undefined));
}
const bad = Buffer.from(spkac.toString().replace('A', 'B'));
show('tampered verify', () => Certificate.verifySpkac(bad));
show('garbage challenge', () => Certificate.exportChallenge('garbage'));
show('garbage key', () => Certificate.exportPublicKey('garbage'));
show('garbage verify', () => Certificate.verifySpkac('garbage'));
show('empty', () => Certificate.verifySpkac(''));
show('num', () => Certificate.verifySpkac(1));
show('instance', () => new Certificate().exportChallenge(spkac).toString());
show('call', () => Certificate().verifySpkac(spkac));
show('u8', () => Certificate.verifySpkac(new Uint8Array(spkac)));
show('ab', () => Certificate.exportChallenge(new Uint8Array(spkac).buffer).toString());
