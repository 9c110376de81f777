// crypto.generateKey/generateKeySync for 'hmac' and 'aes' secret keys: sizes and node's
// validation errors; the callback gets (null, key) on a later turn.
const crypto = require('crypto');
const show = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const size = (k) => [k.type, k.symmetricKeySize, k instanceof crypto.KeyObject, k.export().length];
show('hmac 123', () => size(crypto.generateKeySync('hmac', { length: 123 })));
show('hmac 8', () => size(crypto.generateKeySync('hmac', { length: 8 })));
for (const length of [128, 192, 256]) show(`aes ${length}`, () => size(crypto.generateKeySync('aes', { length })));
show('random', () => !crypto.generateKeySync('aes', { length: 128 }).equals(crypto.generateKeySync('aes', { length: 128 })));
show('aes 100', () => crypto.generateKeySync('aes', { length: 100 }));
show('aes none', () => crypto.generateKeySync('aes', {}));
show('hmac 7', () => crypto.generateKeySync('hmac', { length: 7 }));
show('hmac 2^31', () => crypto.generateKeySync('hmac', { length: 2 ** 31 }));
show('hmac 8.5', () => crypto.generateKeySync('hmac', { length: 8.5 }));
show('hmac str', () => crypto.generateKeySync('hmac', { length: '8' }));
show('hmac none', () => crypto.generateKeySync('hmac', {}));
show('no options', () => crypto.generateKeySync('hmac'));
show('null options', () => crypto.generateKeySync('hmac', null));
show('rsa', () => crypto.generateKeySync('rsa', {}));
show('HMAC', () => crypto.generateKeySync('HMAC', { length: 8 }));
show('type 1', () => crypto.generateKeySync(1, {}));
show('no callback', () => crypto.generateKey('hmac', { length: 8 }));
show('async bad length', () => crypto.generateKey('aes', { length: 8 }, () => {}));
crypto.generateKey('hmac', { length: 64 }, function (err, key) {
  console.log('callback', arguments.length, err, key.symmetricKeySize);
});
console.log('sync end');
