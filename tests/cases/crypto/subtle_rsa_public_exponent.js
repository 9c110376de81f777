// A generated RSA key's algorithm.publicExponent is the caller's array itself (node keeps it), an imported key's its own copy.
const { subtle } = globalThis.crypto;
(async () => {
  for (const pe of [Buffer.from([3]), new Uint8Array([0, 1, 0, 1]), new Uint8Array([1, 0, 1])]) {
    const k = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: pe, hash: 'SHA-256' }, true, ['sign', 'verify']);
    const a = k.publicKey.algorithm, b = k.privateKey.algorithm;
    console.log(a.publicExponent === pe, a.publicExponent === b.publicExponent, a.publicExponent, a === k.publicKey.algorithm, a.publicExponent === k.publicKey.algorithm.publicExponent);
    pe[0] = 9;
    console.log(k.publicKey.algorithm.publicExponent);
    const i = await subtle.importKey('jwk', await subtle.exportKey('jwk', k.publicKey), { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']);
    console.log(i.algorithm.publicExponent, i.algorithm.publicExponent.constructor.name);
  }
})();
