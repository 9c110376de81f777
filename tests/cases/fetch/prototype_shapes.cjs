// The fetch classes' prototypes as node's (undici's): each member's kind and enumerability in
// order, including the stray enumerable `attribute` undici leaves on Request.prototype (a
// for-in over a Request meets it).
'use strict';
const kind = (v) => `${v.enumerable ? 'e' : ''}${v.get ? 'g' : ''}${v.set ? 's' : ''}${v.writable ? 'w' : ''}${v.configurable ? 'c' : ''}`;
for (const C of [Response, Request, Headers, FormData]) {
  const d = Object.getOwnPropertyDescriptors(C.prototype);
  console.log(C.name, C.length, Object.getOwnPropertyNames(d).filter((k) => k !== 'constructor')
    .map((k) => `${k}:${kind(d[k])}`).join(' '), C.prototype[Symbol.toStringTag]);
}
const keys = [];
for (const k in new Request('http://example.com/')) keys.push(k);
console.log(keys.join(','));
