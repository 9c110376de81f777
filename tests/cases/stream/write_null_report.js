// An uncaught write(null) is reported at node's internal/streams/writable source line (stderr header
// "node:internal/streams/writable:461", then the TypeError line), exit code 1.
const { Writable } = require('stream');
console.log('writing');
new Writable({ write(c, e, cb) { cb(); } }).write(null);
