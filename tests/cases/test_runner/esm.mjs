// ESM: the default export and named exports of node:test, top-level await of a test,
// describe/it with hooks and mocks, and a failing assertion from node:assert/strict.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
import test, { describe, it, mock, before, afterEach } from 'node:test';
import * as ns from 'node:test';
import assert from 'node:assert/strict';

const names = ['after', 'afterEach', 'before', 'beforeEach', 'describe', 'it', 'mock', 'only', 'run', 'skip', 'suite', 'test', 'todo'];
console.log('named exports:', names.map((n) => `${n}:${typeof ns[n]}`).join(' '));
console.log('default is test:', ns.default === test, test === ns.test, ns.it === test, ns.describe === ns.suite);
before(() => console.log('before all'));
await test('awaited first', async () => { console.log('first body'); });
console.log('after awaited test');
describe('math', () => {
  afterEach((t) => console.log('afterEach', t.name));
  it('adds', () => assert.equal(2 + 2, 4));
  it('compares objects', () => assert.deepEqual({ a: [1, 2] }, { a: [1, 3] }));
});
test('mock.fn', () => {
  const add = mock.fn((a, b) => a + b);
  assert.equal(add(1, 2), 3);
  assert.equal(add.mock.callCount(), 1);
  console.log(add.mock.calls[0].arguments, add.mock.calls[0].result);
});
console.log('end of module');
