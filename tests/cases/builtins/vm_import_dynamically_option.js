// vm's importModuleDynamically option is validated as node 20 does: a function, the
// USE_MAIN_CONTEXT_DEFAULT_LOADER constant or undefined, else ERR_INVALID_ARG_TYPE.
const vm = require('vm');
const tryit = (n, f) => { try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, e.name, e.code, e.message); } };
for (const v of [5, 'x', null, {}, () => {}, vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, Symbol('x'), undefined]) {
  tryit('Script', () => new vm.Script('1', { importModuleDynamically: v }));
  tryit('compileFunction', () => vm.compileFunction('1', [], { importModuleDynamically: v }));
  tryit('createContext', () => vm.createContext({}, { importModuleDynamically: v }));
  tryit('runInNewContext', () => vm.runInNewContext('1', {}, { importModuleDynamically: v }));
  tryit('runInThisContext', () => vm.runInThisContext('1', { importModuleDynamically: v }));
}
tryit('order', () => new vm.Script('1', { importModuleDynamically: 5, produceCachedData: 1 }));
