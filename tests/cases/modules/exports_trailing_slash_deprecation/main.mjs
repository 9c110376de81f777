// A subpath ending in '/' that an "exports" pattern key's prefix matches warns DEP0155 once per
// package and subpath (require: no importer named; import: 'imported from').
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.code} ${w.message.split(process.cwd()).join('<cwd>')}`));
process.on('exit', () => console.log(warnings.join('\n')));
for (const s of ['deep/a/', 'deep/a/', 'deep/a/x']) {
  try { console.log(require(s)); } catch (e) { console.log(e.code); }
  try { console.log((await import(s)).default); } catch (e) { console.log(e.code); }
}
await import('deep/a/private/').catch((e) => console.log(e.code));
