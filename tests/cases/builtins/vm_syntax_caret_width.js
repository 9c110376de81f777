// A vm script's SyntaxError excerpt underlines the whole token at the error's place, as V8 (and a
// file's report) does, for early errors too, not only unexpected tokens.
const vm = require('vm');
for (const src of ['let let = 1;', 'async function f(await) {}', 'class A {\n  constructor() {}\n  constructor() {}\n}',
  'const o = { __proto__: null, __proto__: null };', '"use strict";\nconst a = 010;', 'switch (1) {\n  default: break;\n  default: break;\n}',
  '"use strict";\nwith (Math) { cos(0); }', 'class B {\n  static prototype() {}\n}']) {
  try { new vm.Script(src, { filename: 'case.vm' }); } catch (e) { console.log(e.stack.split('\n').slice(0, 5).join('\n')); }
}
