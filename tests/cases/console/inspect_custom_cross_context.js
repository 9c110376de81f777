// A custom inspect function of an object from another vm context (or behind a proxy) gets
// options with a null prototype, no non-primitive values and a stylize that only returns
// strings (node 20 passes none of its own context's objects across). A throwing
// [util.inspect.custom] getter propagates.
'use strict';
const util = require('util');
const vm = require('vm');

const target = vm.runInNewContext(`({
  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    this.seen = { proto: Object.getPrototypeOf(opts), keys: Object.keys(opts).sort().join(),
      stylizeProto: Object.getPrototypeOf(opts.stylize), user: opts.userObj, prim: opts.userNum };
    try { return opts.stylize('cat', 'string'); } catch (e) { return 'threw ' + e.message; }
  }
})`);
console.log(util.inspect(target));
console.log(target.seen.proto, target.seen.keys, target.seen.stylizeProto, target.seen.user, target.seen.prim);
console.log(util.inspect(target, { colors: true, userObj: {}, userNum: 5 }));
console.log(target.seen.keys, target.seen.user, target.seen.prim);
console.log(util.inspect(target, { stylize: () => ({}) }));
console.log(util.inspect(target, { stylize: () => { throw new Error('oops'); } }));

// Same-context objects keep the ordinary options object.
const local = { [util.inspect.custom](depth, opts) { return `${Object.getPrototypeOf(opts) === Object.prototype} ${typeof opts.stylize}`; } };
console.log(util.inspect(local));
// A proxy counts as cross-context: the custom function sees the stripped options.
const viaProxy = new Proxy({ [util.inspect.custom](d, opts) { return String(Object.getPrototypeOf(opts)); } }, {});
console.log(util.inspect(viaProxy));

const throwing = { get [util.inspect.custom]() { throw new Error('custom getter'); } };
try { util.inspect(throwing); } catch (e) { console.log('threw:', e.message); }
console.log(util.inspect(throwing, { customInspect: false }));
