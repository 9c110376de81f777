// require() of an ES module graph whose entry re-exports (export { x } from, export * from)
// gets the evaluated namespace (the graph is loaded in jobs; the namespace is taken after).
const ns = require('./entry.mjs');
console.log(Object.keys(ns), ns.x, ns.y, ns.z);
const again = require('./entry.mjs');
console.log(again === ns);
