const { describe, it, test } = require('node:test');

describe('math', () => {
  it('adds', () => {});
  it('fails', () => { throw 'not equal'; });
  it.todo('later');
});
test('top', async (t) => {
  t.diagnostic('a note');
  await t.test('inner', () => {});
});
