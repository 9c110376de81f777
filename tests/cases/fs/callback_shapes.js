// The callback API's function names and lengths as node's (util.promisify and wrappers read
// them), readv/writev checking fd and buffers before the callback, mkdtemp's error naming the
// random path it tried, truncateSync's length.
const fs = require('fs');
const path = require('path');
const names = Object.keys(fs).filter((k) => typeof fs[k] === 'function' && /^[a-z]/.test(k)).sort();
console.log(names.map((k) => `${k}:${fs[k].name}/${fs[k].length}`).join(' '));
for (const [fn, args] of [['readv', ['x']], ['readv', [0, 'x']], ['readv', [0, []]], ['writev', ['x']], ['writev', [0, [1]]], ['writev', [0, []]]]) {
  try { fs[fn](...args); } catch (e) { console.log(fn, JSON.stringify(args), e.code, e.message); }
}
fs.mkdtemp(path.join(__dirname, 'no-such-dir', 'pre-'), (err) => {
  console.log(err.code, err.syscall, /no-such-dir\/pre-[A-Za-z0-9]{6}$/.test(err.path), err.path.endsWith('XXXXXX'));
});
