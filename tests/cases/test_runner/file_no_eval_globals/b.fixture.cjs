const test = require('node:test');
const seen = [typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname,
  typeof globalThis.fs, typeof globalThis.http, 'fs' in globalThis, typeof globalThis.require];
test(`cjs ${seen.join(' ')}`, () => {});
