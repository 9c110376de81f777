// webcrypto X25519: generateKey, deriveBits/deriveKey, import/export (raw, spki, pkcs8, jwk), usage and JWK errors.
const { subtle } = globalThis.crypto;
const crypto = require('crypto');
const hex = (ab) => Buffer.from(ab).toString('hex');
const run = async (label, f) => {
  try { const v = await f(); console.log(label, v); } catch (e) { console.log(label, 'ERR', e.name, e.code || '', e.message); }
};
// RFC 7748 6.1 vectors
const aPriv = Buffer.from('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a', 'hex');
const bPub = Buffer.from('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f', 'hex');
const pkcs8 = (d) => Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), d]);
(async () => {
  const kp = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits', 'deriveKey']);
  console.log(kp.publicKey.algorithm, kp.publicKey.usages, kp.privateKey.usages, kp.publicKey.type, kp.privateKey.extractable, kp.publicKey.extractable);
  await run('gen sign', () => subtle.generateKey({ name: 'X25519' }, true, ['sign']));
  await run('gen empty', () => subtle.generateKey({ name: 'x25519' }, true, []));
  await run('gen name case', async () => (await subtle.generateKey({ name: 'x25519' }, false, ['deriveBits'])).privateKey.algorithm.name);
  const priv = await subtle.importKey('pkcs8', pkcs8(aPriv), { name: 'X25519' }, true, ['deriveBits']);
  const pub = await subtle.importKey('raw', bPub, { name: 'X25519' }, true, []);
  await run('derive 256', async () => hex(await subtle.deriveBits({ name: 'X25519', public: pub }, priv, 256)));
  await run('derive null', async () => hex(await subtle.deriveBits({ name: 'X25519', public: pub }, priv, null)));
  await run('derive 12', async () => hex(await subtle.deriveBits({ name: 'X25519', public: pub }, priv, 12)));
  await run('derive 512', async () => hex(await subtle.deriveBits({ name: 'X25519', public: pub }, priv, 512)));
  await run('derive priv as public', () => subtle.deriveBits({ name: 'X25519', public: priv }, priv, 256));
  await run('derive ecdh peer', async () => { const e = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']); return subtle.deriveBits({ name: 'X25519', public: e.publicKey }, priv, 256); });
  await run('derive ecdh base', async () => { const e = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']); return subtle.deriveBits({ name: 'ECDH', public: pub }, e.privateKey, 256); });
  await run('derive low order', async () => { const z = await subtle.importKey('raw', new Uint8Array(32), { name: 'X25519' }, true, []); return hex(await subtle.deriveBits({ name: 'X25519', public: z }, priv, 256)); });
  await run('deriveKey aes', async () => { const k = await subtle.deriveKey({ name: 'X25519', public: pub }, await subtle.importKey('pkcs8', pkcs8(aPriv), { name: 'X25519' }, true, ['deriveKey']), { name: 'AES-GCM', length: 128 }, true, ['encrypt']); return hex(await subtle.exportKey('raw', k)); });
  await run('deriveKey hmac', async () => { const k = await subtle.deriveKey({ name: 'X25519', public: pub }, await subtle.importKey('pkcs8', pkcs8(aPriv), { name: 'X25519' }, true, ['deriveKey']), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); return k.algorithm; });
  await run('export raw pub', async () => hex(await subtle.exportKey('raw', pub)));
  await run('export spki', async () => hex(await subtle.exportKey('spki', pub)));
  await run('export pkcs8', async () => hex(await subtle.exportKey('pkcs8', priv)));
  await run('export jwk priv', () => subtle.exportKey('jwk', priv));
  await run('export jwk pub', () => subtle.exportKey('jwk', pub));
  await run('export raw priv', () => subtle.exportKey('raw', priv));
  await run('export spki priv', () => subtle.exportKey('spki', priv));
  await run('export pkcs8 pub', () => subtle.exportKey('pkcs8', pub));
  const jwk = await subtle.exportKey('jwk', priv);
  await run('import jwk priv', async () => (await subtle.importKey('jwk', jwk, { name: 'X25519' }, true, ['deriveBits'])).type);
  await run('import jwk pub', async () => (await subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519', x: jwk.x }, { name: 'X25519' }, true, [])).type);
  await run('import jwk crv', () => subtle.importKey('jwk', { ...jwk, crv: 'Ed25519' }, { name: 'X25519' }, true, ['deriveBits']));
  await run('import jwk kty', () => subtle.importKey('jwk', { ...jwk, kty: 'EC' }, { name: 'X25519' }, true, ['deriveBits']));
  await run('import jwk use sig', () => subtle.importKey('jwk', { ...jwk, use: 'sig' }, { name: 'X25519' }, true, ['deriveBits']));
  await run('import jwk use enc', async () => (await subtle.importKey('jwk', { ...jwk, use: 'enc' }, { name: 'X25519' }, true, ['deriveBits'])).type);
  await run('import jwk alg', async () => (await subtle.importKey('jwk', { ...jwk, alg: 'foo' }, { name: 'X25519' }, true, ['deriveBits'])).type);
  await run('import jwk bad x', () => subtle.importKey('jwk', { ...jwk, x: jwk.x.slice(2) }, { name: 'X25519' }, true, ['deriveBits']));
  await run('import jwk pub usage', () => subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519', x: jwk.x }, { name: 'X25519' }, true, ['deriveBits']));
  await run('import raw pub usage', () => subtle.importKey('raw', bPub, { name: 'X25519' }, true, ['deriveBits']));
  await run('import raw short', () => subtle.importKey('raw', bPub.subarray(1), { name: 'X25519' }, true, []));
  await run('import pkcs8 no usage', () => subtle.importKey('pkcs8', pkcs8(aPriv), { name: 'X25519' }, true, []));
  await run('import pkcs8 sign', () => subtle.importKey('pkcs8', pkcs8(aPriv), { name: 'X25519' }, true, ['sign']));
  await run('import spki ed', () => subtle.importKey('spki', Buffer.from('302a300506032b6570032100' + bPub.toString('hex'), 'hex'), { name: 'X25519' }, true, []));
  await run('import pkcs8 bad', () => subtle.importKey('pkcs8', Buffer.from('3000', 'hex'), { name: 'X25519' }, true, ['deriveBits']));
  await run('keyobject', () => { const ko = crypto.KeyObject.from(priv); return [ko.type, ko.asymmetricKeyType, ko.export({ format: 'jwk' }).x === jwk.x]; });
  await run('keyobject pub', () => { const ko = crypto.KeyObject.from(pub); return [ko.type, ko.asymmetricKeyType, ko.export({ format: 'der', type: 'spki' }).toString('hex')]; });
  await run('toCryptoKey-like', () => crypto.createPrivateKey({ key: pkcs8(aPriv), format: 'der', type: 'pkcs8' }).asymmetricKeyType);
  await run('clone', () => { const c = structuredClone(priv); return [c.algorithm.name, c.type, c.usages]; });
  await run('sign with x', () => subtle.sign({ name: 'X25519' }, priv, Buffer.from('a')));
})();
