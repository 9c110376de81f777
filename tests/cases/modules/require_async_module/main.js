// require() of an ES module graph with top-level await fails before it runs
// (ERR_REQUIRE_ASYNC_MODULE, naming both files); syntax errors in ES modules and CommonJS
// files read as V8's, with node's file:line / source / caret lines in the stack.
const rel = (s) => String(s).split(__dirname).join('<dir>');
try { require('./tla.mjs'); } catch (e) { console.log(e.code, rel(e.message)); }
for (const f of ['./line1.js', './unclosed.js']) {
  try { require(f); } catch (e) { console.log(e.name, e.message, rel(e.stack).split('\n').slice(0, 3)); }
}
import('./dup.mjs').catch((e) => console.log(e.name, e.message));
