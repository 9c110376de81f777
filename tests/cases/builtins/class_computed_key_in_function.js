// A class made inside a function may use an outer const in a computed method name (symbol-keyed
// methods such as util.inspect.custom are common in libraries).
const kCustom = Symbol.for('nodejs.util.inspect.custom');
const kName = 'greet';
function makeClass(label) {
  return class {
    [kName]() { return `hello from ${label}`; }
    static [`${kName}Static`]() { return 'static'; }
    get [kName + 'Getter']() { return 'getter'; }
    [kCustom]() { return `<${label}>`; }
  };
}
function declare() {
  class D { [kName]() { return 'declared'; } }
  return D;
}
const C = makeClass('C');
const c = new C();
console.log(c.greet(), C.greetStatic(), c.greetGetter, new (declare())().greet());
console.log(c, [new (makeClass('two'))()]);
