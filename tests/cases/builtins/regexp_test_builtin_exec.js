const s = 'The quick brown fox jumps over the lazy dog';
console.log(/fox/.test(s), /cat/.test(s), RegExp.$_ === s, RegExp.lastMatch);
const g = /o/g; console.log(g.test(s), g.lastIndex, g.test(s), g.lastIndex);
g.lastIndex = 100; console.log(g.test(s), g.lastIndex);
const y = /quick/y; console.log(y.test(s), y.lastIndex); y.lastIndex = 4; console.log(y.test(s), y.lastIndex, y.test(s), y.lastIndex);
console.log(/(?<w>qu)(i)(x)?/.exec(s));
const d = /(?<w>qu)(i)(x)?/d.exec(s); console.log(d.indices, d.indices.groups, d.groups);
console.log(/(a)|(b)/d.exec('b').indices);
console.log(s.match(/o/g), s.replace(/(o)/g, '[$1]'), s.split(/\s+/, 3), [...s.matchAll(/(?<v>[aeiou])\w/g)].map((m) => m.index + m.groups.v));
console.log(RegExp.$1, RegExp.leftContext.length, RegExp.rightContext.length);
const r = /x/; let calls = 0; r.exec = function (str) { calls++; return { 0: 'x', length: 1, index: 0 }; }; console.log(r.test('abc'), calls);
const r2 = /x/; r2.exec = () => null; console.log(r2.test('x'));
const r3 = /x/; r3.exec = () => 5; try { r3.test('x'); } catch (e) { console.log(e.constructor.name, e.message); }
const r4 = /a/g; Object.defineProperty(r4, 'lastIndex', { writable: false, value: 0 }); try { r4.test('a'); } catch (e) { console.log(e.constructor.name); }
try { RegExp.prototype.test.call({}, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(RegExp.prototype.test.call({ exec() { return {}; } }, 'x'));
const u = /\u{1F600}/u; console.log(u.test('a😀'), /^.$/u.test('😀'), /^.$/.test('😀'));
console.log(/(?:)/g.test(''), /a*/y.test('b'));
let lo = /b/g; lo.lastIndex = { valueOf() { console.log('valueOf'); return 1; } }; console.log(lo.test('abc'), lo.lastIndex);
