// Reads of methods and getters two or more prototypes up while the chain changes (the engine caches where they are found).
// deep prototype reads: methods and getters 2+ levels up, then the chain changes
class A { m() { return 'A'; } get g() { return 'gA:' + this.v; } }
class B extends A {} class C extends B { constructor(v) { super(); this.v = v; } }
function call(o) { return o.m() + ' ' + o.g; }
const cs = [new C(1), new C(2)];
for (let i = 0; i < 3; i++) console.log(call(cs[i % 2]));
B.prototype.m = function () { return 'B'; }; console.log(call(cs[0]));
delete B.prototype.m; console.log(call(cs[1]));
Object.defineProperty(B.prototype, 'g', { get() { return 'gB'; }, configurable: true }); console.log(call(cs[0]));
delete B.prototype.g; console.log(call(cs[0]));
A.prototype.m = function () { return 'A2'; }; console.log(call(cs[1]));
Object.setPrototypeOf(B.prototype, { m() { return 'X'; }, get g() { return 'gX'; } }); console.log(call(cs[0]));
cs[0].m = () => 'own'; console.log(call(cs[0]), call(cs[1]));
const k = Symbol('k'); class D { get [k]() { return 'dk'; } } class E extends D {} class F extends E {}
const f = new F(); function rk(o) { return o[k]; } console.log(rk(f), rk(f)); E.prototype[k] = 'ek'; console.log(rk(f));
// Object.prototype methods from deep objects and null-proto chains
const deep = Object.create(Object.create(Object.create({ z: 1 })));
console.log(deep.z, deep.hasOwnProperty('z'), deep.toString());
const np = Object.create(Object.create(Object.create(null))); console.log(np.toString, np.z);
// proxies and arrays in the chain
const px = new Proxy({ q: 'proxy' }, {}); const viaProxy = Object.create(Object.create(px)); console.log(viaProxy.q, viaProxy.q);
const arrChain = Object.create(Object.create([5, 6])); console.log(arrChain.length, arrChain[1], arrChain.join);
// lots of churn through GC
let n = 0; for (let i = 0; i < 30000; i++) { const c = new C(i); if (c.m() === 'X') n++; } console.log(n);
