// When subtle's promises settle, counted in microtask ticks after the call (12 = not within
// the ticks: from the loop, as node's thread-pool jobs): importKey one tick later, exportKey of
// raw secret bytes or a JWK two, spki/pkcs8 and the operations themselves from jobs, including
// an operation's own failure (a bad GCM tag); argument errors reject at once.
const { subtle } = globalThis.crypto;
const hm = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
const aes = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt']);
const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
const iv = new Uint8Array(12);
const ops = {
  'importKey raw': () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt']),
  'importKey bad usage': () => subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['sign']),
  'importKey bad format': () => subtle.importKey('nope', new Uint8Array(16), 'AES-GCM', true, ['encrypt']),
  'exportKey raw': () => subtle.exportKey('raw', hm),
  'exportKey jwk': () => subtle.exportKey('jwk', ec.publicKey),
  'exportKey spki': () => subtle.exportKey('spki', ec.publicKey),
  'generateKey bad usage': () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign']),
  digest: () => subtle.digest('SHA-256', new Uint8Array(1)),
  sign: () => subtle.sign('HMAC', hm, new Uint8Array(1)),
  'decrypt bad tag': () => subtle.decrypt({ name: 'AES-GCM', iv }, aes, new Uint8Array(20)),
  'sign bad key': () => subtle.sign('HMAC', aes, new Uint8Array(1)),
};
for (const [name, op] of Object.entries(ops)) {
  let tick = 0;
  let at = -1;
  let outcome;
  const settled = op().then(() => { at = tick; outcome = 'ok'; }, (e) => { at = tick; outcome = e.name; });
  let q = Promise.resolve();
  for (let i = 0; i < 12; i++) q = q.then(() => { tick++; });
  await q;
  await settled; // not a fixed delay: under load a thread-pool job took longer than 5 ms
  console.log(name, at, outcome);
}
