// @cli: --pending-deprecation module_parent_pending_deprecation.js
// With --pending-deprecation, module.parent (get or set) warns DEP0144 once.
process.on('warning', (w) => console.log(w.name, w.code, w.message));
console.log(module.parent);
module.parent = undefined;
const m = new (require('module'))('x', module);
console.log(m.parent === module);
