// require() from a running ES module of a graph that reaches it: ERR_REQUIRE_CYCLE_MODULE as in
// node (the engine must not link a module while it runs). Requiring the module itself names its
// requirer ("from"); requiring another module that imports it names the importing file.
import { createRequire } from 'module';
import { basename } from 'path';
const require = createRequire(import.meta.url);
export const x = 1;
const short = (m) => m.replace(/\/[^ )]*\//g, (p) => `.../${basename(p)}/`);
for (const spec of ['./main.mjs', './imports-main.mjs', './plain.mjs']) {
  try {
    const ns = require(spec);
    console.log(spec, 'ok', Object.keys(ns));
  } catch (e) {
    console.log(spec, e.code, short(e.message));
  }
}
