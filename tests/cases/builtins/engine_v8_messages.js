// V8's wording for errors raised by the engine.
for (const v of [Function.prototype, () => 1, function* g() {}, Math.max, Math.max.bind(null), {}, 3]) {
  try { class Q extends v {} } catch (e) { console.log(e.message); }
}
const size = (C) => Object.getOwnPropertyDescriptor(C.prototype, 'size').get;
for (const C of [Map, Set]) {
  for (const r of [C.prototype, {}]) { try { size(C).call(r); } catch (e) { console.log(e.message); } }
}
const keys = (target, trap) => { try { console.log(Reflect.ownKeys(new Proxy(target, { ownKeys: trap }))); } catch (e) { console.log(e.message); } };
keys([1, 2, 3], () => []);
keys(Object.defineProperty({}, 'k', { value: 1 }), () => []);
keys(Object.preventExtensions({ a: 1 }), () => []);
keys(Object.preventExtensions({ a: 1 }), () => ['a', 'b']);
keys({}, () => ['a', 'a']);
// a frame shows an own string 'name' even when empty; the source name only when it is gone
const frame = () => new Error('x').stack.split('\n')[2].replace(/ \(.*/, '').trim();
const f = function named() { return frame(); };
Object.defineProperty(f, 'name', { value: '' });
const g = function named2() { return frame(); };
delete g.name;
console.log(({ f }).f(), '|', ({ g }).g());
for (const f of [() => Symbol.keyFor('x'), () => Symbol.keyFor({}), () => new WeakRef(1), () => new FinalizationRegistry(() => {}).register(1)]) {
  try { f(); } catch (e) { console.log(e.message); }
}
