// vm: an error a running script throws keeps Error.stackTraceLimit frames after node's vm
// frames replace rjs's own (rjs cut the stack before: 8 of 10 frames), and vm's decorated
// excerpt is not printed twice when it escapes.
'use strict';
const vm = require('vm');
const show = (e) => e.stack.split(__dirname).join('.').split('\n').filter((l) => l.startsWith('    at ')).join('\n');
function run(label, fn) {
  try { fn(); } catch (e) { console.log(`${label}:\n${show(e)}`); }
}
run('runInThisContext', () => new vm.Script('function boom() { throw new Error("vm boom") }\nboom()', { filename: 'tpl.vm' }).runInThisContext());
run('runInNewContext', () => vm.runInNewContext('null.x', {}, 'f.vm'));
run('Script.runInContext', () => new vm.Script('(function f(n) { if (!n) throw new RangeError("deep"); f(n - 1); })(3)', { filename: 'r.vm' }).runInContext(vm.createContext({})));
Error.stackTraceLimit = 3;
run('limit 3', () => vm.runInThisContext('undefinedName', 'u.vm'));
Error.stackTraceLimit = 0;
run('limit 0', () => vm.runInThisContext('undefinedName', 'u.vm'));
Error.stackTraceLimit = 10;
function nested() { vm.runInThisContext('throw new TypeError("escapes")', { filename: 'esc.vm' }); }
nested();
