// require() of an ES module whose graph fails to load (an import of a missing file) throws to
// the caller, who catches it; the failed load is not also an unhandled rejection (exit 0).
try { require('./badimp.mjs'); } catch (e) { console.log('caught', e.code); }
setTimeout(() => console.log('still alive'), 10);
