// node's "Did you mean to import" hint asks the CommonJS resolver from a module without a
// filename, so a relative specifier is looked up from the working directory: the hint names
// the cwd's file (as a path relative to the importer), or nothing when none is there.
import { load } from './sub/importer.mjs';
for (const s of ['./lib', './nothing']) {
  try { await load(s); } catch (e) { console.log(e.code, e.message.split('\n')[1] || '(no hint)'); }
}
try { await import('./lib'); } catch (e) { console.log(e.code, e.message.split('\n')[1] || '(no hint)'); }
