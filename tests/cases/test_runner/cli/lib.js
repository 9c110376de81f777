let loads = (globalThis.libLoads || 0) + 1;
globalThis.libLoads = loads;
console.log('lib.js evaluated');
exports.add = (a, b) => a + b;
