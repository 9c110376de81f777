// Function.prototype.toString gives the exact source text, whatever characters the file holds
// (one-byte text such as 'é', and wider text such as '€' or an emoji, in the same file).
function latin(a, b = 'café') { return a + b; }
const wide = (x) => `€${x}😀`;
class Point {
  constructor(x) { this.x = x; }
  get norm() { return Math.abs(this.x); } // ñ
  static of(x) { return new Point(x); }
}
const obj = { method() { return 'ü'; }, async *gen() { yield '😀'; } };
console.log(latin.toString());
console.log(wide.toString());
console.log(Point.toString());
console.log(Object.getOwnPropertyDescriptor(Point.prototype, 'norm').get.toString());
console.log(Point.of.toString());
console.log(obj.method.toString(), obj.gen.toString());
console.log(new Function('a', 'return a + "ß"').toString());
console.log(new Function('a, b', 'c', 'return function inner(x) { return x + "é" + a }')().toString());
const AsyncFunction = (async () => {}).constructor;
const GeneratorFunction = (function* () {}).constructor;
console.log(new AsyncFunction('await 1').toString(), new GeneratorFunction('yield "€"').toString());
console.log(new Function().toString());
console.log(eval('(function e() { return "漢字" })').toString());
console.log(require('vm').runInNewContext('(x => x * 2)').toString());
console.log(Math.max.toString(), (function () {}).bind(null).toString());
const tf = (x) => `a${x}b`;
const tg = (x) => `${x}${x}tail`;
console.log(tf.toString(), tg.toString(), ((x) => `${x}`).toString());
