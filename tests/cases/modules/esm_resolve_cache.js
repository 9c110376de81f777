// node caches an import's successful resolution per (specifier, attributes, importer): importing
// a file removed since returns the module loaded before; a failed resolution is not cached (a
// file written after it imports); another specifier for the removed file fails.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const dir = fs.mkdtempSync(path.join(__dirname, '_tmp-resolve-'));
const file = path.join(dir, 'target.mjs');
const target = pathToFileURL(file);
const show = (p) => p.then((m) => m.default, (e) => e.code);
(async () => {
  console.log(await show(import(target)));
  fs.writeFileSync(file, 'export default "loaded";\n');
  const first = await import(target);
  console.log(first.default);
  fs.rmSync(file);
  console.log((await import(target)) === first);
  console.log(await show(import(target.href + '?other')));
  fs.rmSync(dir, { recursive: true });
})();
