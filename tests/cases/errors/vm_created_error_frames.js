// Errors made (not thrown) by code a vm script runs: below the script's frames, node's frames of
// the Script method and the vm function that ran it (rjs's own runScript frames not shown).
const vm = require('vm');
const rel = (s) => s.split('\n').slice(1, 5).map((l) => l.replace(__filename, 'FILE')).join('\n');
console.log(rel(vm.runInThisContext('new Error("this context").stack')));
console.log(rel(vm.runInNewContext('new Error("new context").stack', {})));
const script = new vm.Script('(function named() { return new Error("in a function").stack; })()', { filename: 'tpl.js' });
console.log(rel(script.runInThisContext()));
console.log(rel(script.runInNewContext()));
console.log(rel(script.runInContext(vm.createContext({}))));
console.log(rel(vm.runInContext('new Error("context").stack', vm.createContext({}))));
try { vm.runInThisContext('throw new Error("thrown")'); } catch (e) { console.log(rel(e.stack)); }
