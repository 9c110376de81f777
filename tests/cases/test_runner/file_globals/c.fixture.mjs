import { test } from 'node:test';
import path from 'node:path';
test('an ES module file sees its own argv', () => {
  console.log('c', process.argv.length, path.basename(process.argv[1]), import.meta.url.endsWith('c.fixture.mjs'));
});
