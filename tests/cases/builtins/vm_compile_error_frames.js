// A vm script that does not compile: its SyntaxError's frames are node's vm frames (new Script,
// then createScript and the vm function that made it), not rjs's own.
const vm = require('vm');
function top(f) {
  try { f(); } catch (e) { console.log(e.stack.split('\n').filter((l) => l.includes('(node:vm:')).join(' | ')); }
}
top(() => vm.runInThisContext('a b'));
top(() => vm.runInContext('a b', vm.createContext()));
top(() => vm.runInNewContext('a b'));
top(() => new vm.Script('a b'));
top(() => vm.createScript('a b'));
