// Properties added by computed key (this[k] = v) to many objects of one shape: each object must
// end up with the same keys in order, and a later setter, read-only property, proxy or changed
// prototype up the chain must intercept the write as [[Set]] says, however often the same
// addition was made before.
'use strict';
const kA = Symbol('kA'), kB = Symbol('kB'), kC = Symbol('kC');
const names = ['alpha', 'beta'];
function Thing(v) { this[kA] = v; this[names[0]] = v + 1; this[kB] = v + 2; this[names[1]] = v + 3; }
const made = [];
for (let i = 0; i < 50; i++) made.push(new Thing(i));
const last = made[49];
console.log(Object.keys(last), Object.getOwnPropertySymbols(last).map(String), last[kA], last.beta, last[kB]);
console.log(made.every((t, i) => t[kA] === i && t.alpha === i + 1 && t[kB] === i + 2 && t.beta === i + 3));

// A setter for kB appears on the prototype: the write calls it and adds nothing.
const seen = [];
Object.defineProperty(Thing.prototype, kB, { set(v) { seen.push(v); }, get() { return 'proto'; }, configurable: true });
const t1 = new Thing(100);
console.log(seen, Object.hasOwn(t1, kB), t1[kB], Object.getOwnPropertySymbols(t1).map(String));
delete Thing.prototype[kB];

// A read-only kA on Object.prototype: in strict code the write throws.
Object.defineProperty(Object.prototype, kA, { value: 'ro', writable: false, configurable: true });
try { new Thing(200); console.log('no throw'); } catch (e) { console.log(e.constructor.name, e.message); }
delete Object.prototype[kA];
const t2 = new Thing(300);
console.log(Object.hasOwn(t2, kA), t2[kA]);

// A non-extensible object of the cached shape: the addition fails.
const base = {};
function addC(o, v) { o[kC] = v; return o; }
for (let i = 0; i < 20; i++) addC({}, i);
const sealed = Object.preventExtensions({});
try { addC(sealed, 1); console.log('no throw'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getOwnPropertySymbols(sealed).length, Object.getOwnPropertySymbols(addC(base, 5)).map(String));

// A proxy as prototype sees the set.
const log = [];
const proxied = Object.create(new Proxy({}, { set(t, k, v, r) { log.push(String(k)); return Reflect.set(t, k, v, r); } }));
addC(proxied, 7);
console.log(log, Object.hasOwn(proxied, kC));

// The prototype of a cached shape's objects changes to one with a setter.
function Item() { this[kC] = 1; }
for (let i = 0; i < 10; i++) new Item();
Object.setPrototypeOf(Item.prototype, { set [kC](v) { log.push('setter ' + v); } });
const it = new Item();
console.log(log, Object.hasOwn(it, kC));

// Equal strings from different places are the same key.
const k1 = 'dyn' + 'amic', k2 = ['dy', 'namic'].join('');
const o1 = {}, o2 = {};
o1[k1] = 1; o1[k2] = 2; o2[k2] = 3; o2[k1] = 4;
console.log(JSON.stringify(o1), JSON.stringify(o2), Object.keys(o1).length);

// New keys through [[Set]] on other kinds of objects and receivers.
const bare = Object.create(null);
bare[kA] = 1; bare.x = 2; bare['y'] = 3;
console.log(Reflect.ownKeys(bare).map(String));
const target = {}, other = {};
console.log(Reflect.set(target, 'viaReflect', 1, other), Object.keys(target), Object.keys(other));
const frozenOther = Object.freeze({});
console.log(Reflect.set(target, 'again', 1, frozenOther), Object.keys(target));
function fn() {}
fn[kA] = 'f'; fn.extra = 'e';
console.log(Object.getOwnPropertyNames(fn).sort(), fn[kA]);
const arr = [1, 2];
arr[kA] = 'a'; arr.note = 'n'; arr['2'] = 3;
console.log(arr.length, Object.keys(arr), arr[kA]);
const str = new String('ab');
str[kA] = 's'; str.more = 'm';
try { 'use strict'; str[1] = 'z'; } catch (e) { console.log(e.constructor.name); }
console.log(Object.keys(str), str[kA]);
class WithSetter { set late(v) { this._late = v * 2; } }
const ws = new WithSetter();
ws.late = 4; ws.early = 1;
console.log(Object.keys(ws), ws._late);
const proto = { inherited: 1 };
const child = Object.create(proto);
child.inherited = 2; child[kB] = 3;
console.log(Object.keys(child), proto.inherited, child.inherited);
const counts = {};
for (const w of 'a b a c b a'.split(' ')) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
