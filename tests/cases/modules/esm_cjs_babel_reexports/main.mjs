// Babel's export-star loop (Object.keys(dep).forEach(...) copying dep's keys, cjs-module-lexer's
// EXPORT_STAR_LIB) re-exports the required module's names to `import`; export names written
// with escapes in a string are their decoded values.
for (const f of ['./babel.cjs', './guarded.cjs']) {
  const ns = await import(f);
  console.log(f, Object.keys(ns));
}
import { named, reA, reB } from './babel.cjs';
import { abc } from './guarded.cjs';
console.log(named, reA, reB, abc);
