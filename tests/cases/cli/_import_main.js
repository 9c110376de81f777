// (run by import_cjs_main.js after an --import module)
const rel = (s) => (typeof s === 'string' ? s.replace(__dirname, '<dir>') : s);
console.log(globalThis.importedFirst, rel(module.id), module.parent, require.main === module, process.mainModule === module);
console.log(new Error('made in main').stack.split('\n').slice(1).map(rel).join('\n'));
function fail() { return new Error('in a function'); }
console.log(fail().stack.split('\n').slice(1, 4).map(rel).join('\n'));
