const { test } = require('node:test');
const assert = require('node:assert');

const later = (tag, n) => {
  let i = 0;
  const step = () => {
    process.stdout.write(`[${tag}${i}]`);
    if (++i < n) process.nextTick(step);
  };
  process.nextTick(step);
};

test('one', () => later('a', 6));
test('two', () => {});
test('three', () => assert.strictEqual(1, 1));
for (let i = 0; i < 20; i++) test(`n${i}`, () => {});
test('async', async () => {
  later('b', 4);
  await new Promise((resolve) => setImmediate(resolve));
});
test('last', () => {});
