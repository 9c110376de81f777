const a = [1, 'two', 3.5, NaN, -0, 0, null, undefined, { o: 1 }];
console.log(a.indexOf(3.5), a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.indexOf(-0), a.includes(-0), a.indexOf(null), a.indexOf(undefined), a.includes(undefined));
console.log(a.indexOf('two', 2), a.indexOf('two', -8), a.indexOf('two', -100), a.includes('two', 2), a.indexOf(1, Infinity), a.includes(1, -Infinity));
const ints = [1, 2, 3, 4, 5]; console.log(ints.indexOf(3), ints.indexOf(3.0), ints.indexOf('3'), ints.includes(4), ints.indexOf(6), ints.includes(NaN));
const fl = [1.5, 2.5, NaN]; console.log(fl.indexOf(2.5), fl.includes(NaN), fl.indexOf(NaN));
const holes = [1, , 3]; console.log(holes.indexOf(undefined), holes.includes(undefined));
const trailing = [1, 2]; trailing.length = 5; console.log(trailing.indexOf(undefined), trailing.includes(undefined));
Array.prototype[3] = 'p'; console.log(trailing.indexOf('p'), trailing.includes('p'), trailing.slice(0, 5)); delete Array.prototype[3];
console.log(a.slice(), a.slice(2), a.slice(-2), a.slice(1, 3), a.slice(5, 2), ints.slice(1, -1), fl.slice(1));
console.log(holes.slice(), trailing.slice(), [].slice(), ints.slice(10));
class MyArr extends Array {} const m = MyArr.from([1, 2, 3]); const ms = m.slice(1); console.log(ms instanceof MyArr, ms, ms.length);
const frozen = Object.freeze([1, 2]); console.log(frozen.slice(), Object.isFrozen(frozen.slice()));
const sp = []; sp[3] = 1; console.log(sp.slice(), sp.indexOf(1));
let calls = 0; const fromIdx = { valueOf() { calls++; ints.length = 2; return 0; } }; console.log(ints.indexOf(4, fromIdx), calls, ints);
console.log(Array.prototype.slice.call({ length: 2, 0: 'x', 1: 'y' }), Array.prototype.indexOf.call('abc', 'b'));
const big = Array.from({ length: 1000 }, (_, i) => i); const s2 = big.slice(100, 900); s2.push('x'); console.log(s2.length, big.length, s2[0], s2[799], s2[800]);
const arr = [1, 2, 3]; arr.constructor = function (n) { return Object.freeze(new Array(n)); }; arr.constructor[Symbol.species] = arr.constructor;
try { console.log(arr.slice()); } catch (e) { console.log(e.constructor.name); }
const args = (function () { return Array.prototype.slice.call(arguments, 1); })(1, 2, 3); console.log(args);
