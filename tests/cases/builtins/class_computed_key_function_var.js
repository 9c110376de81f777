// A class method's computed key may contain a function with its own `var`s (TypeScript's private
// method helpers do: openai's ChatCompletionStream); compiling it panicked the engine.
function wrapper() {
  class A { [(function () { var y = 'k'; return y; })()]() { return 'k'; } }
  return Object.getOwnPropertyNames(A.prototype)[1];
}
console.log(wrapper());
class B { [(() => { var y = 'm'; return y; })()]() {} static [(function f() { var z = 's'; return z + (typeof f); })()]() {} }
console.log(Object.getOwnPropertyNames(B.prototype)[1], Object.getOwnPropertyNames(B).filter((n) => n.startsWith('s')));
const o = { [(function () { var q = 'obj'; return q; })()]() {} };
console.log(Object.keys(o));
