// err.stack read by the test's own code while it runs (a logger, a custom assertion) shows
// node's runner frames below the test's fn (Test.runInAsyncScope, Test.run, ...), in a hook,
// in a suite's it(), after an await (async frames), in a mock's call record, and in a callback
// the test scheduled.
// @normalize: duration_ms:? [\d.]+
const { test, describe, it, beforeEach } = require('node:test');
const frames = (e) => e.stack.split('\n').slice(1).join('\n');
test('sync', () => { console.log(frames(new Error('logged'))); });
test('after await', async () => { await null; console.log(frames(new Error('after await'))); });
describe('suite', () => {
  beforeEach(() => { console.log(frames(new Error('in hook'))); });
  it('inner', () => { console.log(frames(new Error('inner'))); });
});
test('mock call stack', (t) => {
  const fn = t.mock.fn(() => 1);
  fn();
  console.log(frames(fn.mock.calls[0].stack));
});
test('in a timer', (t, done) => {
  setTimeout(() => { console.log(frames(new Error('timer'))); done(); }, 1);
});
