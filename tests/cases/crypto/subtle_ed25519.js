// SubtleCrypto Ed25519 as node 20's: generateKey (null-prototype pair, usages split), importKey
// raw/spki/pkcs8/jwk with their usage and DataError checks, sign/verify (RFC 8032 vector 1),
// exportKey in every format and its errors, KeyObject.from and wrapKey of a private key.
const { subtle } = globalThis.crypto;
const util = require('util');
const show = async (label, f) => {
  try {
    const r = await f();
    console.log(label, r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : util.inspect(r, { depth: 3, breakLength: 300 }));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
(async () => {
  const seed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
  const pub = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), pub]);
  await show('gen', async () => { const k = await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']); return [Object.getPrototypeOf(k), k.publicKey.type, k.publicKey.extractable, k.publicKey.usages, k.privateKey.type, k.privateKey.extractable, k.privateKey.usages, k.privateKey.algorithm]; });
  await show('gen verify only', () => subtle.generateKey({ name: 'Ed25519' }, true, ['verify']));
  await show('gen bad usage', () => subtle.generateKey({ name: 'Ed25519' }, true, ['encrypt']));
  await show('gen lower', async () => (await subtle.generateKey('ed25519', true, ['sign'])).privateKey.algorithm);
  const priv = await subtle.importKey('pkcs8', pkcs8, 'Ed25519', true, ['sign']);
  await show('priv', () => priv);
  const pubk = await subtle.importKey('spki', spki, { name: 'Ed25519' }, true, ['verify']);
  await show('pub', () => pubk);
  await show('raw pub', async () => (await subtle.importKey('raw', pub, 'Ed25519', true, ['verify'])).type);
  await show('raw pub no usages', async () => (await subtle.importKey('raw', pub, 'Ed25519', true, [])).usages);
  await show('raw pub sign', () => subtle.importKey('raw', pub, 'Ed25519', true, ['sign']));
  await show('raw bad len', () => subtle.importKey('raw', pub.subarray(1), 'Ed25519', true, ['verify']));
  await show('pkcs8 verify usage', () => subtle.importKey('pkcs8', pkcs8, 'Ed25519', true, ['verify']));
  await show('pkcs8 no usages', () => subtle.importKey('pkcs8', pkcs8, 'Ed25519', true, []));
  await show('pkcs8 junk', () => subtle.importKey('pkcs8', Buffer.alloc(10), 'Ed25519', true, ['sign']));
  await show('spki junk', () => subtle.importKey('spki', Buffer.alloc(10), 'Ed25519', true, ['verify']));
  await show('jwk priv', async () => (await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: pub.toString('base64url'), d: seed.toString('base64url') }, 'Ed25519', true, ['sign'])).type);
  await show('jwk pub', async () => (await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: pub.toString('base64url') }, 'Ed25519', true, ['verify'])).type);
  await show('jwk bad crv', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519', x: pub.toString('base64url') }, 'Ed25519', true, ['verify']));
  await show('jwk bad kty', () => subtle.importKey('jwk', { kty: 'EC', crv: 'Ed25519', x: pub.toString('base64url') }, 'Ed25519', true, ['verify']));
  await show('jwk alg', async () => (await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', x: pub.toString('base64url') }, 'Ed25519', true, ['verify'])).type);
  await show('jwk bad alg', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', alg: 'ES256', x: pub.toString('base64url') }, 'Ed25519', true, ['verify']));
  await show('jwk mismatch', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: Buffer.alloc(32, 1).toString('base64url'), d: seed.toString('base64url') }, 'Ed25519', true, ['sign']));
  await show('jwk no x', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519' }, 'Ed25519', true, ['verify']));
  await show('jwk use', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', use: 'enc', x: pub.toString('base64url') }, 'Ed25519', true, ['verify']));
  const data = Buffer.from('');
  await show('sign', () => subtle.sign('Ed25519', priv, data));
  const sig = await subtle.sign({ name: 'Ed25519' }, priv, data);
  await show('verify', () => subtle.verify('Ed25519', pubk, sig, data));
  await show('verify bad', () => subtle.verify('Ed25519', pubk, new Uint8Array(64), data));
  await show('verify short', () => subtle.verify('Ed25519', pubk, new Uint8Array(3), data));
  await show('sign with pub', () => subtle.sign('Ed25519', pubk, data));
  await show('verify with priv', () => subtle.verify('Ed25519', priv, sig, data));
  await show('sign hmac alg', () => subtle.sign('HMAC', priv, data));
  await show('export raw pub', () => subtle.exportKey('raw', pubk));
  await show('export raw priv', () => subtle.exportKey('raw', priv));
  await show('export spki', () => subtle.exportKey('spki', pubk));
  await show('export pkcs8', () => subtle.exportKey('pkcs8', priv));
  await show('export spki priv', () => subtle.exportKey('spki', priv));
  await show('export pkcs8 pub', () => subtle.exportKey('pkcs8', pubk));
  await show('export jwk priv', () => subtle.exportKey('jwk', priv));
  await show('export jwk pub', () => subtle.exportKey('jwk', pubk));
  await show('KeyObject.from priv', () => { const k = require('crypto').KeyObject.from(priv); return [k.type, k.asymmetricKeyType]; });
  await show('wrap pkcs8', async () => { const kw = await subtle.importKey('raw', Buffer.alloc(16), 'AES-KW', false, ['wrapKey']); return subtle.wrapKey('pkcs8', priv, kw, 'AES-KW'); });
})();
