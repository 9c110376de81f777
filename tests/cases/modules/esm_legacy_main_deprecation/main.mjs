// node's DEP0151: importing a package whose ES module entry is found by guessing ("main"
// without its extension, a directory "main", no or empty "main": index.js) warns; a full
// "main" or a CommonJS entry does not. (Warnings print at exit.)
import { fileURLToPath } from 'url';
const dir = fileURLToPath(new URL('.', import.meta.url));
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.code} ${w.message.split(dir).join('<D>/')}`));
process.on('exit', () => console.log(warnings.join('\n')));
for (const name of ['none', 'empty', 'rel', 'dirmain', 'full', 'cjs']) console.log((await import(name)).default);
