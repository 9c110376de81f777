// Computed-key reads and writes (o[k], o[k] = v) through the engine's computed-key cache: getters and
// setters on prototypes, dictionary-mode objects, shadowing, prototype changes, frozen objects, arrays.
const k = Symbol('k');
class A { get [k]() { return 'proto'; } }
function rd(o) { return o[k]; }
function wr(o, v) { o[k] = v; }
const objs = [];
for (let i = 0; i < 3; i++) { const o = new A(); objs.push(o); console.log(rd(o)); }
// dictionary-mode object: many properties then delete (unique shape), then shadow the proto getter
const d = new A(); for (let i = 0; i < 40; i++) d['p' + i] = i; delete d.p3;
console.log(rd(d), rd(d));
Object.defineProperty(d, k, { value: 'own', writable: true, configurable: true });
console.log(rd(d));
delete d[k]; console.log(rd(d));
// write through setter vs data
const s = Symbol('s');
class B { set [s](v) { this.log = (this.log || '') + v; } }
const b = new B(); for (let i = 0; i < 3; i++) b[s] = i; console.log(b.log, Object.getOwnPropertySymbols(b).length);
const plain = {}; for (let i = 0; i < 3; i++) { plain[s] = i; } console.log(plain[s]);
const fz = Object.freeze({ [s]: 1 }); 'use strict'; for (let i = 0; i < 2; i++) { fz[s] = 9; } console.log(fz[s]);
function strictW(o) { 'use strict'; o[s] = 2; }
try { strictW({[s]:1}); strictW(fz); } catch (e) { console.log(e.constructor.name); }
// string keys built dynamically
const o2 = { alpha: 1, beta: 2 };
let sum = 0; for (let i = 0; i < 1000; i++) sum += o2[i % 2 ? 'al' + 'pha' : 'beta']; console.log(sum);
// unique-shape object gaining an own property that shadows the prototype
const proto = { x: 'p' }; const u = Object.create(proto); for (let i = 0; i < 40; i++) u['q' + i] = i; delete u.q1;
const key = 'x'; console.log(u[key], u[key]); u.x = 'own'; console.log(u[key]); u[key] = 'own2'; console.log(u[key], proto.x);
// arrays and typed arrays
const arr = [1,2]; for (const kk of ['length', 'length']) console.log(arr[kk]); arr['length'] = 1; console.log(arr);
const ta = new Uint8Array(2); console.log(ta['-0'], ta['1.5'], ta['1']);
// getter on the prototype gets the right receiver
class C { constructor(n) { this.n = n; } get [k]() { return this.n; } }
console.log([1,2,3].map(n => rd(new C(n))).join());
// prototype change
const p1 = { [k]: 'p1' }, p2 = { [k]: 'p2' }; const c = Object.create(p1); console.log(rd(c)); Object.setPrototypeOf(c, p2); console.log(rd(c));
// shared prototype mutated
const P = { [k]: 1 }; const c2 = Object.create(P), c3 = Object.create(P); console.log(rd(c2)); P[k] = 2; console.log(rd(c3)); delete P[k]; console.log(rd(c2));
// many short-lived shapes across garbage collections
let acc = 0;
for (let i = 0; i < 20000; i++) { const o = { ['p' + (i % 50)]: i, [k]: i }; o[k] += 1; acc += o[k] + o['p' + (i % 50)]; }
console.log(acc);
