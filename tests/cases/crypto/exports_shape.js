// crypto's export shapes as node 20's: deprecated aliases (rng, prng, pseudoRandomBytes) are
// lazy accessors, createCipher/createDecipher read-only and hidden, webcrypto/subtle getters;
// getFips/setFips/setEngine/secureHeapUsed; the order of the keys rjs and node both have.
const crypto = require('crypto');
const show = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const desc = (k) => {
  const d = Object.getOwnPropertyDescriptor(crypto, k);
  return d && { get: typeof d.get, set: typeof d.set, value: typeof d.value, enumerable: d.enumerable, configurable: d.configurable, writable: d.writable };
};
for (const k of ['rng', 'prng', 'pseudoRandomBytes', 'createCipher', 'createDecipher', 'fips', 'webcrypto', 'subtle', 'getRandomValues', 'constants', 'getFips', 'Sign', 'DiffieHellmanGroup']) {
  console.log(k, desc(k));
}
const shared = ['checkPrime', 'checkPrimeSync', 'createCipheriv', 'createDiffieHellman', 'createDiffieHellmanGroup', 'createHash', 'createSign', 'createVerify',
  'diffieHellman', 'generatePrime', 'generatePrimeSync', 'getDiffieHellman', 'generateKey', 'generateKeySync', 'randomBytes', 'setEngine', 'getFips', 'setFips',
  'Cipher', 'DiffieHellman', 'DiffieHellmanGroup', 'Hash', 'KeyObject', 'Sign', 'Verify', 'secureHeapUsed', 'constants', 'webcrypto', 'subtle', 'getRandomValues'];
console.log(Object.keys(crypto).filter((k) => shared.includes(k)).join(' '));
console.log(['createCipher', 'rng', 'prng', 'pseudoRandomBytes', 'fips'].filter((k) => Object.keys(crypto).includes(k)));
show('rng is randomBytes', () => crypto.rng === crypto.randomBytes);
show('rng after read', () => desc('rng'));
show('prng assigned', () => { crypto.prng = 5; return [crypto.prng, desc('prng')]; });
show('getFips', () => crypto.getFips());
show('setFips(false)', () => crypto.setFips(false));
show('getFips after', () => crypto.getFips());
show('secureHeapUsed', () => crypto.secureHeapUsed());
show('setEngine(1)', () => crypto.setEngine(1));
show('setEngine flags', () => crypto.setEngine('x', 'y'));
show('getRandomValues', () => crypto.getRandomValues === crypto.webcrypto.getRandomValues);
show('lengths', () => ['checkPrime', 'checkPrimeSync', 'generatePrime', 'generatePrimeSync', 'generateKey', 'generateKeySync', 'setFips', 'getFips', 'secureHeapUsed',
  'setEngine', 'Sign', 'Verify', 'createSign', 'createVerify', 'DiffieHellman', 'DiffieHellmanGroup', 'createDiffieHellman', 'getDiffieHellman', 'diffieHellman'].map((k) => `${k}:${crypto[k].length}`).join(' '));
show('names', () => [crypto.getDiffieHellman.name, crypto.createDiffieHellmanGroup.name, crypto.createDiffieHellman.name, crypto.createCipher.name]);
