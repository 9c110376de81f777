// Arrays: fill, map/filter/reduce, sort with a comparator, push/pop.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const a = [];
for (let i = 0; i < 60000; i++) a.push(Math.floor(rand() * 1e6));
const b = a.map((x) => x * 2).filter((x) => x % 3 !== 0);
b.sort((x, y) => x - y);
const objs = a.slice(0, 20000).map((v, i) => ({ v, i }));
objs.sort((p, q) => p.v - q.v || p.i - q.i);
const s = b.reduce((t, x) => (t + x) % 1000003, 0);
console.log(b.length, b[0], b[b.length - 1], s, objs[0].i, objs[19999].v);
