// A module require() cannot find: node's stack (Module._resolveFilename on top, cut to
// Error.stackTraceLimit), require.resolve's frames, and the uncaught report's header (the
// loader's `throw err;`).
const clean = (s) => s.split(__dirname).join('<dir>');
try { require('./no-such-module'); } catch (e) { console.log(clean(e.stack)); }
try { require.resolve('no-such-package'); } catch (e) { console.log(clean(e.stack)); }
require('no-such-package-either');
