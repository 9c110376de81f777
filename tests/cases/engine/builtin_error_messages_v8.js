// V8's texts for errors of Array/TypedArray with, Promise.any/resolve, Reflect.construct,
// Date methods on a wrong receiver and invalid regular expressions.
const tries = [
  () => [1, 2].with(2, 0), () => [1, 2].with(-3, 0), () => [1].with(Infinity, 0), () => [1].with(-Infinity, 0), () => [].with(0, 1),
  () => new Uint8Array(2).with(5, 1), () => new Float64Array(1).with(-2, 1), () => new Int8Array(1).with(Infinity, 1),
  () => Promise.resolve.call(1), () => Reflect.construct(() => {}, []), () => Reflect.construct(1, []), () => Reflect.construct({}, []),
  () => Reflect.construct(Math.max, []), () => Reflect.construct(function () {}, [], 5), () => Reflect.construct(Date, [], () => 1),
  () => Date.prototype.getTime.call(1), () => Date.prototype.toISOString.call({}), () => Date.prototype.toString.call('x'),
  () => Date.prototype.setFullYear.call(null, 1), () => Date.prototype.getDay.call([]), () => Date.prototype.valueOf.call(2),
  () => Date.prototype.getYear.call(1),
  () => new RegExp('[z-a]'), () => new RegExp('[z-a]', 'u'), () => new RegExp('[\\d-z]', 'u'), () => new RegExp('a{2,1}'),
  () => new RegExp('x{10,9}y'), () => new RegExp('\\k<x>', 'u'), () => new RegExp('[a&&&b]', 'v'), () => new RegExp('[b-a]', 'v'),
  () => new RegExp('*'),
];
for (const f of tries) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name + ': ' + e.message); }
}
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => console.log(e.name + ': ' + e.message, e.errors));
Promise.any([]).catch((e) => console.log(e.name + ': ' + e.message, e.errors));
