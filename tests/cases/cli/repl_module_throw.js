// What node's REPL prints for thrown non-errors (null, undefined, strings), Error subclasses and
// errors with properties, strict replMode, blank and comment-only input.
const repl = require('repl');
const { PassThrough } = require('stream');
function run(opts, lines) {
  const input = new PassThrough(), output = new PassThrough();
  let out = '';
  output.on('data', (d) => out += d);
  const r = repl.start({ input, output, prompt: '> ', ...opts });
  r.on('exit', () => { console.log(JSON.stringify(out)); });
  for (const l of lines) input.write(l + '\n');
}
run({}, ['throw null', 'throw undefined', 'throw "s"', 'throw new (class MyErr extends Error {})("m")', 'throw Object.assign(new Error("e"), {code: "X"})', '.exit']);
run({ replMode: repl.REPL_MODE_STRICT }, ['x = 3', 'let y = 3', 'y', 'delete Object.prototype', '.exit']);
run({}, ['  ', '// comment', '/* c */ 1', '"use strict"; 5', '.1 + .2', 'var o = {}; o', '.exit']);
