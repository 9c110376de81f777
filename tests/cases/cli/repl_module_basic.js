// repl.start over stream input: results, `_`/`_error`, commands, multi-line input, errors as
// node's REPL prints them ('Uncaught ...', frames below the REPL code cut), .clear.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ input, output, prompt: '> ' });
r.on('reset', () => console.log('reset event'));
r.on('exit', () => {
  for (const line of out.split('\n')) console.log(JSON.stringify(line));
  console.log('exit event');
});
const lines = [
  '1 + 1', 'const a = [1,2]', 'a', '_', '.help', 'throw new Error("x")', '_error', 'function f(', ') { return 1 }',
  'f()', 'undefinedVar', 'throw 5', '{a: 1}', 'x = 3; y', '.foo', 'function g() { throw new TypeError("y") }', 'g()',
  'foo bar', 'null.x', '_ = 5', '_', '1', '_', 'throw {a:1}', '.clear', 'typeof g', 'console.log("hi")',
  'typeof require("fs").readFileSync', 'typeof fs', 'global === globalThis', '[1,', '.break', '`a', 'b`', '.exit',
];
for (const l of lines) input.write(l + '\n');
