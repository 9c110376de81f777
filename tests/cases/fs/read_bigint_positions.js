// readSync/read with bigint positions near 2 ** 63: a read ending past the largest offset is
// EINVAL, one starting below it (past any file's end) reads nothing; beyond 2n ** 63n - 1n is
// ERR_OUT_OF_RANGE; negative ones read at the file's position.
const fs = require('fs');
const fd = fs.openSync(__filename, 'r');
const b = Buffer.alloc(4);
for (const p of [2n ** 63n, 2n ** 63n - 4n, 2n ** 63n - 5n, 2n ** 62n, 2n ** 64n, -(2n ** 63n), -2n, 3n]) {
  try { console.log(String(p), 'sync', fs.readSync(fd, b, 0, 4, p), b.toString('latin1')); } catch (e) { console.log(String(p), 'sync', e.code, e.message); }
}
let chain = Promise.resolve();
for (const p of [2n ** 63n - 4n, 2n ** 63n - 5n, 5n]) {
  chain = chain.then(() => new Promise((r) => fs.read(fd, b, 0, 4, p, (e, n) => { console.log(String(p), 'cb', e ? e.code : n); r(); })));
}
chain.then(() => fs.closeSync(fd));
