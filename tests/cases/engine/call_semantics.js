// Calls and returns through the interpreter: this binding, arguments, environments,
// exceptions unwinding frames, constructors, generators, deep recursion.
'use strict';
function sloppyThis() { return Function('return this')(); }
console.log(sloppyThis() === globalThis);
const sloppyPrim = Function('return typeof this')
console.log(sloppyPrim.call(5), sloppyPrim.call('s'), sloppyPrim.call(undefined));
function strictThis() { return this; }
console.log(strictThis(), strictThis.call(7), typeof strictThis.call(7));
function args() { return arguments.length + ':' + Array.prototype.join.call(arguments, ','); }
console.log(args(), args(1), args(1, 2, 3));
function defaults(a, b = a * 2, ...rest) { return [a, b, rest.length]; }
console.log(defaults(1), defaults(1, 5), defaults(1, 2, 3, 4));
function counter() { let n = 0; return () => ++n; }
const c1 = counter(), c2 = counter();
console.log(c1(), c1(), c2(), c1());
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(10), fact(20));
function thrower(n) { if (n === 0) throw new Error('bottom'); return thrower(n - 1); }
const order = [];
function withFinally() { try { thrower(5); } finally { order.push('finally'); } }
try { withFinally(); } catch (e) { order.push(e.message); }
console.log(order.join(' '));
class A { constructor(x) { this.x = x; } get() { return this.x; } static make() { return new this(3); } }
class B extends A { constructor() { super(9); this.y = new.target === B; } }
console.log(new A(1).get(), A.make().get(), new B().get(), new B().y);
try { A(); } catch (e) { console.log(e.constructor.name, e.message); }
function Ret() { this.a = 1; return { b: 2 }; }
function RetPrim() { this.a = 1; return 5; }
console.log(JSON.stringify(new Ret()), JSON.stringify(new RetPrim()));
function* gen(n) { for (let i = 0; i < n; i++) yield i * i; return 'done'; }
console.log([...gen(5)].join(','), gen(0).next().value);
const obj = { v: 4, m() { return [1, 2].map((x) => x * this.v); } };
console.log(obj.m().join(','));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
let overflow = 'none';
function forever() { return forever() + 1; }
try { forever(); } catch (e) { overflow = e instanceof RangeError ? e.message : String(e); }
console.log(overflow);
let sum = 0;
function add(a, b) { return a + b; }
for (let i = 0; i < 100000; i++) sum = add(sum, i);
console.log(sum);
console.log(((a, b) => a + b).call(null, 2, 3), Math.max.apply(null, [1, 9, 3]));
