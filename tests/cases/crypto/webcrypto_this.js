// globalThis.crypto members check their receiver (ERR_INVALID_THIS when detached), and
// crypto.randomInt's callback gets an undefined error as node's.
const crypto = require('crypto');
const show = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
const g = globalThis.crypto;
show('same object', () => g === crypto.webcrypto);
show('bound getRandomValues', () => g.getRandomValues(new Uint8Array(4)).length);
show('detached getRandomValues', () => { const f = g.getRandomValues; return f(new Uint8Array(2)); });
show('randomUUID on other', () => g.randomUUID.call({}));
show('subtle getter on other', () => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(g), 'subtle').get.call({}));
show('subtle', () => Object.prototype.toString.call(g.subtle));
show('getRandomValues on webcrypto', () => crypto.webcrypto.getRandomValues(new Uint16Array(3)).length);
crypto.randomInt(10, (err, n) => console.log('randomInt cb', err, n >= 0 && n < 10));
crypto.randomInt(5, 7, (err, n) => console.log('randomInt min cb', err, n >= 5 && n < 7));
