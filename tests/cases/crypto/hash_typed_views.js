// Hash/hash()/Hmac read exactly a view's bytes for every typed array kind, DataView and Buffer
// slices at offsets (typed arrays now go to the binding without a Uint8Array copy).
const crypto = require('crypto');
const ab = new ArrayBuffer(16); new Uint8Array(ab).forEach((_, i, a) => { a[i] = i * 7; });
for (const v of [new Uint8Array(ab, 3, 5), new Uint16Array(ab, 2, 3), new Float64Array(ab, 8, 1), new DataView(ab, 1, 6), Buffer.from(ab, 4, 4), new BigInt64Array(ab)])
  console.log(v.constructor.name, crypto.createHash('sha1').update(v).digest('hex'), crypto.hash('md5', v), crypto.createHmac('sha1', 'k').update(v).digest('hex'));
