// require() of an ES module whose evaluation throws (node 20.19+ loads it synchronously): the
// error's stack has node's synchronous module job frames (ModuleJobSync.runSync,
// importSyncForRequire, loadESMFromCJS, Module._compile) in place of rjs's runEsm, for a throw
// in the module itself and in a module it imports.
function load(spec) {
  try { require(spec); } catch (e) { console.log(e.stack); }
}
load('./throws.mjs');
load('./imports-thrower.mjs');
