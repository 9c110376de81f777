// Reads that find a property several prototypes up through builtin prototypes (unique shapes):
// a key added later to an intermediate prototype, or removed, must be seen at once.
const u = new Uint8Array(4);
const b = Buffer.alloc(3);
const P = Object.getPrototypeOf(Uint8Array.prototype);
function len(x) { return x.length; }
function sub(x) { return typeof x.subarray; }
const out = [];
for (let i = 0; i < 3; i++) out.push(len(u), len(b), sub(u));
Object.defineProperty(Uint8Array.prototype, 'length', { get() { return 'shadowed'; }, configurable: true });
for (let i = 0; i < 2; i++) out.push(len(u), len(b));
delete Uint8Array.prototype.length;
for (let i = 0; i < 2; i++) out.push(len(u), len(b));
Buffer.prototype.subarray2 = 1;
Uint8Array.prototype.subarray = 'own';
for (let i = 0; i < 2; i++) out.push(sub(u), sub(b));
delete Uint8Array.prototype.subarray;
for (let i = 0; i < 2; i++) out.push(sub(u), sub(b));
Object.defineProperty(P, 'length', { get() { return 'redefined'; }, configurable: true });
for (let i = 0; i < 2; i++) out.push(len(u), len(b));
// Canonical numeric names are never prototype properties of a typed array.
Object.prototype.Infinity = 'proto';
Object.prototype.NaN = 'proto';
function inf(x) { return x.Infinity; }
function nan(x) { return x.NaN; }
for (let i = 0; i < 2; i++) out.push(String(inf(u)), String(nan(u)), inf({}));
class A {} class B extends A {} class C extends B {}
const c = new C();
function m(x) { return x.m; }
out.push(String(m(c)));
A.prototype.m = 'a';
out.push(m(c), m(c));
B.prototype.m = 'b';
out.push(m(c), m(c));
console.log(out.join(' '));
