// RecordableHistogram#record(bigint) takes a lossless int64 >= 1 (RangeError ERR_OUT_OF_RANGE
// 'value is out of range' otherwise), and nodeTiming.toJSON() lists node 20's fields in its order.
const { createHistogram, performance } = require('perf_hooks');
const h = createHistogram();
for (const v of [0n, -1n, 1n, 3n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n]) {
  try { h.record(v); console.log('ok', v, h.count, h.exceeds); } catch (e) { console.log(v, e.name, e.code, e.message); }
}
console.log(Object.keys(performance.nodeTiming.toJSON()));
console.log(Object.keys(performance.nodeTiming));
