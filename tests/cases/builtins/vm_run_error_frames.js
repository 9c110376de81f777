// An error a vm script throws while it runs: below the script's frame node shows the Script method
// that ran it (Script.runInContext and Script.runInNewContext for a new context), then the vm
// function that called it (Object.runInThisContext / runInContext / runInNewContext).
const vm = require('vm');
function top(f) {
  try { f(); } catch (e) { console.log(e.stack.split('\n').filter((l) => l.includes('node:vm:')).join(' | ')); }
}
const thrower = 'throw new Error("x")';
top(() => vm.runInThisContext(thrower));
top(() => vm.runInContext(thrower, vm.createContext()));
top(() => vm.runInNewContext(thrower));
top(() => new vm.Script(thrower).runInThisContext());
top(() => new vm.Script(thrower).runInContext(vm.createContext()));
top(() => new vm.Script(thrower).runInNewContext());
top(() => vm.runInThisContext('(function f() { return require("vm").runInThisContext("null.x") })', { filename: 'outer.vm' })());
