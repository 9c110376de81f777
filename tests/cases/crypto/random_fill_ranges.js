// randomFillSync/randomFill count offset and size in elements of the view; range errors name
// bytes as node does. randomUUID validates its options; timingSafeEqual and getRandomValues
// report node's messages.
const crypto = require('crypto');
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const a = new Uint32Array(4);
crypto.randomFillSync(a, 1, 2);
console.log('untouched ends', a[0] === 0, a[3] === 0);
const d = new Float64Array(3);
crypto.randomFillSync(d, 2);
console.log('f64 first two zero', d[0] === 0 && d[1] === 0);
show('offset past end', () => crypto.randomFillSync(new Uint32Array(4), 5));
show('size + offset', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
show('negative size', () => crypto.randomFillSync(new Uint32Array(4), 1, -1));
show('NaN offset', () => crypto.randomFillSync(new Uint32Array(4), NaN));
show('huge size', () => crypto.randomFillSync(new Uint8Array(4), 0, 2 ** 33));
show('bytes size + offset', () => crypto.randomFillSync(Buffer.alloc(10), 5, 6));
show('string offset', () => crypto.randomFillSync(Buffer.alloc(10), '1'));
show('bad buf', () => crypto.randomFillSync('abc'));
show('uuid bad flag', () => crypto.randomUUID({ disableEntropyCache: '' }));
show('uuid ok flag', () => crypto.randomUUID({ disableEntropyCache: true }).length);
show('uuid bad options', () => crypto.randomUUID(1));
show('tse string', () => crypto.timingSafeEqual('a', Buffer.from('a')));
show('tse second', () => crypto.timingSafeEqual(Buffer.from('a'), 1));
show('getRandomValues too big', () => crypto.getRandomValues(new Uint8Array(65537)));
const u = new Uint16Array(6);
// One after the other: node's thread pool may finish concurrent jobs in either order.
crypto.randomFill(u, 4, (err, buf) => {
  console.log('async', err, buf === u, u[0] === 0 && u[1] === 0 && u[2] === 0 && u[3] === 0);
  crypto.randomFill(new Uint16Array(6), 1, 2, (err, buf) => console.log('async 3', err, buf[0], buf[3]));
});
