// Objects inheriting Object.prototype / Function.prototype keep their names when those
// prototypes' `constructor` is replaced or deleted (node's wellKnownPrototypes).
const saved = Object.prototype.constructor;
Object.prototype.constructor = 5;
console.log({ a: 1 }, [1], new Map(), Object.create(null));
delete Object.prototype.constructor;
console.log({ a: 1 }, { n: { m: {} } }, [2]);
Object.prototype.constructor = saved;
const fsaved = Function.prototype.constructor;
Function.prototype.constructor = function Fake() {};
console.log(function f() {}, class A {}, [() => {}]);
Function.prototype.constructor = fsaved;
class Foo {}
Foo.prototype.constructor = undefined;
console.log(new Foo(), Object.prototype, Function.prototype);
console.log(require('util').inspect({ a: 1 }, { showHidden: true }));
