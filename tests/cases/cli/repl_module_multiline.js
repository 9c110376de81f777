// Multi-line input: what stays pending ("... ") and what fails at once, as node's REPL decides (an
// unfinished block, array, arrow body, template, or a string continued with a backslash).
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough(), output = new PassThrough();
let out = '';
output.on('data', (d) => out += d);
const r = repl.start({ input, output, prompt: '> ' });
r.on('exit', () => { console.log(JSON.stringify(out)); });
for (const l of ['function f(', '}}}', 'if (true) {', 'let q = ', '5 }', 'q', '[1,', '2].length', 'x => {', 'return 1 }', '`a${', '1}b`', '"abc\\', 'def"', '.exit']) input.write(l + '\n');
