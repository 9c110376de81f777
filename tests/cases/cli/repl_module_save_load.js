// repl .load (the file is one input, then a fresh prompt), .save (the session's inputs, the
// loaded text whole), their errors, multi-line input in the session, the REPL's `module`.
const repl = require('repl');
const { PassThrough } = require('stream');
const fs = require('fs');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
fs.writeFileSync('_tmp_repl_module_load.js', 'const z = 5;\nfunction h(a) {\n  return a * z;\n}\nh(2)\n');
const r = repl.start({ input, output, prompt: '> ' });
r.on('exit', () => {
  console.log(JSON.stringify(out));
  console.log(JSON.stringify(fs.readFileSync('_tmp_repl_module_save.js', 'utf8')));
  console.log(JSON.stringify(r.lines));
  fs.unlinkSync('_tmp_repl_module_load.js');
  fs.unlinkSync('_tmp_repl_module_save.js');
});
const lines = [
  '.load _tmp_repl_module_load.js', 'h(3)', '.load', '.load _tmp_nonexistent.js', '.load .', 'function k() {', 'return 1',
  '}', '', 'typeof module', 'module.id', '.nope', '.save', '.save _tmp_repl_module_save.js', '.exit',
];
for (const l of lines) input.write(l + '\n');
