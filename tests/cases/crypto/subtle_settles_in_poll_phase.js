// node runs subtle digest/sign/verify/encrypt/decrypt/generateKey/deriveBits as thread-pool
// jobs: started from the main script, they settle after the first loop turn's due timers, in
// the order started, while importKey and raw/jwk exportKey settle at once (microtasks).
const { subtle } = globalThis.crypto;
const log = (m) => console.log(m);
setTimeout(() => log('timeout 0'), 0);
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('microtask'));
subtle.digest('SHA-256', new Uint8Array(1)).then(() => log('digest'));
subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']).then((k) => {
  log('generateKey');
  subtle.exportKey('jwk', k).then(() => log('exportKey jwk'));
  subtle.sign('HMAC', k, new Uint8Array(1)).then((sig) => {
    log('sign');
    return subtle.verify('HMAC', k, sig, new Uint8Array(1));
  }).then((ok) => log(`verify ${ok}`));
});
subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', false, ['encrypt']).then((k) => {
  log('importKey');
  subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, k, new Uint8Array(4)).then(() => log('encrypt'));
});
log('sync end');
