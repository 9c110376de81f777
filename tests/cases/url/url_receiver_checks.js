// URL accessors called on objects that are not URLs fail with V8's private-member messages
// (node keeps URL state in #context/#searchParams and reads href via a private method);
// URLSearchParams iterators inspect as node's (line breaks follow the whole list);
// pathToFileURL validates its argument as "path".
const util = require('util');
const url = require('url');
const tryit = (f) => { try { f(); return 'ok'; } catch (e) { return `${e.name}: ${e.message}`; } };
for (const name of Object.getOwnPropertyNames(URL.prototype)) {
  if (name === 'constructor') continue;
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  for (const t of [undefined, null, {}, 1, Object.create(URL.prototype)]) {
    if (d.get) console.log(name, 'get', tryit(() => d.get.call(t)));
    if (d.set) console.log(name, 'set', tryit(() => d.set.call(t, 'x')));
    if (typeof d.value === 'function') console.log(name, 'call', tryit(() => d.value.call(t)));
  }
}
console.log(tryit(() => util.inspect(Object.create(URL.prototype))));
const it = new URLSearchParams('a=1&b=2&c=3').entries();
it.next();
console.log(util.inspect(it));
console.log(util.inspect(it, { breakLength: 5 }));
console.log(util.inspect(new URLSearchParams('a=1&b=2&c=3').keys(), { breakLength: 5 }));
console.log(util.inspect(new URLSearchParams('a=1').values(), { depth: -1 }));
console.log(util.inspect([new URLSearchParams('a=1').values()], { depth: 0 }));
const done = new URLSearchParams('a=1').keys();
done.next();
console.log(util.inspect(done));
for (const v of [1, undefined, null, {}, Buffer.from('/x'), new URL('file:///x')]) {
  console.log(tryit(() => url.pathToFileURL(v)));
}
// An enumerable symbol key of a record init fails to convert, as node's.
console.log(tryit(() => new URLSearchParams({ [Symbol('s')]: 'a' })));
console.log(tryit(() => new URLSearchParams(Object.defineProperty({ a: 1 }, Symbol('h'), { value: 1, enumerable: false }))));
