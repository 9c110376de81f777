// skip / todo / only in all their forms, runtime t.skip()/t.todo(), diagnostics, and TAP
// escaping of '#' and '\' in names and reasons. A failing todo test does not fail the run; a
// failing test inside a todo suite does.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const { test, describe, it } = require('node:test');

test('skip option', { skip: true }, () => { console.log('never runs'); });
test('skip reason', { skip: 'not on this platform' }, () => {});
test.skip('test.skip', () => {});
test('todo option', { todo: true }, () => { throw new Error('todo failures do not count'); });
test('todo reason', { todo: 'finish me' }, () => {});
test.todo('test.todo without fn');
test('only option', { only: true }, () => {});
test('runtime skip', (t) => { t.skip('decided at run time'); console.log('still runs the rest'); });
test('runtime todo', (t) => { t.todo(); });
test('diagnostics', (t) => {
  t.diagnostic('a note with # hash');
  t.diagnostic('another note');
});
test('name with # hash and \\ backslash', { skip: 'reason #1' }, () => {});
describe.skip('skipped suite', () => { console.log('skipped suite body never runs'); it('inner', () => {}); });
describe.todo('todo suite', () => {
  it('passes', () => {});
  it('fails', () => { throw new Error('inside todo suite'); });
});
describe('suite with skips', () => {
  it.skip('it.skip');
  it.todo('it.todo');
  it('it with skip false', { skip: false }, () => {});
  it.only('it.only', () => {});
});
test('skip false and todo false', { skip: false, todo: false }, () => {});
