// require() of an ES module whose graph imports a CommonJS module that throws: the error goes to
// the require() caller only (no unhandled rejection kills the process afterwards).
process.on('unhandledRejection', (e) => console.log('unhandledRejection', e.message));
try { require('./thrower.mjs'); } catch (e) { console.log('caught require', e.message); }
setTimeout(() => console.log('still alive'), 10);
