// Property additions at one assignment site stay correct when the prototype chain changes
// between runs (a setter or read-only property appears, a proxy is put in the chain, the
// object is frozen or made non-extensible), and when objects of several shapes pass the site.
'use strict';
function Point(x) { this.x = x; this.y = x * 2; }
const made = [];
for (let i = 0; i < 5; i++) made.push(new Point(i));
console.log(JSON.stringify(made[4]), Object.keys(made[4]));

// A setter on the prototype after the site has run: later writes go through it.
const seen = [];
Object.defineProperty(Point.prototype, 'y', { set(v) { seen.push(v); }, get() { return 'proto-y'; }, configurable: true });
const p = new Point(10);
console.log(Object.keys(p), p.y, seen);
delete Point.prototype.y;
console.log(Object.keys(new Point(3)));

// A read-only property on Object.prototype: strict code throws.
function Tagged(t) { this.tag = t; }
new Tagged(1); new Tagged(2);
Object.defineProperty(Object.prototype, 'tag', { value: 'ro', writable: false, configurable: true });
try { new Tagged(3); console.log('no throw'); } catch (e) { console.log(e.constructor.name, e.message); }
delete Object.prototype.tag;
console.log(new Tagged(4).tag);

// A proxy put into the chain afterwards sees the write.
function Item(n) { this.n = n; }
new Item(1); new Item(2);
const base = Object.getPrototypeOf(Item.prototype);
const traps = [];
Object.setPrototypeOf(Item.prototype, new Proxy(base, { set(t, k, v, r) { traps.push(k); return Reflect.defineProperty(r, k, { value: v * 100, writable: true, enumerable: true, configurable: true }); } }));
const it = new Item(5);
console.log(it.n, traps);
Object.setPrototypeOf(Item.prototype, base);

// Non-extensible and frozen receivers.
function assignZ(o) { o.z = 1; return o; }
assignZ({}); assignZ({});
for (const make of [() => Object.preventExtensions({}), () => Object.freeze({}), () => Object.seal({})]) {
  try { console.log(Object.keys(assignZ(make()))); } catch (e) { console.log(e.constructor.name, e.message); }
}

// Many shapes through one site, and sloppy-mode silent failure.
const shapes = [{}, { a: 1 }, { b: 2 }, { a: 1, b: 2 }, [], function f() {}, new Map(), Object.create(null)];
for (let round = 0; round < 2; round++) for (const s of shapes) assignZ(s);
console.log(shapes.map((s) => Object.keys(s).join(',')));
const arr = [1, 2];
assignZ(arr);
console.log(arr.length, arr.z);
const sloppy = new Function('o', 'o.w = 7; return o.w;');
sloppy({}); sloppy({});
console.log(sloppy(Object.freeze({})), sloppy({}));

// A getter-only accessor added on the prototype: strict assignment throws.
function Box(v) { this.v = v; }
new Box(1); new Box(2);
Object.defineProperty(Box.prototype, 'v', { get() { return 'getter'; }, configurable: true });
try { new Box(3); } catch (e) { console.log(e.constructor.name, e.message); }

// Objects that become prototypes later (set with Object.setPrototypeOf or a __proto__
// literal) and only then get a setter, or got one before: cached additions see it either way.
const seen2 = [];
function K() { this.k = 1; }
new K(); new K();
const mid = { __proto__: Object.prototype };
Object.setPrototypeOf(K.prototype, mid);
new K();
Object.defineProperty(mid, 'k', { set(v) { seen2.push('k' + v); }, configurable: true });
console.log(Object.keys(new K()), seen2);
const early = {};
Object.defineProperty(early, 'm', { set(v) { seen2.push('m' + v); }, configurable: true });
function M() { this.m = 2; }
new M(); new M();
const viaLiteral = { __proto__: early };
Object.setPrototypeOf(M.prototype, viaLiteral);
console.log(Object.keys(new M()), seen2);
const bound = function () {}.bind(null);
function B() { this.name2 = 3; }
new B(); new B();
Object.setPrototypeOf(B.prototype, bound);
Object.defineProperty(bound, 'name2', { set(v) { seen2.push('b' + v); }, configurable: true });
console.log(Object.keys(new B()), seen2);
