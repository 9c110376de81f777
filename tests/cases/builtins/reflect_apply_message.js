// Reflect.apply on a non-callable target: V8's message naming the value and its type.
for (const v of [undefined, null, 1, 1.5, 'abc', {}, [1], Symbol('s'), 1n, true, new Error('e'), new Date(0) instanceof Date]) {
  try { Reflect.apply(v, null, []); } catch (e) { console.log(e.name, e.message); }
}
try { Reflect.apply(() => 1, null, 5); } catch (e) { console.log(e.name, e.message); }
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.apply(function () { return this.x; }, { x: 7 }, []));
