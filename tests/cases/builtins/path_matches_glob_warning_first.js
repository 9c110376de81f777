// path.matchesGlob emits its ExperimentalWarning before validating, so a call with invalid
// arguments still warns, as node 20 does.
const path = require('path');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
for (const args of [[1, 'x'], ['a', null]]) {
  try { console.log(path.matchesGlob(...args)); } catch (e) { console.log(e.code); }
}
