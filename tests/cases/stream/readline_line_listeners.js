// 'line' delivery when listeners change while a chunk's lines are being emitted (rjs calls a
// lone listener straight): removal, a second listener, a question, close and pause mid-chunk,
// an own emit, a subclass _onLine, and for-await over the same input.
const readline = require('readline');
const { PassThrough } = require('stream');

async function run(label, setup) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const seen = [];
  const closed = new Promise((resolve) => rl.on('close', resolve));
  setup(rl, seen);
  input.end('l1\nl2\nl3\nl4\nl5\nl6\n');
  await closed;
  await new Promise((resolve) => setImmediate(resolve));
  console.log(label, seen.join(' '));
}

(async () => {
  await run('plain', (rl, seen) => rl.on('line', (l) => seen.push(l)));
  await run('remove', (rl, seen) => {
    const f = (l) => { seen.push(l); if (l === 'l2') rl.off('line', f); };
    rl.on('line', f);
  });
  await run('add', (rl, seen) => {
    rl.on('line', (l) => { seen.push('a:' + l); if (l === 'l2') rl.on('line', (m) => seen.push('b:' + m)); });
  });
  await run('question', (rl, seen) => {
    rl.on('line', (l) => { seen.push(l); if (l === 'l2') rl.question('q?', (a) => seen.push('answer:' + a)); });
  });
  await run('close', (rl, seen) => {
    rl.on('line', (l) => { seen.push(l); if (l === 'l3') rl.close(); });
  });
  await run('pause', (rl, seen) => {
    rl.on('line', (l) => { seen.push(l); if (l === 'l1') { rl.pause(); setTimeout(() => rl.resume(), 1); } });
  });
  await run('this', (rl, seen) => rl.on('line', function (l) { seen.push(this === rl); }));
  await run('once', (rl, seen) => { rl.once('line', (l) => seen.push('once:' + l)); rl.on('line', (l) => seen.push(l)); });
  await run('own emit', (rl, seen) => {
    const emit = rl.emit;
    rl.emit = function (type, ...args) { if (type === 'line') seen.push('emit'); return emit.call(this, type, ...args); };
    rl.on('line', (l) => seen.push(l));
  });
  await run('own _onLine', (rl, seen) => {
    rl._onLine = function (l) { seen.push('own:' + l); };
    rl.on('line', (l) => seen.push(l));
  });
  await run('async listener', (rl, seen) => rl.on('line', async (l) => { seen.push(l); }));
  await run('throws', (rl, seen) => {
    rl.on('line', (l) => { seen.push(l); if (l === 'l2') { try { throw new Error('x'); } catch (e) { seen.push('caught'); } } });
  });
  const rl = readline.createInterface({ input: require('stream').Readable.from(['a\nb', '\nc\n', 'd']) });
  const lines = [];
  for await (const l of rl) lines.push(l);
  console.log('for await', lines.join(' '));
})();
