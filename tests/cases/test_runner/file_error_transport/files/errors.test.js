const { describe, it, before } = require('node:test');
const assert = require('node:assert');
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; this.kind = 'mine'; this.fn = () => {}; this[Symbol('s')] = 1; } }
describe('errors', () => {
  it('assertion with a validation function', () => { assert.throws(() => { throw new Error('a'); }, (err) => err.message === 'b'); });
  it('deep equal with a nested error', () => { assert.throws(() => { throw Object.assign(new Error('m'), { code: 'X' }); }, { code: 'Y' }); });
  it('subclass with props', () => { throw new MyError('custom'); });
  it('cause chain', () => { throw new Error('top', { cause: new TypeError('mid', { cause: 'root' }) }); });
  it('a plain object', () => { throw { message: 'plain', n: 1 }; });
  it('a string', () => { throw 'just a string'; });
  it('a symbol', () => { throw Symbol('sym'); });
  it('a function property', () => { throw Object.assign(new RangeError('r'), { cb() {} }); });
});
describe('hooks', () => {
  const ac = new AbortController();
  before(() => ac.abort(), { signal: ac.signal });
  it('never runs', () => {});
});
