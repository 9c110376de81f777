// Private names resolved through nested class bodies (the private environment chain a
// method's closure keeps), after the classes are defined, across many calls.
class Outer {
  #secret = 'outer';
  static #count = 0;
  static bump() { return ++Outer.#count; }
  makeInner() {
    const self = this;
    return class Inner {
      #own = 'inner';
      read(o) { return [self.#secret, this.#own, #secret in o, #own in o].join(); }
      static has(o) { return #own in o; }
    };
  }
  #hidden() { return this.#secret.toUpperCase(); }
  callHidden() { return this.#hidden(); }
}
const outer = new Outer();
const Inner = outer.makeInner();
const inner = new Inner();
console.log(inner.read(outer), inner.read(inner), Inner.has(inner), Inner.has(outer));
console.log(outer.callHidden(), Outer.bump(), Outer.bump());
function factory(tag) {
  return class {
    #tag = tag;
    get tag() { return this.#tag; }
    same(o) { return #tag in o && o.#tag === this.#tag; }
  };
}
const A = factory('a'), B = factory('b');
const a = new A(), b = new B();
console.log(a.tag, b.tag, a.same(new A()), a.same(b));
class Plain { m(x) { return x + 1; } }
const p = new Plain();
let s = 0;
for (let i = 0; i < 5000; i++) s = p.m(s) + (outer.callHidden().length - 5);
console.log(s);
class Base { #b = 1; get b() { return this.#b; } }
class Derived extends Base { #d = 2; sum() { return this.b + this.#d; } }
console.log(new Derived().sum(), Object.getOwnPropertyNames(new Derived()).length);
