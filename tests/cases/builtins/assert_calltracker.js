// assert.CallTracker as node 20: deprecated (DEP0173), proxies recording calls (getCalls/reset),
// report/verify messages naming the function or 'calls'.
const assert = require('assert');
process.on('warning', (w) => console.log('W', w.code, w.message));
const tracker = new assert.CallTracker();
const fn = tracker.calls(() => 1, 2); fn(1, 'a'); console.log(fn.length, fn.name);
console.log(JSON.stringify(tracker.report().map((r) => ({ ...r, stack: typeof r.stack }))));
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, e.message); }
fn(); tracker.verify(); console.log(JSON.stringify(tracker.getCalls(fn)));
tracker.reset(fn); console.log(tracker.getCalls(fn).length);
const f2 = tracker.calls(); f2(); f2(); try { tracker.verify(); } catch (e) { console.log(e.message); }
console.log(Object.keys(assert).sort().join());
console.log(assert.strict === assert.strict.strict, typeof assert.strict.AssertionError, assert.AssertionError.name, new assert.AssertionError({ message: 'm' }).name);
// Without a function the tracked one is nameless: reported as 'calls'.
{
  const t = new assert.CallTracker();
  const noop = t.calls(2); noop();
  console.log(t.report()[0].message, t.report()[0].operator, noop.name);
  try { t.verify(); } catch (e) { console.log(e.message); }
}
// getCalls() returns a frozen list of frozen records; calls() is refused in an exit handler.
{
  const t = new assert.CallTracker();
  const f = t.calls(() => {}); f(1);
  const calls = t.getCalls(f);
  console.log(Object.isFrozen(calls), Object.isFrozen(calls[0]), Object.isFrozen(calls[0].arguments));
  process.on('exit', () => {
    try { t.calls(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
  });
}
// verify()'s error shows node's constructor and CallTracker.verify frames above the caller's.
{
  const t = new assert.CallTracker(); t.calls(() => {});
  function a() { b(); } function b() { t.verify(); }
  try { a(); } catch (e) { console.log(e.stack.split('\n').slice(1, 5).map((l) => l.replace(/\(\/.*\//, '(')).join('\n')); }
}
