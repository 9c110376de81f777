// process.throwDeprecation: the DeprecationWarning is thrown on the next tick (node defers it),
// so the deprecated call itself returns and the throw reaches uncaughtException.
process.throwDeprecation = true;
const f = require('util').deprecate(() => 'ran', 'old thing', 'DEP_X');
try { console.log(f()); } catch (e) { console.log('sync throw', e.name); }
process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.code));
