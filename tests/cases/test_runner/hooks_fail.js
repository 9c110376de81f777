// Failing hooks (before, beforeEach, afterEach, after in suites), skipped/todo suites, a describe
// body that throws, async describe bodies, t.beforeEach/t.afterEach, empty suites.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const { describe, it, test, before, after, beforeEach, afterEach } = require('node:test');
describe('before fails', () => {
  before(() => { throw new Error('before boom'); });
  it('x', () => console.log('x should not run'));
  it('y', () => {});
});
describe('beforeEach fails', () => {
  beforeEach((t) => { if (t.name === 'b') throw new Error('be boom'); });
  it('a', () => console.log('a runs'));
  it('b', () => console.log('b runs?'));
});
describe('afterEach fails', () => {
  afterEach(() => { throw new Error('ae boom'); });
  it('c', () => console.log('c runs'));
});
describe('after fails', () => {
  after(() => { throw new Error('after boom'); });
  it('d', () => {});
});
describe.skip('skipped suite', () => { console.log('never'); it('e', () => {}); });
describe.todo('todo suite', () => { it('f', () => { throw new Error('todo fail'); }); });
describe('suite throws', () => { it('g', () => {}); throw new Error('describe boom'); });
describe('async suite', async () => { it('h', () => {}); });
test('t hooks', async (t) => {
  t.beforeEach((c) => console.log('t.beforeEach', c.name));
  t.afterEach((c) => console.log('t.afterEach', c.name));
  await t.test('s1', () => {});
  await t.test('s2', () => {});
});
describe('empty', () => {});
it.todo('todo it');
it('with todo option', { todo: true }, () => { throw new Error('nope'); });
test.todo('todo pass', () => {});
