// subtle.importKey of SPKI/PKCS#8 bytes of another key type ('Invalid key type') or curve ('Named curve mismatch'),
// unreadable bytes ('Invalid keyData'); generated key pairs list their usages in node's order; ECDH bits not a
// multiple of 8 are masked.
const { subtle } = globalThis.crypto;
const run = async (label, f) => { try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', e.name, e.message); } };
const x = '11'.repeat(32);
(async () => {
  const rsa = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const ed = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const spki = async (k) => subtle.exportKey('spki', k.publicKey), pk8 = async (k) => subtle.exportKey('pkcs8', k.privateKey);
  await run('ed spki of x25519', () => subtle.importKey('spki', Buffer.from('302a300506032b656e032100' + x, 'hex'), { name: 'Ed25519' }, true, []));
  await run('ed pkcs8 of x25519', () => subtle.importKey('pkcs8', Buffer.from('302e020100300506032b656e04220420' + x, 'hex'), { name: 'Ed25519' }, true, ['sign']));
  await run('ed spki rsa', async () => subtle.importKey('spki', await spki(rsa), { name: 'Ed25519' }, true, []));
  await run('ed spki garbage', () => subtle.importKey('spki', Buffer.from('3000', 'hex'), { name: 'Ed25519' }, true, []));
  await run('ecdsa spki rsa', async () => subtle.importKey('spki', await spki(rsa), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await run('ecdsa pkcs8 ed', async () => subtle.importKey('pkcs8', await pk8(ed), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
  await run('ecdsa spki P-384', async () => subtle.importKey('spki', await spki(ec), { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']));
  await run('rsa spki ec', async () => subtle.importKey('spki', await spki(ec), { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']));
  await run('rsa pkcs8 ed', async () => subtle.importKey('pkcs8', await pk8(ed), { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['decrypt']));
  await run('ecdh spki ed', async () => subtle.importKey('spki', await spki(ed), { name: 'ECDH', namedCurve: 'P-256' }, true, []));
  const r = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['unwrapKey', 'wrapKey', 'decrypt', 'encrypt']);
  console.log('rsa-oaep usages', r.publicKey.usages, r.privateKey.usages);
  const e = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey']);
  console.log('ecdh usages', e.publicKey.usages, e.privateKey.usages);
  const full = new Uint8Array(await subtle.deriveBits({ name: 'ECDH', public: e.publicKey }, e.privateKey, null));
  const bits = new Uint8Array(await subtle.deriveBits({ name: 'ECDH', public: e.publicKey }, e.privateKey, 12));
  console.log('ecdh 12 bits', bits.length, bits[0] === full[0], bits[1] === (full[1] & 0xf0));
  await run('ecdh rsa peer', async () => subtle.deriveBits({ name: 'ECDH', public: rsa.publicKey }, e.privateKey, 8));
})();
