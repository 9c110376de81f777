// @normalize: _idleStart: \d+
// @normalize: \(asyncId\)\]: \d+
// Timeout and Immediate objects as node 20's inspect shows them: timers of one duration linked
// in a TimersList, immediates in a list, async ids, refed/kHasPrimitive slots, state after
// clear, run and toPrimitive. (node's stdout takes async ids of its own: ids normalized.)
const a = setTimeout(() => {}, 1000);
const b = setTimeout(() => {}, 1000);
const c = setInterval(() => {}, 2000);
console.log(a, b, c);
const i1 = setImmediate(() => console.log('running', i1));
const i2 = setImmediate(() => {});
const i3 = setImmediate(() => setImmediate(after));
clearImmediate(i2);
console.log(i1, i2);
console.log(typeof +a, a);
clearTimeout(b);
console.log(b);
function after() {
  console.log(i1, i3);
  clearTimeout(a);
  clearInterval(c);
  console.log(a, c);
}
