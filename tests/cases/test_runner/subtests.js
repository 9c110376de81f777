// Subtests with t.test(): nesting, a parent failing because of its subtests, subtests not
// awaited (cancelled when the parent ends), a subtest started after its parent finished,
// t.name/t.fullName, test() called inside a running test, concurrency, plan.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const test = require('node:test');

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('parent', async (t) => {
  console.log('names:', t.name, t.fullName);
  await t.test('child passes', async (t2) => {
    console.log('child:', t2.name, t2.fullName);
    await t2.test('grandchild', () => {});
  });
  await t.test('child fails', () => { throw new Error('child failure'); });
  await t.test('child skipped', { skip: true });
});

test('all subtests pass', async (t) => {
  await t.test('one', () => {});
  await t.test('two', () => {});
});

test('not awaited', (t) => {
  t.test('still pending', async () => { await wait(20); });
});

let late;
test('late subtest', (t) => {
  late = t;
});
test('uses late', () => {
  late.test('too late', () => {});
});

test('nested via test()', () => {
  test('inner via test()', () => console.log('inner body runs'));
});

test('concurrent subtests', { concurrency: true }, async (t) => {
  const order = [];
  await Promise.all([
    t.test('slow', async () => { await wait(10); order.push('slow'); }),
    t.test('fast', async () => { await wait(1); order.push('fast'); }),
  ]);
  console.log('finished in order', order.join(','));
});

test('plan satisfied', { plan: 2 }, (t) => {
  t.assert.ok(true);
  t.assert.strictEqual(1, 1);
});
test('plan not satisfied', (t) => {
  t.plan(3);
  t.assert.ok(true);
});
