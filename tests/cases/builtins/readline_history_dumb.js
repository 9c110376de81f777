// History options on a terminal interface (a given history array, historySize, 
// removeHistoryDuplicates, a 'history' listener editing the list, blank and whitespace lines),
// then TERM=dumb: no line editing, the typed text echoed and Ctrl-D closing.
const { PassThrough, Writable } = require('stream');
const readline = require('readline');

function make(opts) {
  const rec = { out: '' };
  const output = new Writable({ write(c, e, cb) { rec.out += c; cb(); } });
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output, terminal: true, ...opts });
  return { rl, input, rec };
}
{
  const history = ['old2', 'old1'];
  const { rl, input } = make({ history, historySize: 4, removeHistoryDuplicates: true });
  console.log(rl.history === history, rl.historySize, rl.removeHistoryDuplicates);
  rl.on('history', (h) => {
    if (h[0].startsWith('secret')) h.shift();
  });
  for (const l of ['a', 'b', 'old1', '   ', '', 'a', 'secret pw', 'c']) input.write(l + '\r');
  console.log(JSON.stringify(history), rl.historyIndex);
  input.write('\x1b[A\x1b[A\x1b[A');
  console.log('up x3', JSON.stringify(rl.line));
  input.write('\x10');
  console.log('ctrl-p', JSON.stringify(rl.line));
  input.write('\x0e\x0e');
  console.log('ctrl-n x2', JSON.stringify(rl.line), rl.historyIndex);
  rl.close();
}
{
  const { rl, input } = make({ historySize: 0 });
  input.write('x\r');
  input.write('\x1b[A');
  console.log('no history', JSON.stringify(rl.history), JSON.stringify(rl.line));
  rl.close();
}
process.env.TERM = 'dumb';
{
  const { rl, input, rec } = make({ prompt: 'dumb> ' });
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('close', () => console.log('close'));
  rl.prompt();
  input.write('ab\x1b[Dc\x7f');
  console.log(JSON.stringify(rec.out), JSON.stringify(rl.line), rl.cursor);
  input.write('\r\n');
  input.write('\x04');
  console.log(JSON.stringify(rec.out), rl.closed);
}
