// generateKeyPair('rsa-pss')'s deprecated hash/mgf1Hash options: a DEP0154 warning on each use
// (before their validation), accepted beside hashAlgorithm/mgf1HashAlgorithm when equal,
// ERR_INVALID_ARG_VALUE when they differ.
const crypto = require('crypto');
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
show('both', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hash: 'sha256', hashAlgorithm: 'sha256', mgf1Hash: 'sha1' }).publicKey.asymmetricKeyDetails);
show('again', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hash: 'sha384' }).publicKey.asymmetricKeyDetails);
show('differ', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hash: 'sha256', hashAlgorithm: 'sha384' }));
show('type', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, mgf1Hash: 5 }));
setImmediate(() => console.log(warnings));
