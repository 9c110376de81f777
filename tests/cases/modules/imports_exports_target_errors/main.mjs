// "imports" specifiers '#', '#/x' and ones ending in '/' are invalid (ERR_INVALID_MODULE_SPECIFIER);
// a map target whose file is missing fails require() as node's createEsmNotFoundErr (the
// resolved path, no require stack, err.path the package.json).
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const clean = (s) => String(s).split(process.cwd()).join('<cwd>');
for (const s of ['#a', '#', '#/x', '#p/', '#arr', '#p/missing', 'gone']) {
  let a, b;
  try { a = (await import(s)).default; } catch (e) { a = `${e.code}: ${e.message}`; }
  try { b = require(s); } catch (e) { b = `${e.code}: ${e.message} | ${e.path} | ${e.requireStack}`; }
  console.log(s, '|', clean(a), '|', clean(typeof b === 'object' ? b.default : b));
}
