// util.inspect of AbortController/AbortSignal past the depth limit, as node shows them.
const util = require('util');
console.log(util.inspect([new AbortController()], { depth: 0 }));
console.log(util.inspect([AbortSignal.abort()], { depth: 0 }));
console.log(util.inspect([new AbortController()], { depth: 1 }));
console.log(util.inspect(new AbortController(), { depth: 0 }));
console.log(util.inspect(new AbortController(), { depth: null }));
console.log(util.inspect({ a: { s: AbortSignal.abort() } }, { depth: 1 }));
console.log(util.inspect([new Event('x'), new EventTarget()], { depth: 0 }));
