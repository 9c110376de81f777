// Output written while tests wait on process.nextTick / queueMicrotask / setImmediate / an
// emitter that fires from a tick: node's reporter writes one step per tick, so these lines
// land between the report's lines at node's exact places.
// @normalize: duration_ms:? [\d.]+
const { test, describe, it } = require('node:test');
const { EventEmitter, once } = require('node:events');

const hops = async (tag, n) => {
  for (let i = 0; i < n; i++) {
    await new Promise((resolve) => process.nextTick(resolve));
    process.stdout.write(`${tag} ${i}\n`);
  }
};

test('a', () => console.log('a'));
test('callback from a tick', (t, done) => { process.nextTick(() => { console.log('in tick'); done(); }); });
test('b', () => console.log('b'));
test('hops', () => hops('hop', 14));
describe('suite', () => {
  it('x', () => {});
  it('y', (t) => { t.diagnostic('a diagnostic'); });
});
test('more hops', () => hops('more', 10));
test('with subtests', async (t) => {
  await t.test('s1', () => {});
  await t.test('s2', () => hops('s2', 3));
});
test('queueMicrotask', async () => { await new Promise((resolve) => queueMicrotask(resolve)); console.log('after microtask'); });
test('setImmediate', async () => { await new Promise((resolve) => setImmediate(resolve)); console.log('after immediate'); });
test('emitter', async () => {
  const e = new EventEmitter();
  setImmediate(() => process.nextTick(() => e.emit('go')));
  await once(e, 'go');
  console.log('got go');
});
test('last', () => hops('last', 12));
