// require() of an ES module runs only its own loading jobs: the program's pending promise
// reactions and ticks run after the require returns, in their usual order (node 20.20).
Promise.resolve().then(() => console.log('micro'));
process.nextTick(() => console.log('tick'));
const m = require('./ex.mjs');
console.log('after require', m.a);
