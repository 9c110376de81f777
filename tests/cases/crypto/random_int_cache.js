// crypto.randomInt with a callback as node's: the first call waits for the 6 KB cache to be
// filled asynchronously (after ticks); later calls answer on the next tick from the cache.
const crypto = require('crypto');
const order = [];
crypto.randomInt(10, (e, n) => {
  order.push(`a ${e} ${n >= 0 && n < 10}`);
  crypto.randomInt(5, 7, (e2, m) => order.push(`c ${e2} ${m >= 5 && m < 7}`));
  process.nextTick(() => order.push('tick2'));
  setImmediate(() => console.log(order.join(', ')));
});
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
const counts = [0, 0, 0];
for (let i = 0; i < 300; i++) counts[crypto.randomInt(3)]++;
console.log('sync spread ok', counts.every((c) => c > 50));
