// fs.exists is node's: it goes through fs.access (a patched one is called), a path access refuses
// (a number, a NUL byte) calls back false at once, before exists returns; util.promisify works.
const fs = require('fs');
const log = [];
fs.exists(123, (r) => log.push(`num ${r}`));
fs.exists('a\0b', (r) => log.push(`nul ${r}`));
fs.exists(__filename, (r) => log.push(`file ${r}`));
fs.exists(__filename + 'x', (r) => log.push(`missing ${r}`));
log.push('sync end');
const orig = fs.access; let n = 0; fs.access = (...a) => { n++; return orig(...a); };
fs.exists(__filename, (r) => { log.push(`patched ${r} ${n}`); fs.access = orig; });
require('util').promisify(fs.exists)(__filename).then((r) => log.push(`promisified ${r}`));
// (The later callbacks come in the order node's thread pool finishes them: printed sorted.)
setTimeout(() => {
  const at = log.indexOf('sync end') + 1;
  console.log([...log.slice(0, at), ...log.slice(at).sort()].join(' | '));
}, 50);
try { fs.exists(__filename); } catch (e) { console.log(e.code); }
