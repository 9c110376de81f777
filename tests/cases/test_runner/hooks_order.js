// Hook order (root, describe, nested describe, t.beforeEach) and how console output
// interleaves with the TAP stream: the reporter writes only once the microtask queue drains.
// @normalize: duration_ms:? [\d.]+
const { describe, it, test, before, after, beforeEach, afterEach } = require('node:test');

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
before(() => console.log('root before'));
after(() => console.log('root after'));
beforeEach((t) => console.log('root beforeEach', t.name));
afterEach((t) => console.log('root afterEach', t.name));

describe('suite A', () => {
  console.log('building suite A');
  before(() => console.log('A before'));
  after(() => console.log('A after'));
  beforeEach((t) => console.log('A beforeEach', t.name));
  afterEach((t) => console.log('A afterEach', t.name));
  afterEach(() => console.log('A afterEach #2'));
  it('a1', () => console.log('a1 body'));
  describe('nested', () => {
    console.log('building nested');
    before(() => console.log('nested before'));
    beforeEach(() => console.log('nested beforeEach'));
    afterEach(() => console.log('nested afterEach'));
    it('n1', () => console.log('n1 body'));
    it('n2', async () => { await wait(2); console.log('n2 body'); });
  });
  it('a2', async () => {
    await wait(2);
    console.log('a2 body');
  });
});

test('top test with subtests', async (t) => {
  t.beforeEach((c) => console.log('t.beforeEach', c.name));
  t.afterEach((c) => console.log('t.afterEach', c.name));
  t.after(() => console.log('t.after'));
  await t.test('s1', () => console.log('s1 body'));
  await t.test('s2', async () => { await wait(1); console.log('s2 body'); });
});

it('callback hooks', (t, done) => {
  console.log('callback test');
  setTimeout(done, 1);
});
describe('async hooks', () => {
  before(async () => { await wait(1); console.log('async before done'); });
  beforeEach((t, done) => { console.log('callback beforeEach'); setImmediate(done); });
  it('x', () => console.log('x body'));
});
console.log('main done');
