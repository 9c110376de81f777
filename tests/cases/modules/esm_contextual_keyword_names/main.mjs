// Import specifiers named by contextual keywords without `as` (rxjs's `import { of }`), and
// `export default` of async arrows, or of an identifier `async` followed by a function on the
// next line (a separate declaration, by the no-LineTerminator rule).
import { of, async, get, set, from } from './lib.mjs';
import { of as of2 } from './lib.mjs';
import double from './lib.mjs';
import inc from './arrow_ident.mjs';
import seven, { f } from './async_name.mjs';
console.log(of(1, 2), async, get, set, from, of2 === of);
console.log(typeof double, await double(2), await inc(1), seven, f());
for (const src of ['import { if } from "node:path";', 'import { let } from "node:path";', 'import { await } from "node:path";']) {
  try { await import('data:text/javascript,' + encodeURIComponent(src)); console.log('ok'); } catch (e) { console.log(e.name); }
}
