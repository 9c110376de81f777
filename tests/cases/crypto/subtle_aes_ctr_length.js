// AES-CTR in SubtleCrypto increments only the counter's rightmost `length` bits (wrapping),
// as WebCrypto specifies and node does; the other bits are a fixed nonce.
const { subtle } = globalThis.crypto;
(async () => {
  const key = await subtle.importKey('raw', Buffer.alloc(16, 7), 'AES-CTR', false, ['encrypt', 'decrypt']);
  const data = Buffer.alloc(48, 0);
  for (const [hex, length] of [['00112233445566778899aabbccddeeff', 128], ['0011223344556677ffffffffffffffff', 64], ['00112233445566778899aabbccddfffe', 8], ['00112233445566778899aabbccddff7f', 7], ['ffffffffffffffffffffffffffffffff', 128], ['0011223344556677ffffffffffffffff', 1]]) {
    const counter = Buffer.from(hex, 'hex');
    try {
      const out = Buffer.from(await subtle.encrypt({ name: 'AES-CTR', counter, length }, key, data));
      const back = Buffer.from(await subtle.decrypt({ name: 'AES-CTR', counter, length }, key, out));
      console.log(length, out.toString('hex'), back.equals(data));
    } catch (e) {
      console.log(length, e.name, e.message);
    }
  }
})();
