// readline on a bare EventEmitter input (no stream machinery), both modes: history with
// historySize 0 and default, blank lines, \r handling, a throwing 'keypress' listener, a null
// output, how prompt() splits its writes, and 12 interfaces on process.stdin without a leak
// warning.
const readline = require('readline');
const EventEmitter = require('events');
const { Writable, Readable } = require('stream');

class FakeInput extends EventEmitter {
  resume() {} pause() {} write() {} end() {}
}
for (const terminal of [true, false]) {
  console.log('--- terminal', terminal);
  let fi = new FakeInput();
  let rli = new readline.Interface({ input: fi, output: fi, terminal, historySize: 0 });
  fi.emit('data', 'asdf\n');
  console.log('historySize 0', rli.historySize, JSON.stringify(rli.history));
  rli.close();
  fi = new FakeInput();
  rli = readline.Interface({ input: fi, output: fi, terminal });
  const lines = [];
  rli.on('line', (l) => lines.push(l));
  fi.emit('data', 'asdf\n');
  fi.emit('data', '\n');
  fi.emit('data', '\rfoo\r');
  fi.emit('data', 'bar\r');
  fi.emit('data', '\n');
  fi.emit('data', 'a\tb\n');
  for (const b of Buffer.from('☮\n')) fi.emit('data', Buffer.from([b]));
  fi.emit('data', 'tail');
  console.log(JSON.stringify(lines), JSON.stringify(rli.history), rli.historySize);
  fi.emit('end');
  console.log(JSON.stringify(lines), rli.closed);
  console.log('listeners after close', fi.listenerCount('keypress'), fi.listenerCount('data'), fi.listenerCount('end'), fi.listenerCount('error'));

  fi = new FakeInput();
  rli = new readline.Interface({ input: fi, output: null, terminal });
  rli.on('line', (l) => console.log('null output line', l));
  fi.emit('data', 'asdf\n');
  rli.setPrompt('ddd> ');
  rli.prompt();
  rli.write('really shouldnt be seeing this');
  rli.question('What? ', (a) => console.log('answer', a));
  fi.emit('data', 'yes\n');
  rli.close();

  const writes = [];
  const output = new Writable({ write(chunk, enc, cb) { writes.push(chunk.toString()); cb(); } });
  const rl = readline.createInterface({ input: new Readable({ read() {} }), output, prompt: '$ ', terminal });
  rl.prompt();
  console.log('prompt writes', JSON.stringify(writes), rl._prompt, rl.getPrompt());
  rl.close();
}
{
  const fi = new FakeInput();
  const rli = new readline.Interface({ input: fi, output: fi, terminal: true });
  const keys = [];
  fi.on('keypress', (key) => {
    keys.push(key);
    if (key === 'X') throw new Error('bad thing happened');
  });
  try {
    fi.emit('data', 'fooX');
  } catch (e) {
    console.log('caught', e.message);
  }
  fi.emit('data', 'bar');
  console.log(keys.join(''), JSON.stringify(rli.line));
  rli.close();
}
process.on('warning', (w) => console.log('warning', w.name));
for (let i = 0; i < 12; i++) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.close();
}
console.log('stdin listeners', process.stdin.listenerCount('data'), process.stdin.listenerCount('keypress'));
