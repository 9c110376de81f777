// repl.start with terminal: true: the prompt redraws, .editor (buffered until Ctrl+D, Ctrl+C
// cancels), Ctrl+C on an empty line (twice leaves), .help listing .editor and defined commands.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ input, output, prompt: '> ', terminal: true, useColors: false });
r.defineCommand('say1', { help: 'help for say1', action(t) { this.output.write(`hello ${t}\n`); this.displayPrompt(); } });
r.on('exit', () => {
  console.log(JSON.stringify(out));
  console.log(JSON.stringify(r.lines));
});
const keys = [
  '1 + 1\r', '.editor\r', 'function f() {\r', '  return 3;\r', '}\r', 'f()\r', '\x04', 'f() * 2\r', '.editor\r',
  'let zz = 1\r', '\x03', 'typeof zz\r', '.say1 you\r', '.help\r', 'abc', '\x03', '\x03', '\x03',
];
for (const k of keys) input.write(k);
