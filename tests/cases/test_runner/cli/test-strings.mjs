import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { add } from './lib.js';
before(() => console.log('strings before'));
describe('strings', () => {
  it('concatenates', () => assert.equal(add('a', 'b'), 'ab'));
  it.todo('unicode');
});
