// crypto.checkPrime/generatePrime (+Sync): node's argument validation and errors, the small
// sizes whose primes are fixed (OpenSSL's top-two-bits candidates), add/rem and safe primes.
const crypto = require('crypto');
const { checkPrimeSync, generatePrimeSync } = crypto;
const late = [];
process.on('exit', () => console.log(late.sort().join('\n')));
const show = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e));
  }
};
const big = (ab) => BigInt(`0x${Buffer.from(ab).toString('hex')}`);
for (const v of ['hello', false, {}, []]) show(`size ${JSON.stringify(v)}`, () => generatePrimeSync(v));
for (const v of [-1, 0, 1.5, 2 ** 31]) show(`size ${v}`, () => generatePrimeSync(v));
show('options null', () => generatePrimeSync(8, null));
show('options 123', () => generatePrimeSync(8, 123));
show('safe 1', () => generatePrimeSync(8, { safe: 1 }));
show('bigint str', () => generatePrimeSync(8, { bigint: '' }));
show('add str', () => generatePrimeSync(8, { add: 'x' }));
show('rem num', () => generatePrimeSync(8, { rem: 3 }));
show('add -1n', () => generatePrimeSync(20, { add: -1n }));
show('add 2^64', () => generatePrimeSync(64, { add: 2n ** 64n }));
show('rem >= add', () => generatePrimeSync(64, { add: 7n, rem: 7n }));
show('add > bits', () => generatePrimeSync(3, { add: 8n, rem: 7n }));
show('add 0', () => generatePrimeSync(8, { add: 0n }));
show('zero-byte add', () => generatePrimeSync(8, { add: new ArrayBuffer(1), rem: Buffer.from([1]) }));
show('1 bit', () => generatePrimeSync(1));
show('2 bits safe', () => generatePrimeSync(2, { safe: true }));
show('4 bits safe', () => generatePrimeSync(4, { safe: true }));
show('2 bits', () => generatePrimeSync(2, { bigint: true }));
show('3 bits', () => generatePrimeSync(3, { bigint: true }));
show('3 bits safe', () => generatePrimeSync(3, { bigint: true, safe: true }));
show('4 bits 15/13', () => generatePrimeSync(4, { add: 15n, rem: 13n, bigint: true }));
show('10 bits 600/1', () => generatePrimeSync(10, { add: 600n, rem: 1n, bigint: true }));
show('buffer type', () => Object.prototype.toString.call(generatePrimeSync(8)));
show('80 bits', () => { const p = generatePrimeSync(80); return [p.byteLength, checkPrimeSync(p), big(p) >> 78n]; });
show('32 safe', () => { const p = generatePrimeSync(32, { safe: true, bigint: true }); return [checkPrimeSync(p), checkPrimeSync((p - 1n) / 2n), p >> 30n]; });
show('32 add 12 rem 11', () => { const p = generatePrimeSync(32, { add: Buffer.from([12]), rem: Buffer.from([11]) }); return [checkPrimeSync(p), big(p) % 12n]; });
show('128 add 5', () => { const p = generatePrimeSync(128, { add: 5n, bigint: true }); return [checkPrimeSync(p), p % 5n]; });
show('128 safe add 5', () => { const p = generatePrimeSync(128, { add: 5n, safe: true, bigint: true }); return [checkPrimeSync(p), p % 5n]; });
show('16 bits 3-byte add', () => generatePrimeSync(16, { add: new Uint8Array([0, 0, 12]), rem: new Uint8Array([0, 11]) }).byteLength);
show('512 bits', () => { const p = generatePrimeSync(512, { bigint: true }); return [checkPrimeSync(p), p.toString(2).length]; });
for (const n of [0n, 1n, 2n, 3n, 4n, 561n, 7919n, 65537n, 2n ** 127n - 1n, 2n ** 128n + 1n, (2n ** 89n - 1n) * (2n ** 107n - 1n)]) show(`check ${n}`, () => checkPrimeSync(n));
show('check buffers', () => [Buffer.from([1]), Buffer.from([2]), Buffer.from([0, 0, 13]), new Uint16Array([0x0d00]), new ArrayBuffer(0)].map((b) => checkPrimeSync(b)));
show('check options', () => checkPrimeSync(Buffer.from([1]), { fast: true, trialDivision: true, checks: 10 }));
show('check 1', () => checkPrimeSync(1));
show('check -1n', () => checkPrimeSync(-1n));
for (const checks of ['hello', -1, 1.5, 2 ** 31]) show(`checks ${checks}`, () => checkPrimeSync(2n, { checks }));
show('check null options', () => checkPrimeSync(2n, null));
show('checkPrime no callback', () => crypto.checkPrime(7n));
show('checkPrime -1n', () => crypto.checkPrime(-1n, () => {}));
show('generatePrime no callback', () => crypto.generatePrime(8));
show('generatePrime bad options', () => crypto.generatePrime(8, { safe: 'x' }, () => {}));
crypto.checkPrime(7n, function (err, ok) { late.push(`checkPrime cb ${arguments.length} ${err} ${ok}`); });
crypto.checkPrime(Buffer.from([9]), { checks: 3 }, (err, ok) => late.push(`checkPrime 9 ${err} ${ok}`));
crypto.generatePrime(3, { bigint: true }, function (err, p) { late.push(`generatePrime cb ${arguments.length} ${err} ${p}`); });
crypto.generatePrime(36, (err, p) => late.push(`generatePrime 36 ${err} ${p.byteLength} ${checkPrimeSync(p)}`));
crypto.generatePrime(1, function (err) { late.push(`generatePrime 1 ${arguments.length} ${err.message}`); });
console.log('sync end');
