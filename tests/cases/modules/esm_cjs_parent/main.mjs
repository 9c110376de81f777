// A CommonJS module loaded by import has no parent (undefined) and no require.main; export *
// of it re-exports its named exports; ESM scope has no require/module/exports.
import { createRequire } from 'module';
import * as s from './star.mjs';
console.log(Object.keys(s), process.mainModule, typeof require, typeof module, typeof exports, typeof __filename);
const r = createRequire(import.meta.url);
console.log(r.main, r('./c.cjs') === (await import('./c.cjs')).default);
const c = r.cache[r.resolve('./c.cjs')];
console.log(c.loaded, c.parent === undefined ? 'undef' : c.parent, c.children.length);
console.log(this, typeof import.meta, Object.getPrototypeOf(import.meta));
