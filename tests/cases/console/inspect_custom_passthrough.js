// A custom inspect function handing its options back to util.inspect (as URL, Headers and many
// libraries do) gets node's output, with plain, colored and user-given stylize options.
const util = require('util');
class Wrapper {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, opts, inspect) {
    return `Wrapper<${depth}> ${inspect(this.v, opts)}`;
  }
}
const value = { a: [1, 'two', { three: 3n }], m: new Map([['k', new Set([1])]]), s: Symbol('s'), n: null };
console.log(new Wrapper(value));
console.log({ outer: { inner: new Wrapper(value) } });
console.log(util.inspect(new Wrapper(value), { colors: true }));
console.log(util.inspect(new Wrapper(value), { depth: 0 }));
console.log(util.inspect(new Wrapper(value), { stylize: (s, t) => `<${t}:${s}>` }));
console.log(util.inspect(new Wrapper(value), { compact: false, breakLength: 40 }));
console.log([new URL('https://user@example.com:8080/p?q=1#h')]);
