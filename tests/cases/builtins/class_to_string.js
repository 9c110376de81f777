// Function.prototype.toString of classes returns their source text (class ... { ... }).
class A { m() {} }
const B = class extends A {
  constructor() { super(); }
};
const C = class {};
class  D   {
  static x = 1;
}
console.log(A.toString()); console.log(String(B)); console.log(`${C}`); console.log(D.toString());
console.log(require('util').inspect(A), [B, C]);
function f() { return class Inner { x() { return 1; } }; }
console.log(f().toString());
