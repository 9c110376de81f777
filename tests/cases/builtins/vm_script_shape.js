// vm.Script extends node's ContextifyScript, which holds createCachedData; the own methods and
// their lengths, and the instance's own keys, are node's.
const vm = require('vm');
const P = Object.getPrototypeOf(vm.Script.prototype);
console.log(P.constructor.name, Object.getPrototypeOf(vm.Script) === P.constructor, Object.getOwnPropertyNames(P).includes('createCachedData'));
console.log(Object.getOwnPropertyNames(vm.Script.prototype), vm.Script.name, vm.Script.length);
for (const m of ['runInThisContext', 'runInContext', 'runInNewContext']) console.log(m, vm.Script.prototype[m].length);
const s = new vm.Script('1 + 1');
console.log(Object.keys(s), s.createCachedData.name, s.createCachedData.length, Buffer.isBuffer(s.createCachedData()), s instanceof vm.Script, s.runInThisContext());
class Sub extends vm.Script { constructor() { super('"sub"'); } }
console.log(new Sub().runInNewContext(), vm.createScript('3').runInThisContext());
