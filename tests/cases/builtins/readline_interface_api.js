// The readline.Interface surface on plain streams: options and their validation, prompt and
// question output, line splitting (\r\n, lone \r, split chunks, \r then \n in the next chunk),
// pause/resume events, close twice, write after close, util.promisify(rl.question), the async
// iterator after close, events.on(rl, 'line').
const { PassThrough, Writable } = require('stream');
const readline = require('readline');
const util = require('util');
const events = require('events');

function sink() {
  const w = new Writable({ write(c, e, cb) { w.data += c; cb(); } });
  w.data = '';
  return w;
}
const tryIt = (label, fn) => {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.name, e.message); }
};

tryIt('historySize -1', () => readline.createInterface({ input: new PassThrough(), historySize: -1 }));
tryIt('historySize NaN', () => readline.createInterface({ input: new PassThrough(), historySize: NaN }));
tryIt('historySize str', () => readline.createInterface({ input: new PassThrough(), historySize: '1' }));
tryIt('history obj', () => readline.createInterface({ input: new PassThrough(), history: {} }));
tryIt('tabSize 0', () => readline.createInterface({ input: new PassThrough(), tabSize: 0 }));
tryIt('escapeCodeTimeout', () => readline.createInterface({ input: new PassThrough(), escapeCodeTimeout: Infinity }));
tryIt('signal', () => readline.createInterface({ input: new PassThrough(), signal: {} }));

{
  const input = new PassThrough();
  const output = sink();
  const rl = readline.createInterface({ input, output, crlfDelay: 50 });
  console.log('terminal', rl.terminal, 'crlfDelay', rl.crlfDelay, 'historySize', rl.historySize,
    'prompt', JSON.stringify(rl.getPrompt()), 'line', JSON.stringify(rl.line), 'cursor', rl.cursor);
  console.log(rl instanceof readline.Interface, rl instanceof events.EventEmitter, typeof readline.Interface);
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('pause', () => lines.push('<pause>'));
  rl.on('resume', () => lines.push('<resume>'));
  input.write('a\r\nb\rc\nd');
  input.write('e\r');
  input.write('\nf\u2028g\n');
  input.write(Buffer.from([0xe2, 0x82]));
  input.write(Buffer.from([0xac, 0x0a]));
  console.log(JSON.stringify(lines));
  rl.setPrompt('>> ');
  rl.prompt();
  rl.pause();
  rl.pause();
  rl.write('typed\n');
  console.log(JSON.stringify(lines), JSON.stringify(output.data), rl.paused);
  rl.question('name? ', (a) => console.log('answer', JSON.stringify(a), 'prompt after', JSON.stringify(rl.getPrompt())));
  rl.question('ignored? ', () => console.log('never'));
  input.write('bob\n');
  console.log(JSON.stringify(output.data));
  rl.on('close', () => console.log('close event'));
  rl.close();
  rl.close();
  console.log('closed', rl.closed);
  tryIt('question after close', () => rl.question('x', () => {}));
  rl.write('after close\n');
  console.log(JSON.stringify(lines.slice(-2)));
}

(async () => {
  const input = new PassThrough();
  const output = sink();
  const rl = readline.createInterface({ input, output });
  const question = util.promisify(rl.question).bind(rl);
  setTimeout(() => input.write('42\n'), 1);
  console.log('promisified answer', await question('n? '), JSON.stringify(output.data));
  const ac = new AbortController();
  const p = question('q? ', { signal: ac.signal });
  ac.abort();
  await p.catch((e) => console.log('aborted', e.name, e.code));

  setTimeout(() => input.end('x\ny\nlast'), 1);
  const got = [];
  for await (const [l] of events.on(rl, 'line', { close: ['close'] })) got.push(l);
  console.log('events.on', JSON.stringify(got), rl.closed);

  const it = rl[Symbol.asyncIterator]();
  console.log('same iterator', it === rl[Symbol.asyncIterator](), typeof it.next, typeof it.return);
  const r = await Promise.race([it.next(), new Promise((res) => setTimeout(() => res('still pending'), 20))]);
  console.log('iterator after close:', JSON.stringify(r));
})();
