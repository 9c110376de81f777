// An uncaught error from one of node's validators is reported under the throw statement of
// hideStackFrames (node:internal/errors:541), not a script line.
const path = require('path');
try { path.join(1); } catch (e) { console.log(e.code, e.message); }
console.log('then uncaught');
path.join('a', {});
