import test from 'node:test';
const seen = ['require', 'module', 'exports', '__filename', '__dirname', 'fs', 'http', 'util', 'path', 'events']
  .map((name) => `${name}:${typeof globalThis[name]}`);
test(`esm globals ${seen.join(' ')}`, () => {});
test('require in esm', () => {
  try {
    // eslint-disable-next-line no-undef
    require('node:fs');
  } catch (err) {
    throw new Error(`${err.name}: ${err.message}`);
  }
});
