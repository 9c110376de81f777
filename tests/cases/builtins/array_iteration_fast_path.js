const a = [1, 'two', { three: 3 }, [4], undefined, null];
for (const x of a) console.log(x);
console.log([...a], Array.from(a));
const [p, q, ...rest] = a; console.log(p, q, rest);
for (const [i, v] of a.entries()) console.log(i, v);
for (const k of a.keys()) console.log(k);
// array grows during iteration
const g = [1, 2]; let n = 0; for (const x of g) { if (g.length < 5) g.push(x * 10); n++; } console.log(n, g);
// shrink
const h = [1, 2, 3, 4]; for (const x of h) { h.length = 2; console.log('h', x); }
// holes and prototype
Array.prototype[1] = 'proto'; const hole = [0, , 2]; console.log([...hole]); delete Array.prototype[1];
// sparse
const sp = []; sp[5] = 'five'; console.log([...sp]);
// yield* over array
function* gen() { const r = yield* [7, 8]; return r; } const it = gen(); console.log(it.next(), it.next(), it.next());
// custom next on array iterator
const ai = [1, 2][Symbol.iterator](); const proto = Object.getPrototypeOf(ai); const orig = proto.next;
proto.next = function () { const r = orig.call(this); if (!r.done) r.value *= 100; return r; };
console.log([...[1, 2, 3]]); proto.next = orig; console.log([...[1, 2, 3]]);
// typed arrays and strings and array-likes
console.log([...new Uint8Array([5, 6])], [...'hé'], Array.from({ length: 2, 0: 'a', 1: 'b' }));
// getter element
const ga = [1, 2]; Object.defineProperty(ga, 1, { get() { return 'got'; } }); console.log([...ga]);
// proxy array
const pa = new Proxy([1, 2], { get(t, k, r) { if (k === '1') return 'trap'; return Reflect.get(t, k, r); } }); console.log([...pa]);
// break and return
for (const x of [1, 2, 3]) { if (x === 2) break; console.log('b', x); }
// destructuring from iterator that throws
try { const [a1] = { [Symbol.iterator]() { return { next() { throw new Error('boom'); } }; } }; } catch (e) { console.log(e.message); }
// next called manually after done
const it2 = [1][Symbol.iterator](); console.log(it2.next(), it2.next(), it2.next());
try { proto.next.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
// Map/Set from array
console.log(new Map([[1, 2], [3, 4]]), new Set([1, 1, 2]));
console.log(Math.max(...[1, 5, 3]), String.fromCharCode(...[104, 105]));
