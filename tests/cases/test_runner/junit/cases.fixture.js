const { test, describe, it } = require('node:test');
test('a & b < c > "d" -- \'q\'', () => {});
test('todo', { todo: 'later & soon' }, () => {});
test('skip', { skip: true }, () => {});
test('throws a string', () => { throw 'str <b>\nsecond line'; });
describe('suite', () => {
  it('passes', () => {});
  it('also passes', () => {});
  it.todo('inner todo');
  it.skip('inner skip');
});
test('diagnostic', (t) => { t.diagnostic('a -- diag'); });
test('with subtests', async (t) => {
  t.diagnostic('parent diag');
  await t.test('sub', () => {});
});
