// Tab completion in a terminal readline: a sync completer (legacy callback API), a
// callback-style completer, an async completer on readline/promises, the common prefix applied,
// the list shown on a second tab, and a completer error.
const { PassThrough, Writable } = require('stream');
const readline = require('readline');
const rlp = require('readline/promises');

function make(mod, completer, columns) {
  const rec = { out: '' };
  const output = new Writable({ write(chunk, enc, cb) { rec.out += chunk; cb(); } });
  output.columns = columns;
  const input = new PassThrough();
  const rl = mod.createInterface({ input, output, terminal: true, completer });
  return { rl, input, rec };
}
const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];
const hits = (line) => {
  const last = line.split(' ').pop();
  const h = words.filter((w) => w.startsWith(last));
  return [h.length ? h : words, last];
};

(async () => {
  {
    const { rl, input, rec } = make(readline, hits, 30);
    for (const k of ['a', '\t', 'r', '\t', '\t', 'i', '\t']) {
      rec.out = '';
      input.write(k);
      console.log('sync', JSON.stringify(k), JSON.stringify(rl.line), rl.cursor, JSON.stringify(rec.out));
    }
    rec.out = '';
    rl.write(null, { ctrl: true, name: 'u' });
    input.write('\t');
    input.write('\t');
    console.log('all', JSON.stringify(rec.out));
    rl.close();
  }
  {
    const { rl, input, rec } = make(readline, (line, cb) => setTimeout(() => cb(null, [['blue', 'blueberry'], line]), 1), undefined);
    input.write('bl');
    input.write('\t');
    await new Promise((r) => setTimeout(r, 20));
    console.log('callback', JSON.stringify(rl.line), JSON.stringify(rec.out));
    input.write('\t');
    input.write('\t');
    await new Promise((r) => setTimeout(r, 20));
    console.log('callback list', JSON.stringify(rec.out));
    rl.close();
  }
  {
    const { rl, input, rec } = make(rlp, async (line) => [['cherry'], line], 80);
    input.write('c\t');
    input.write('\t');
    await new Promise((r) => setTimeout(r, 20));
    console.log('async', JSON.stringify(rl.line), JSON.stringify(rec.out));
    rl.close();
  }
  {
    const { rl, input, rec } = make(readline, (line, cb) => cb(new Error('boom')), 80);
    input.write('x');
    input.write('\t');
    console.log('error', JSON.stringify(rec.out.split('\n')[0]));
    rl.close();
  }
  try {
    readline.createInterface({ input: new PassThrough(), completer: 'nope' });
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
})();
