// A context's global as V8/node make it: its prototype is an object of its own (with an
// anonymous `constructor`) over Object.prototype, and a sandbox that is an instance of a named
// class tags the global with that name (Object.prototype.toString gives [object Window]).
const vm = require('vm');
console.log(vm.runInNewContext(`const p = Object.getPrototypeOf(this);
  [p === Object.prototype, Object.getPrototypeOf(p) === Object.prototype, Object.getOwnPropertyNames(p).join(),
   typeof p.constructor, p.constructor.name, p.constructor.length, p.constructor === Object]`));
class Window {}
const win = new Window();
vm.createContext(win);
console.log(vm.runInContext('[Object.prototype.toString.call(this), String(this), this[Symbol.toStringTag], Object.getOwnPropertySymbols(this).map(String).join()]', win));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(vm.runInContext('this', win), Symbol.toStringTag)), Object.getOwnPropertySymbols(win).length);
for (const sb of [{}, Object.create(null), [], new (class List extends Array {})(), new Map(), Object.create({ constructor: 5 })]) {
  vm.createContext(sb);
  console.log(vm.runInContext('Object.prototype.toString.call(this)', sb));
}
