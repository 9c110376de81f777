// A mock's call record's `stack` (an Error made as the call ends) shows node's frames: the
// mock's Object.apply / Object.construct, the test runner's below a test's code, the async
// frames below a test fn resumed after an await (rjs: '<main> (node:test:L:C)' frames).
// @normalize: duration_ms:? [\d.]+
import { test, mock, beforeEach } from 'node:test';
const top = mock.fn(() => 1);
top();
console.log(top.mock.calls[0].stack.stack.split('\n').slice(0, 3).join('\n'));
test('after await', async (t) => {
  const f = t.mock.fn(); await null; f();
  console.log(f.mock.calls[0].stack.stack);
  const o = { m() {} }; t.mock.method(o, 'm'); o.m();
  console.log(o.m.mock.calls[0].stack.stack);
  const g = t.mock.fn(); setImmediate(g); await new Promise((r) => setImmediate(r));
  console.log(g.mock.calls[0].stack.stack);
  const C = t.mock.fn(class A { constructor(x) { this.x = x; } });
  new C(1);
  console.log(C.mock.calls[0].stack.stack);
});
test('sync', (t) => {
  const f = t.mock.fn(function named() {}); f();
  console.log(f.mock.calls[0].stack.stack);
});
