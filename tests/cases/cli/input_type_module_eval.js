// @cli: --input-type=module -e "import { basename } from 'node:path'; const v = await Promise.resolve(5); console.log(v, basename(import.meta.url), typeof require, typeof import.meta.resolve)"
// --input-type=module runs -e code as the ES module <cwd>/[eval1]: imports, top-level await, import.meta.
