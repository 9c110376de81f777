// REPLServer.complete (the REPL's tab completion): properties by prototype level, REPL
// commands, globals with the session's let/const/class names and keywords; Tab on a terminal.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ input, output, prompt: '> ', terminal: true });
input.write('let inner = { one: 1, other: 2 }\rclass K { meth() {} }\rvar kk = new K\r');
setImmediate(() => {
  for (const t of ['inner.o', 'inner.', 'kk.m', 'kk.', '.e', '.', 'Mat', 'nope.x', 'xyzq', 'inn', 'wh', 'inner?.on', 'i', 'se', 'K', 'cl']) {
    r.complete(t, (e, d) => console.log(JSON.stringify(t), e, JSON.stringify(d)));
  }
  input.write('inner.on\t\r');
  setImmediate(() => {
    r.close();
    console.log(JSON.stringify(out));
  });
});
