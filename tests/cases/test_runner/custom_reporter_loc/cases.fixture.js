const { test, describe, it } = require('node:test');
describe('suite', () => { it('a', () => {}); it.skip('b'); it.todo('c'); });
test('fails', () => { throw new Error('boom'); });
test('diagnostic', (t) => { t.diagnostic('hello'); });
test('parent', async (t) => {
  await t.test('child', () => {});
});
