// A failing hook's or describe body's stack shows node's runner frames: TestHook.run (and its
// runOnce wrapper for before/after), X.runHook, Test.run's beforeEach/afterEach calls,
// Suite.run's before/after, new Suite / createSubtest / the harness's run and test for a
// describe body, and the async frames below a hook resumed after an await (rjs showed
// '<main> (node:test:L:C)' frames).
// @normalize: duration_ms:? [\d.]+
Error.stackTraceLimit = 30;
const { describe, it, before, after, beforeEach, afterEach } = require('node:test');
describe('be', () => { beforeEach(() => { throw new Error('be'); }); it('x1', () => {}); it('x2', () => {}); });
describe('ae', () => { afterEach(() => { throw new Error('ae'); }); it('y1', () => {}); });
describe('bf', () => { before(() => { throw new Error('bf'); }); it('z1', () => {}); });
describe('af', () => { after(() => { throw new Error('af'); }); it('w1', () => {}); });
describe('abe', () => { beforeEach(async () => { await null; throw new Error('abe'); }); it('v1', () => {}); });
describe('abf', () => { before(async () => { await null; throw new Error('abf'); }); it('u1', () => {}); });
describe('outer', () => {
  it('fine', () => {});
  describe('inner', () => { throw new Error('inner body'); });
});
describe('top', () => { throw new TypeError('top body'); });
