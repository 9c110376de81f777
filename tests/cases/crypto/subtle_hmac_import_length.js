// subtle.importKey HMAC/AES lengths: zero, mismatched and odd lengths (raw and jwk), as node 20 reports them.
const { subtle } = globalThis.crypto;
const key32 = new Uint8Array(32).fill(7);
const jwk = { kty: 'oct', k: Buffer.from(key32).toString('base64url') };
const rows = [
  ['raw empty', 'raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }],
  ['raw length 0', 'raw', key32, { name: 'HMAC', hash: 'SHA-256', length: 0 }],
  ['raw length 1', 'raw', key32, { name: 'HMAC', hash: 'SHA-256', length: 1 }],
  ['raw length 256', 'raw', key32, { name: 'HMAC', hash: 'SHA-256', length: 256 }],
  ['raw length 255', 'raw', key32, { name: 'HMAC', hash: 'SHA-256', length: 255 }],
  ['jwk length 0', 'jwk', jwk, { name: 'HMAC', hash: 'SHA-256', length: 0 }],
  ['jwk length 8', 'jwk', jwk, { name: 'HMAC', hash: 'SHA-256', length: 8 }],
  ['jwk empty k', 'jwk', { kty: 'oct', k: '' }, { name: 'HMAC', hash: 'SHA-256' }],
  ['aes raw 0', 'raw', new Uint8Array(0), { name: 'AES-GCM' }],
  ['aes raw 20', 'raw', new Uint8Array(20), { name: 'AES-GCM' }],
];
(async () => {
  for (const [label, fmt, data, alg] of rows) {
    try {
      const k = await subtle.importKey(fmt, data, alg, true, alg.name === 'HMAC' ? ['sign'] : ['encrypt']);
      console.log(label, 'ok', k.algorithm.length);
    } catch (e) { console.log(label, e.name, e.message); }
  }
})();
