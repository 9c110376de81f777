// A caught syntax error of an ES module: its stack is "SyntaxError: message" and node's loader
// frames (the excerpt is kept for an uncaught report), for import() and require(); a CommonJS
// file's error carries the excerpt, with the unexpected token underlined as V8 does.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const frames = (e) => e.stack.split('\n').slice(0, 5).join('\n');
try { await import('./bad.mjs'); } catch (e) { console.log(frames(e)); console.log(String(e)); }
try { require('./bad-required.mjs'); } catch (e) { console.log(frames(e)); }
for (const f of ['./bad-string.js', './bad-punct.js']) {
  try { require(f); } catch (e) { console.log(e.stack.split('\n').slice(1, 5).join('\n')); }
}
