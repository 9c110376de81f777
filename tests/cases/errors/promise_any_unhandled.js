// Promise.any's AggregateError has no frames (V8 makes it in a promise job): node's report of the
// unhandled rejection names its own throw line and shows it as inspect does, in brackets.
const failing = (msg) => new Promise((_, reject) => setTimeout(() => reject(new Error(msg)), 1));
console.log('racing');
Promise.any([failing('mirror 1 down'), failing('mirror 2 down')]);
