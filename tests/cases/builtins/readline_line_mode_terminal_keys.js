// A terminal interface whose input delivers whole lines (rjs's own terminal stdin, which WASI
// cannot put in raw mode) must read the same lines and history as node's raw-mode editing of the
// same keys: arrows, home/end, delete, ctrl-a/e/k, history up/down, and rl.write() edits the
// typed text joins. Under node (no line mode) the
// chunks are keypresses; under rjs the same chunks arrive as lines.
const readline = require('readline');
const { Readable, Writable } = require('stream');
const input = new Readable({ read() {} });
input.isTTY = true;
const lineMode = require('tty').internals?.kLineModeOnly;
if (lineMode) input[lineMode] = true;
const output = new Writable({ write(c, e, cb) { cb(); } });
const rl = readline.createInterface({ input, output, terminal: true, historySize: 5 });
rl.on('line', (line) => {
  console.log('line', JSON.stringify(line));
  if (line !== 'WRITE') return;
  rl.write('pre');
  rl.write(null, { ctrl: true, name: 'u' });
  rl.write('fill');
  rl.write(null, { name: 'left' });
  console.log('written', JSON.stringify(rl.line), rl.cursor);
  setImmediate(() => {
    for (const key of 'typed') input.push(key);
    input.push('\r');
    setImmediate(() => {
      rl.write('a\nb');
      console.log('after write', JSON.stringify(rl.line));
      input.push(null);
    });
  });
});
rl.on('history', (h) => console.log('history', JSON.stringify(h)));
// Each key is its own chunk, as a terminal sends keypresses (node treats a longer chunk as a paste).
const keys = (s) => s.match(/\x1b\[[0-9;]*[A-Za-z~]|\x1b.|[^]/g);
for (const typed of [
  'abc\x1b[D\x1b[DX', 'hello\x1b[H>\x1b[F<', '12345\x1b[D\x1b[D\x1b[3~', 'one two\x01\x0b', 'first\x05!',
  '\x1b[A\x1b[A', '\x1b[A\x1b[A\x1b[B', 'word1 word2\x1bb\x1b[1;5D_', 'plain', '   ', 'tab\there', 'WRITE',
]) {
  for (const key of keys(typed)) input.push(key);
  input.push('\r');
}
rl.on('close', () => console.log('closed', JSON.stringify(rl.history)));
