// Recursion through built-ins that call back into JavaScript: array-method callbacks 250
// levels deep (a recursive tree walk with forEach/map/reduce; node goes past 2000), accessors,
// valueOf/toString, Reflect.apply, iterators, JSON revivers, sort comparators, flatMap 170
// deep, proxy traps and JSON replacers 120 deep (node: 600 or more). Far deeper recursion is a
// catchable RangeError.
const light = {
  forEach: (r, n) => { [1].forEach(() => r(n - 1)); },
  map: (r, n) => { [1].map(() => r(n - 1)); },
  filter: (r, n) => { [1].filter(() => r(n - 1)); },
  reduce: (r, n) => { [1, 2].reduce(() => r(n - 1)); },
  reduceRight: (r, n) => { [1, 2].reduceRight(() => r(n - 1)); },
  some: (r, n) => { [1].some(() => { r(n - 1); }); },
  every: (r, n) => { [1].every(() => { r(n - 1); return true; }); },
  find: (r, n) => { [1].find(() => { r(n - 1); }); },
  findLastIndex: (r, n) => { [1].findLastIndex(() => { r(n - 1); }); },
  arrayFrom: (r, n) => { Array.from([1], () => r(n - 1)); },
};
const heavy = {
  sort: (r, n) => { [2, 1].sort((a, b) => { r(n - 1); return a - b; }); },
  getter: (r, n) => { const o = { get x() { return r(n - 1); } }; return o.x; },
  setter: (r, n) => { const o = { set x(v) { r(n - 1); } }; o.x = 1; },
  valueOf: (r, n) => { const o = { valueOf() { r(n - 1); return 1; } }; return +o; },
  toString: (r, n) => { const o = { toString() { r(n - 1); return 'a'; } }; return `${o}`; },
  reflectApply: (r, n) => Reflect.apply(r, null, [n - 1]),
  flatMap: (r, n) => { [1].flatMap(() => r(n - 1)); },
  generator: (r, n) => { function* g() { r(n - 1); yield 1; } return g().next(); },
  iterator: (r, n) => { for (const x of { [Symbol.iterator]() { return { next() { r(n - 1); return { done: true }; } }; } }); },
  jsonReviver: (r, n) => JSON.parse('[1]', (k, v) => { if (k === '0') r(n - 1); return v; }),
  mapForEach: (r, n) => new Map([[1, 1]]).forEach(() => r(n - 1)),
  replaceString: (r, n) => { 'a'.replace('a', () => { r(n - 1); return ''; }); },
  replaceRegExp: (r, n) => { 'a'.replace(/a/g, () => { r(n - 1); return ''; }); },
  thenable: (r, n) => { Promise.resolve({ get then() { r(n - 1); } }); },
};
const run = (kinds, levels) => {
  for (const [name, k] of Object.entries(kinds)) {
    let depth = 0;
    const r = (n) => { if (n > 0) { depth++; k(r, n); } };
    try { r(levels); console.log(name, 'ok', depth); } catch (e) { console.log(name, e.constructor.name, e.message); }
  }
};
run(light, 250);
run({ mixed: (r, n) => { [1].map(() => [1].forEach(() => r(n - 1))); } }, 125);
run(heavy, 170);
run({
  proxyGet: (r, n) => new Proxy({}, { get() { return r(n - 1); } }).x,
  jsonReplacer: (r, n) => JSON.stringify([1], (k, v) => { if (k === '0') r(n - 1); return v; }),
}, 120);
// Unbounded: a RangeError, caught.
const deep = (n) => [1].forEach(() => deep(n + 1));
try { deep(0); } catch (e) { console.log('unbounded', e instanceof RangeError, e.message); }
const deepGet = () => ({ get x() { return deepGet(); } }).x;
try { deepGet(); } catch (e) { console.log('unbounded getter', e instanceof RangeError, e.message); }
const deepReplace = () => 'a'.replace(/a/, deepReplace);
try { deepReplace(); } catch (e) { console.log('unbounded replace', e instanceof RangeError, e.message); }
