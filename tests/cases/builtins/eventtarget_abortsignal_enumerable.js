// AbortSignal.prototype's enumerable members as node 20's: aborted and onabort only (reason and
// throwIfAborted are plain class members), which is what util.inspect and for-in show.
const util = require('util');
console.log(util.inspect(AbortSignal.prototype));
for (const k of ['aborted', 'reason', 'throwIfAborted', 'onabort']) {
  console.log(k, Object.getOwnPropertyDescriptor(AbortSignal.prototype, k).enumerable);
}
const seen = [];
for (const k in AbortSignal.abort('x')) seen.push(k);
console.log(seen.join());
