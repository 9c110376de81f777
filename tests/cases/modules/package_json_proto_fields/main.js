// package.json fields are read as own properties only (node's package config): getters added
// to Object.prototype for name/main/type/exports/imports are never called while resolving.
console.log('start'); // (node's stdout pipe is made before the prototype changes)
for (const k of ['name', 'main', 'type', 'exports', 'imports']) {
  Object.defineProperty(Object.prototype, k, { get() { console.log('read', k); }, set() { console.log('write', k); }, configurable: true });
}
console.log(require('plain'));
import('plain').then((m) => console.log('import', m.default));
