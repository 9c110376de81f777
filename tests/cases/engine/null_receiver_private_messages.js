// V8's texts for built-in methods called on null/undefined (Array.prototype.forEach and the
// other Array methods V8 names, every String.prototype method that converts its receiver),
// Symbol.toPrimitive returning an object, and private accessors/methods used the wrong way.
const show = (label, f) => {
  try { console.log(label, 'no error', f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
};
for (const m of ['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast',
  'findLastIndex', 'reduce', 'reduceRight', 'indexOf', 'concat', 'join', 'includes', 'at', 'push',
  'slice', 'sort', 'flat', 'keys', 'lastIndexOf', 'toReversed']) {
  show('Array ' + m, () => Array.prototype[m].call(null, (x) => x));
  show('Array ' + m, () => Array.prototype[m].call(undefined, (x) => x));
}
for (const m of ['trim', 'at', 'charAt', 'includes', 'split', 'replace', 'replaceAll', 'toUpperCase',
  'padStart', 'slice', 'startsWith', 'endsWith', 'normalize', 'repeat', 'concat', 'indexOf',
  'substring', 'trimEnd', 'trimStart', 'codePointAt', 'localeCompare', 'match', 'search']) {
  show('String ' + m, () => String.prototype[m].call(null, 'a'));
}
show('String toString', () => String.prototype.toString.call(null));
show('Object toLocaleString', () => Object.prototype.toLocaleString.call(undefined));
show('Object hasOwnProperty', () => Object.prototype.hasOwnProperty.call(null, 'a'));
show('Object.keys', () => Object.keys(null));
const a = [1, 2];
show('bound forEach', () => a.forEach.call(null, () => 0));
show('map on array-like', () => Array.prototype.map.call({ length: 2, 0: 'a', 1: 'b' }, (x) => x + x).join());
show('toPrimitive object', () => +{ [Symbol.toPrimitive]() { return {}; } });
show('toPrimitive array', () => `${{ [Symbol.toPrimitive]: () => [] }}`);
show('toPrimitive not callable', () => ({ [Symbol.toPrimitive]: 1 }) + 1);
show('valueOf and toString objects', () => 1 + { valueOf() { return {}; }, toString() { return {}; } });
class A {
  #f = 1;
  #m() { return 1; }
  get #g() { return 1; }
  set #s(v) {}
  static writeG(o) { o.#g = 1; }
  static readS(o) { return o.#s; }
  static writeM(o) { o.#m = 1; }
  static readF(o) { return o.#f; }
  static writeF(o) { o.#f = 2; }
}
show('write getter-only', () => A.writeG(new A()));
show('read setter-only', () => A.readS(new A()));
show('write method', () => A.writeM(new A()));
show('read field elsewhere', () => A.readF({}));
show('write field elsewhere', () => A.writeF({}));
