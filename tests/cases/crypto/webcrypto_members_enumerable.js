// WebIDL members of Crypto, SubtleCrypto and CryptoKey are enumerable and their toStringTag is a
// plain value, as node's (for...in over a key lists type/extractable/algorithm/usages).
(async () => {
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const keys = [];
  for (const k in key) keys.push(k);
  console.log(keys);
  console.log(Object.keys(Object.getPrototypeOf(crypto.subtle)));
  console.log(Object.keys(Object.getPrototypeOf(crypto)));
  for (const o of [crypto, crypto.subtle, key]) {
    let p = o;
    let d;
    while (p && !(d = Object.getOwnPropertyDescriptor(p, Symbol.toStringTag))) p = Object.getPrototypeOf(p);
    console.log(Object.prototype.toString.call(o), d.value, 'get' in d, d.enumerable, d.writable, d.configurable);
  }
  console.log(key.algorithm, key.usages, key.type, key.extractable);
})();
