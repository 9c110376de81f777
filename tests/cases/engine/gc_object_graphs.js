// @cli: --expose-gc gc_object_graphs.js
// Object graphs kept and dropped across forced collections: weak maps, weak refs, finalization
// registries, closures, promises and symbol-keyed properties must survive exactly while reachable.
'use strict';
const kA = Symbol('a'), kB = Symbol('b');
function node(i, next) { const o = { i, next, [kA]: [i, String(i)] }; o[kB] = () => o.i; return o; }
let keep = null;
const wm = new WeakMap();
const refs = [];
const fr = new FinalizationRegistry(() => {});
let sum = 0;
for (let round = 0; round < 30; round++) {
  let list = null;
  for (let i = 0; i < 2000; i++) {
    list = node(i, list);
    if (i % 100 === 0) { wm.set(list, { round, i, back: list }); refs.push(new WeakRef(list)); fr.register(list, i); }
  }
  wm.set(list, { round, back: list });
  if (round % 3 === 0) keep = list; // keep some, drop the rest
  const p = Promise.resolve(list).then((l) => l.i);
  p.then((v) => { sum += v; });
  gc();
  let n = 0, s = 0;
  for (let l = keep; l; l = l.next) { n++; s += l[kB]() + l[kA][0]; if (l[kA][1] !== String(l.i)) throw new Error('bad'); }
  if (n !== 2000 || s !== 2 * 1999 * 2000 / 2) throw new Error('lost ' + n + ' ' + s);
  const e = wm.get(keep);
  if (!e || e.back !== keep) throw new Error('weakmap lost');
}
setTimeout(() => {
  gc();
  setTimeout(() => {
    const inKept = new Set();
    for (let l = keep; l; l = l.next) inKept.add(l);
    const kept = refs.filter((r) => inKept.has(r.deref())).length;
    console.log('sum', sum, 'weak refs to the kept chain', kept, 'of', refs.length);
    console.log('keep chain ok', keep.i, keep[kA]);
  }, 0);
}, 0);
