// The report of a redeclaration points at the name declared again (file:line, the line, the caret).
const vm = require('vm');
const sources = [
  'let a = 1;\nfunction g() {\n  const b = 1;\n  let b = 2;\n}\n',
  'var total = 0;\nlet total = 1;\n',
  'for (;;) {\n  let i = 0;\n  { var j; }\n  const i = 1;\n}\n',
];
for (const src of sources) {
  try { new vm.Script(src, { filename: 'x.js' }); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
}
