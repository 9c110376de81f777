// A super call is a CallExpression: member access, calls and templates may follow it
// (source-map's SourceMapConsumer: `return super(INTERNAL).then(...)`).
class Base {
  constructor(x) { this.x = x; }
  then(f) { return f(this); }
  get double() { return this.x * 2; }
  fn() { return (y) => this.x + y; }
}
class A extends Base { constructor(x) { return super(x).then((that) => ({ wrapped: that.x })); } }
class B extends Base { constructor(x) { const d = super(x).double; this.d = d; } }
class C extends Base { constructor(x) { const r = super(x)['x']; this.r = r; } }
class D extends Base { constructor(x) { const s = super(x).fn()(10); this.s = s; } }
console.log(new A(1), new B(2), new C(3), new D(4));
