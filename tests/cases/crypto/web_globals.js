// The WebCrypto classes are globals, as in node 20 (non-enumerable).
console.log(typeof CryptoKey, typeof SubtleCrypto, typeof Crypto, crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto);
crypto.subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).then((k) => console.log(k instanceof CryptoKey, Object.keys(globalThis).includes('CryptoKey')));
