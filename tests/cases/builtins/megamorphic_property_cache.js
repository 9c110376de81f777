// Property reads and writes at sites that see many object shapes (past the per-site cache's four),
// including getters/setters on prototypes, frozen objects, shadowing and prototype changes.
const objs = [];
for (let i = 0; i < 8; i++) { const o = {}; o['f' + i] = i; o.x = i; o.y = 2; objs.push(o); }
function rd(o) { return o.x + o.y; }
function wr(o, v) { o.x = v; }
let s = 0;
for (let i = 0; i < 2000; i++) { const o = objs[i & 7]; s += rd(o); wr(o, i & 3); }
console.log(s);
class G { get x() { return 'getter'; } set x(v) { this.setCount = (this.setCount || 0) + 1; } }
const g = new G(); g.y = 1;
for (let i = 0; i < 3; i++) { console.log(rd(g)); wr(g, 5); }
console.log(g.setCount, Object.keys(g));
const fz = Object.freeze({ x: 1, y: 1 }); wr(fz, 9); console.log(rd(fz));
const p = { x: 10, y: 10 }; const c = Object.create(p); console.log(rd(c)); wr(c, 1); console.log(rd(c), p.x);
Object.setPrototypeOf(c, { x: 100, y: 100 }); console.log(rd(c)); delete c.x; console.log(rd(c));
const np = Object.create(null); np.x = 'n'; np.y = 'p'; console.log(rd(np));
const arr = [1, 2]; arr.x = 3; arr.y = 4; console.log(rd(arr));
function strictWr(o) { 'use strict'; o.x = 1; }
try { strictWr(fz); } catch (e) { console.log(e.constructor.name, e.message); }
