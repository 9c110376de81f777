// Random APIs' argument handling as node 20's: randomFillSync offsets/sizes on typed arrays and
// DataViews, randomBytes/randomInt/randomUUID validation, getRandomValues (module and webcrypto,
// which counts its arguments first).
const crypto = require('crypto');
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, 'THROW', e.name, e.code, e.message); } };
t('u32 off', () => { const a = new Uint32Array(4); crypto.randomFillSync(a, 1, 2); return [a[0] === 0, a[1] !== 0 || a[2] !== 0, a[3] === 0]; });
t('u32 off oob', () => crypto.randomFillSync(new Uint32Array(4), 3, 2));
t('u32 off 5', () => crypto.randomFillSync(new Uint32Array(4), 5));
t('dv off', () => { const a = new DataView(new ArrayBuffer(8)); crypto.randomFillSync(a, 4); return a.getUint32(0); });
t('f64', () => crypto.randomFillSync(new Float64Array(2)).length);
t('off NaN', () => crypto.randomFillSync(Buffer.alloc(4), NaN));
t('off -1', () => crypto.randomFillSync(Buffer.alloc(4), -1));
t('size -1', () => crypto.randomFillSync(Buffer.alloc(4), 0, -1));
t('size big', () => crypto.randomFillSync(Buffer.alloc(4), 0, 2 ** 31));
t('off big', () => crypto.randomFillSync(Buffer.alloc(4), 2 ** 31));
t('off 4.5', () => crypto.randomFillSync(Buffer.alloc(4), 4.5));
t('rb cb str', () => crypto.randomBytes(1, 'x'));
t('rb NaN', () => crypto.randomBytes(NaN));
t('rb 1.5', () => crypto.randomBytes(1.5).length);
t('rf no cb', () => crypto.randomFill(Buffer.alloc(1), 0, 1));
t('rf str buf', () => crypto.randomFill('x', () => {}));
t('randomInt big range', () => crypto.randomInt(-(2 ** 47), 2 ** 47));
t('randomInt float max', () => crypto.randomInt(0, 1.2));
t('randomInt min unsafe', () => crypto.randomInt(-(2 ** 53), 0));
t('randomInt equal', () => crypto.randomInt(5, 5));
t('uuid opt null', () => crypto.randomUUID(null));
t('getRandomValues u8c', () => crypto.getRandomValues(new Uint8ClampedArray(2)).length);
t('getRandomValues none', () => crypto.getRandomValues());
t('getRandomValues ab', () => crypto.getRandomValues(new ArrayBuffer(2)));
t('webcrypto grv none', () => globalThis.crypto.getRandomValues());
t('webcrypto grv f64', () => globalThis.crypto.getRandomValues(new Float64Array(1)));
t('webcrypto grv big', () => globalThis.crypto.getRandomValues(new Uint8Array(65537)));
t('webcrypto uuid arg', () => typeof globalThis.crypto.randomUUID(1));
