// A path outside the granted directory is refused with EACCES (node can read it: stdout ignored).
// @stdout: ignore
const fs = require('fs');
let refused = 0;
for (const p of ['/etc/hostname', '/', '../../../../../etc']) {
  try { fs.readdirSync(p); } catch (e) { if (e.code === 'EACCES') refused++; }
}
if (process.argv0 === 'node' || process.release.name === 'node' && !process.versions.rjs) {
  console.log('node');
} else if (refused !== 3) {
  throw new Error(`expected 3 refusals, got ${refused}`);
}
