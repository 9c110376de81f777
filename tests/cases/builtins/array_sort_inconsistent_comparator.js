// Array.prototype.sort with a comparator that is not a total order (random, always -1,
// NaN, mixed types) returns a permutation without crashing (mathjs sorts with one); a
// consistent comparator sorts stably; an exception from the comparator propagates.
const data = Array.from({ length: 300 }, (_, i) => (i * 7919) % 101);
let seed = 1;
const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const perm = (a) => a.slice().sort((x, y) => x - y).join() === data.slice().sort((x, y) => x - y).join();
for (const [name, cmp] of [['random', () => rnd() - 0.5], ['always -1', () => -1], ['always 1', () => 1],
  ['NaN', () => NaN], ['non-transitive', (a, b) => (a % 3) - (b % 5)], ['string', () => 'x']]) {
  const out = data.slice().sort(cmp);
  console.log(name, out.length, perm(out), data.slice(0, 20).sort(cmp).length, data.toSorted(cmp).length);
}
const recs = data.map((v, i) => ({ k: v % 5, i }));
const sorted = recs.slice().sort((a, b) => a.k - b.k);
console.log('stable', sorted.every((r, j) => j === 0 || sorted[j - 1].k < r.k || (sorted[j - 1].k === r.k && sorted[j - 1].i < r.i)));
console.log(data.slice().sort((a, b) => b - a).slice(0, 10), [3, 1, 2].sort(), ['b', undefined, 'a', , 'c'].sort());
try { data.slice().sort(() => { throw new Error('from comparator'); }); } catch (e) { console.log(e.message); }
const ta = new Float64Array(data.slice(0, 50));
console.log(ta.sort(() => rnd() - 0.5).length, Array.from(new Int8Array([5, -1, 3]).sort()), Array.from(new Uint8Array(data.slice(0, 8)).sort((a, b) => b - a)));
