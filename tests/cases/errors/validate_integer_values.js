// Integer arguments at their edges (-0, fractions, NaN, infinities, beyond safe integers, strings) through
// validateInteger's callers: the same codes and messages as node's.
const { Buffer } = require('buffer');
const b = Buffer.alloc(4);
for (const v of [0, -0, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), 9007199254740991, '1', 1e300]) {
  for (const f of [() => b.readUInt8(v), () => require('events').defaultMaxListeners = v, () => new (require('stream').Readable)({ highWaterMark: v }),
    () => require('fs').readSync(-1, b, 0, 1, v)]) {
    try { f(); console.log('ok', String(v)); } catch (e) { console.log(String(v), e.code, e.message); }
  }
}
