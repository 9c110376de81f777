// V8's `[as key]` in a frame: found by the function's own name anywhere on the receiver's
// prototype chain first; otherwise among enumerable string keys only, and left out when two
// keys hold the function or the name already ends with the key. Instances whose methods are
// bound copies (as tape's Test does) reach the prototype's functions through `.call`.
function name(f) {
  try { f(); } catch (e) { return e.stack.split('\n')[1].trim().replace(/ \(.*\)$/, ''); }
}
function T() {}
T.prototype.run = function run() { throw new Error('x'); };
function strictEqual() { throw new Error('x'); }
T.prototype.equal = T.prototype.is = T.prototype.strictEqual = strictEqual;
T.prototype.single = function other() { throw new Error('x'); };
const t = new T();
for (const k of ['run', 'equal', 'is', 'strictEqual', 'single']) t[k] = t[k].bind(t);
console.log(name(() => T.prototype.run.call(t)));
console.log(name(() => T.prototype.equal.call(t)));
console.log(name(() => T.prototype.single.call(t)));
class K { hidden() { throw new Error('x'); } }
const k = new K();
k.hidden = function () {};
console.log(name(() => K.prototype.hidden.call(k)));
const o = { f: function g() { throw new Error('x'); } };
console.log(name(() => o.f()));
const p = Object.create(o);
console.log(name(() => p.f()));
const dup = { x: strictEqual, y: strictEqual };
console.log(name(() => dup.x()));
