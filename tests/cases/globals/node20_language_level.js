// The engine offers what node 20's V8 (11.3) offers: later additions are absent, so feature
// detection takes node 20's branch; no TypedArray global; Performance, CompressionStream and
// DecompressionStream are globals.
const probes = {
  'Object.groupBy': Object.groupBy, 'Map.groupBy': Map.groupBy, 'Promise.withResolvers': Promise.withResolvers,
  'Promise.try': Promise.try, 'Set.prototype.union': Set.prototype.union, 'Set.prototype.isSubsetOf': Set.prototype.isSubsetOf,
  'RegExp.escape': RegExp.escape, 'Math.sumPrecise': Math.sumPrecise, 'Math.f16round': Math.f16round,
  'JSON.rawJSON': JSON.rawJSON, 'DataView.prototype.getFloat16': DataView.prototype.getFloat16,
  'Iterator helpers map': [].values().map, 'Iterator helpers toArray': [].values().toArray,
  'Array.prototype.findLast': Array.prototype.findLast, 'Array.prototype.toSorted': Array.prototype.toSorted,
  'String.prototype.isWellFormed': String.prototype.isWellFormed, 'Object.hasOwn': Object.hasOwn,
  'ArrayBuffer.prototype.resize': ArrayBuffer.prototype.resize,
};
for (const [name, value] of Object.entries(probes)) console.log(name, typeof value);
for (const name of ['Iterator', 'TypedArray', 'Float16Array', 'Performance', 'CompressionStream', 'DecompressionStream']) {
  console.log(name, typeof globalThis[name], name in globalThis);
}
console.log(performance instanceof Performance);
console.log(Reflect.ownKeys(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))));
