// A sloppy function called with the global object as receiver is a top-level frame (`at run`)
// in the stack of an error made by code of a vm context, as V8 names it (not `global.run`).
const vm = require('vm');
function run(fn) {
  try { fn(); } catch (e) {
    console.log(e.stack.split('\n').filter((l) => /^\s+at run /.test(l) || /^\s+at global\.run /.test(l)).map((l) => l.replace(/\(.*\)/, '(<loc>)')).join('\n'));
  }
}
run(() => vm.runInContext('throw new Error("x")', vm.createContext({})));
run(() => vm.runInContext('null.x', vm.createContext({})));
run(() => vm.runInNewContext('new Function("throw new TypeError(1)")()'));
run(() => { throw new Error('plain'); });
