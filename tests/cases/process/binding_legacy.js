// @cli: --pending-deprecation binding_legacy.js
// process.binding(): the 'util' legacy wrapper (util.types functions) and the 'constants'
// tables as node 20 gives them; unknown names fail; DEP0111 under --pending-deprecation.
const util = require('util');
process.on('warning', (w) => console.log(w.name, w.code, w.message));
const u = process.binding('util');
console.log(Object.keys(u).join(), Object.keys(u).every((k) => u[k] === util.types[k]));
const c = process.binding('constants');
console.log(Object.keys(c).join(), c.os === require('os').constants, c.fs.O_RDONLY, c.os.signals.SIGINT, c.trace.TRACE_EVENT_PHASE_BEGIN);
try { process.binding('no_such_thing'); } catch (e) { console.log(e.name, e.message); }
console.log(typeof process.binding, process.binding.name, process.binding.length);
