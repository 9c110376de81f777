// Errors of a package's "exports" map under require() are node's CommonJS loader rethrowing
// them: the stack shows where node makes them (exportsNotFound, resolveExports or trySelf,
// Module._resolveFilename) above the require()/require.resolve() call, and an uncaught one
// is reported under the loader's 'throw e;' line.
const frames = (e) => e.stack.split('\n').filter((l) => l.startsWith('    at ') && l.includes('node:')).slice(0, 6).join('\n');
for (const load of [() => require('pkg/nope'), () => require.resolve('pkg/nope'), () => require('selfpkg/nope')]) {
  try { load(); } catch (e) { console.log(`${e.code}\n${frames(e)}`); }
}
try { require('pkg/bad'); } catch (e) { console.log(e.code, e.stack.includes('at Module._findPath (node:internal/modules/cjs/loader:711:31)')); }
console.log(require('pkg'));
require('pkg/missing');
