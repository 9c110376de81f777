// A module object and a require function as util.inspect shows them in node 20: the module's own
// symbols (kIsMainSymbol, kIsCachedByESMLoader, kIsExecuting, in node's order and states: main,
// required, imported by an ES module, after running), require.main an own data property (the main
// module when that require was made; Module.prototype.require.main too), '.js' loader anonymous.
const util = require('util');
const rel = (s) => s.split(__dirname).join('.');
const show = (v) => console.log(rel(util.inspect(v, { depth: 0 })));
show(module);
const child = require('./child.js');
show(child);
show(require);
console.log(Object.getOwnPropertyDescriptor(require, 'main').value === module, module.require.main === module);
import('./imported.js').then(() => {
  show(Object.getOwnPropertySymbols(require.cache[require.resolve('./imported.js')]).map(String));
  show(Object.getOwnPropertySymbols(child).map((s) => `${String(s)}=${child[s]}`));
});
