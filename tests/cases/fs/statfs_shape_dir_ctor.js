// fs.statfs results are StatFs instances (numbers or bigints, in node's key order), and
// new fs.Dir() without a handle throws ERR_MISSING_ARGS as node's Dir constructor does.
const fs = require('fs');
const util = require('util');

const s = fs.statfsSync(__filename);
console.log(s.constructor.name, Object.keys(s).join(','), typeof s.bsize);
console.log(util.inspect(s).split('\n')[0].replace(/\d+/g, 'N'));
const b = fs.statfsSync(__filename, { bigint: true });
console.log(b.constructor.name, typeof b.bsize, Object.getPrototypeOf(b) === Object.getPrototypeOf(s));
fs.statfs(__filename, (err, r) => console.log('callback', err, r.constructor.name));
fs.promises.statfs(__filename).then((r) => console.log('promise', r.constructor.name));

try {
  new fs.Dir();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(fs.Dir.length);
