// ECDH: getPrivateKey without leading zeros, setPrivateKey range errors (zero, too long),
// computeSecret without a key pair (checked before the peer point) and with a point of another
// curve, getPrivateKey before any key.
const c = require('crypto');
const e = c.createECDH('prime256v1');
e.setPrivateKey(Buffer.from('00000c3e9f1e8f9a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192', 'hex'));
console.log(e.getPrivateKey('hex'), e.getPublicKey('hex', 'compressed'));
const f = c.createECDH('secp384r1');
try { f.setPrivateKey(Buffer.alloc(48)); } catch (err) { console.log(err.name, err.code, err.message); }
try { f.setPrivateKey(Buffer.alloc(49, 255)); } catch (err) { console.log(err.name, err.code, err.message); }
try { f.computeSecret(Buffer.from([4, 1])); } catch (err) { console.log(err.name, err.code, err.message); }
f.generateKeys();
try { f.computeSecret(e.getPublicKey()); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(f.getPublicKey().length, f.getPrivateKey().length <= 48, typeof f.setPublicKey);
try { c.createECDH('prime256v1').computeSecret(e.getPublicKey()); } catch (err) { console.log(err.name, err.code, err.message); }
try { c.createECDH('prime256v1').getPrivateKey(); } catch (err) { console.log(err.name, err.code, err.message); }
