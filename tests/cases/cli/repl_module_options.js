// repl.start options and API: prompt, ignoreUndefined, writer, a custom eval (results, errors,
// Recoverable), defineCommand (.help lists it), useGlobal, top-level await, node's writer options.
const repl = require('repl');
const { PassThrough } = require('stream');
const queue = [];
// Runs REPLs one after another, each line sent once the previous prompt shows.
function run(opts, lines, setup) {
  queue.push(() => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    const prompt = opts.prompt ?? '> ';
    output.on('data', (d) => {
      out += d;
      if (prompt && (String(d).endsWith(prompt) || String(d).endsWith('... ')) && lines.length) setImmediate(() => input.write(lines.shift() + '\n'));
    });
    const r = repl.start({ input, output, ...opts });
    if (setup) setup(r);
    if (!prompt) for (const l of lines.splice(0)) input.write(l + '\n');
    r.on('exit', () => {
      console.log(JSON.stringify(out));
      if (queue.length) queue.shift()();
    });
  });
}
console.log(Object.keys(repl).sort(), typeof repl.REPL_MODE_STRICT, repl.writer.options);
console.log(repl.builtinModules.includes('fs'), repl.builtinModules.some((m) => m.startsWith('_')));
console.log(repl.isValidSyntax('a = 1'), repl.isValidSyntax('1 +'), repl.isValidSyntax('await x'));
// (node does not check options.eval up front.)
repl.start({ input: new PassThrough(), output: new PassThrough(), eval: 5 }).close();
console.log('eval: 5 accepted');
run({ prompt: 'my> ', ignoreUndefined: true, writer: (o) => `<<${typeof o}>>` }, ['1', 'undefined', 'var x', '"s"', '.exit'], (r) => {
  console.log(r instanceof repl.REPLServer, r instanceof require('readline').Interface, JSON.stringify(r.getPrompt()));
});
run({
  prompt: '$ ',
  eval(cmd, ctx, file, cb) {
    if (cmd.includes('more')) cb(new repl.Recoverable(new SyntaxError('x')));
    else if (cmd.includes('err')) cb(Object.assign(new RangeError('E!'), { stack: 'RangeError: E!\n    at custom (file.js:1:1)' }));
    else cb(null, cmd.trim().toUpperCase());
  },
}, ['hello', 'more', 'then', '.break', 'err', '.exit']);
run({ prompt: '> ' }, ['.say hi', '.bare', '.help', '.exit'], (r) => {
  r.defineCommand('say', { help: 'Say it', action(t) { this.output.write(`said ${t}\n`); this.displayPrompt(); } });
  r.defineCommand('bare', function () { this.output.write('bare\n'); this.displayPrompt(); });
  try { r.defineCommand('bad', {}); } catch (e) { console.log(e.code, e.message); }
});
run({ useGlobal: true, prompt: '> ' }, ['var gv = 42', 'globalThis.gv', '.clear', 'gv', '.exit'], (r) => {
  r.on('exit', () => console.log('global gv', globalThis.gv, r.context === globalThis));
});
run({ prompt: '> ' }, ['await Promise.resolve(7)', 'const p = await Promise.resolve(8)', 'p', 'await Promise.reject(5)',
  'await new Promise((r) => setTimeout(r, 5, "t"))', '.exit']);
run({ prompt: '> ' }, ['new Proxy({}, {})', '({a:{b:{c:{d:{}}}}})', '[1,2,3].map(x => x * 2)', 'class A {}', 'new A', '.exit']);
queue.shift()();
