// Classes print as node's getClassBase shows them (`[class B extends A]`, static fields as keys),
// whether or not the source head has a `(` before its `{` (then node's regexp decides); an object
// method named `class` is a function.
const util = require('util');
class A {}
class B extends A { static count = 2; static label = 'b'; }
const Anon = (() => class {})();
const mixin = (Base) => class extends Base {};
class C extends mixin(A) {}
class N extends null {}
class Tagged { static [Symbol.toStringTag] = 'T'; }
class Named { static get name() { return 'Renamed'; } }
const obj = { class() {}, A, B };
console.log(A, B, Anon, C, N, Tagged, Named);
console.log(obj, [A, [B, { deep: { C } }]]);
console.log(util.inspect(B, { compact: false }), util.inspect({ B }, { depth: 0 }));
console.log(util.inspect(class /* (comment) */ D {}), util.inspect(class E { m() { return 1; } }));
console.log(util.inspect(mixin(B)), Object.setPrototypeOf(class F {}, null));
