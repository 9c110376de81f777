// Engine fast paths that must keep the spec's observable behaviour: sort (runs, default
// comparator, write-back), RegExp replace with the built-in exec, lastIndex, object
// spread / rest / Object.entries / Object.values, ASCII case mapping.
const log = (...a) => console.log(...a);

// sort: already sorted, reversed, random, stability, comparator call counts
let calls = 0;
const asc = Array.from({ length: 50 }, (_, i) => i);
asc.slice().sort((a, b) => { calls++; return a - b; });
log('sorted input calls', calls);
calls = 0;
log(asc.slice().sort((a, b) => { calls++; return b - a; }).slice(0, 5), 'reverse calls', calls);
const recs = [3, 1, 2, 1, 3, 2, 1].map((k, i) => ({ k, i }));
log(JSON.stringify(recs.slice().sort((a, b) => a.k - b.k)));
log(JSON.stringify(recs.slice().sort((a, b) => b.k - a.k)));
// default comparator: strings of numbers, undefined last, holes removed, mixed primitives
log([10, 9, 1, 100, undefined, -1, 2n, 'b', 'a', true, null].sort());
const holes = [3, , 1, undefined, , 2];
log(holes.sort(), holes.length, Object.keys(holes));
log([3, 1, 2].toSorted(), ['b', undefined, 'a'].toSorted());
// objects and symbols with the default comparator
log([{ toString() { return 'b'; } }, { toString() { return 'a'; } }].sort().map(String));
try { [Symbol('x'), Symbol('y')].sort(); } catch (e) { log(e.constructor.name, e.message); }
// comparator that mutates the array
const m = [5, 4, 3, 2, 1];
m.sort((a, b) => { if (m.length < 8) m.push(0); return a - b; });
log(m);
const f = [3, 2, 1];
try { f.sort((a, b) => { Object.freeze(f); return a - b; }); } catch (e) { log(e.constructor.name); }
log(f);
// inconsistent comparator never crashes
log([5, 1, 4, 2, 3].sort(() => Math.random() > 2 ? 1 : -1).length);
// array-likes and typed arrays
log(Array.prototype.sort.call({ 0: 'c', 1: 'a', 2: 'b', length: 3 }));
log(new Int8Array([3, -1, 2]).sort(), Array.from(new Float64Array([3, 1, NaN, -0, 0]).sort()));
// throwing comparator leaves the array unchanged
const t = [3, 1, 2];
try { t.sort(() => { throw new Error('boom'); }); } catch (e) { log(e.message, t); }

// RegExp replace
const s = 'The quick brown fox jumps over the lazy dog';
log(s.replace(/o/g, '0'), s.replace(/o/, '0'), s.replace(/x/g, '!'));
log(s.replace(/(\w)(o)/g, '$2$1'), s.replace(/(?<first>\w)o/g, '[$<first>]'));
log(s.replace(/(?<w>o)(x)?/g, (m, a, b, pos, str, groups) => `${m}|${a}|${b}|${pos}|${typeof str}|${JSON.stringify(groups)} `).slice(0, 80));
log('aaa'.replace(/a*?/g, '-'), 'abc'.replace(/(?:)/g, '.'), '😀😀'.replace(/(?:)/gu, '|'));
log('x-y-z'.replace(/-/g, '$&$&'), 'abc'.replace(/b/g, "$'$`"), 'abc'.replace(/b/g, '$$'));
const re = /o/g; re.lastIndex = 5; log('foo boo'.replace(re, 'O'), re.lastIndex);
const st = /o/y; st.lastIndex = 1; log('foo'.replace(st, 'X'), st.lastIndex);
const ro = /o/g; Object.defineProperty(ro, 'lastIndex', { writable: false });
try { 'foo'.replace(ro, 'x'); } catch (e) { log(e.constructor.name); }
const own = /o/g; own.exec = function (str) { log('own exec', this.lastIndex); return null; };
log('foo'.replace(own, 'x'));
const li = /o/g; li.lastIndex = { valueOf() { log('valueOf'); return 0; } };
log('oo'.replace(/o/y, 'x'), li.test('o'), li.lastIndex);
class R extends RegExp { exec(str) { log('subclass exec'); return super.exec(str); } }
log('foo'.replace(new R('o', 'g'), '0'));
log('a1b2'.replace(/\d/g, (d) => d * 2), 'aXbX'.split(/x/i), 'a,b'.match(/\w/g), 'ab'.search(/b/));
log([...'a1b22'.matchAll(/\d+/g)].map((m) => m[0] + '@' + m.index));

// spread, rest, Object.entries/values
const sym = Symbol('s');
const o = { b: 1, a: 2, 1: 'one', 0: 'zero', [sym]: 3 };
Object.defineProperty(o, 'hidden', { value: 4, enumerable: false });
log({ ...o }, Object.entries(o), Object.values(o));
const { a, ...rest } = o;
log(a, rest);
const g = { x: 1, get y() { delete this.z; return 2; }, z: 3 };
log({ ...g }, Object.entries(g));
const arr = ['p', 'q'];
arr.extra = 1;
log({ ...arr }, Object.entries(arr), Object.values('hi'), { ...'hi' });
log(Object.entries(new Map([[1, 2]])), Object.entries([, 'x']), { ...[, 'y'] });
const proto = { inherited: 1 };
const child = Object.create(proto); child.own = 2;
log({ ...child }, Object.values(child));
log(Object.entries(new Proxy({ p: 1 }, { get: (t, k) => (k === 'p' ? 'trapped' : t[k]) })));

// case mapping
log('Content-Type'.toLowerCase(), 'get'.toUpperCase(), 'ß'.toUpperCase(), 'İ'.toLowerCase().length,
  'ÿµ'.toUpperCase(), 'ABC'.toLowerCase() === 'abc', 'abc'.toLowerCase(), 'MiXeD 123 !'.toUpperCase());
