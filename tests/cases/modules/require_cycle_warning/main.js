// node's circular-require warning proxy: a missing property of a plain exports object read
// during the cycle warns, Object.prototype's members read through (toString is a function);
// no check (and no getPrototypeOf/setPrototypeOf trap run) for a Proxy module.exports; none for
// a class export or an __esModule object. (Warnings print at exit.)
const warnings = [];
process.on('warning', (w) => warnings.push(`warning ${w.name} ${w.message}`));
process.on('exit', () => console.log(warnings.join('\n')));
const r = require('./a.js');
console.log('after', Object.getPrototypeOf(r) === Object.prototype, typeof r.toString);
require('./ma.js');
require('./ca.js');
require('./ea.js');
require('./ha.js');
require('./pa.js');
console.log('proxy required again', typeof require('./pa.js'));
