// Line editing driven by 'keypress' events emitted on the input directly: substring history
// search with up/down (and what ends it), removeHistoryDuplicates, astral characters under the
// cursor, word motions and deletions, Ctrl+Shift deletions, the kill ring (Ctrl-Y, Meta-Y),
// undo/redo and Ctrl-L.
const readline = require('readline/promises');
const EventEmitter = require('events');

class FakeInput extends EventEmitter {
  resume() {} pause() {} end() {}
}
let out = '';
function getInterface(options) {
  const fi = new FakeInput();
  fi.write = (d) => { out += d; };
  fi.columns = 30;
  const rli = new readline.Interface({ input: fi, output: fi, terminal: true, prompt: '', ...options });
  return [rli, fi];
}
const show = (label, rli) => console.log(label.padEnd(22), JSON.stringify(rli.line), rli.cursor, rli.historyIndex, JSON.stringify(rli.getCursorPos()));

for (const removeHistoryDuplicates of [true, false]) {
  const [rli, fi] = getInterface({ removeHistoryDuplicates });
  fi.emit('data', 'foo\nbar\nbaz\nbar\nbat\nbat\n');
  console.log('history', JSON.stringify(rli.history));
  for (const k of [{ name: 'up' }, { name: 'up' }, { name: 'up' }, { name: 'up' }, { name: 'up' }, { name: 'down' },
    { name: 'n', ctrl: true }, { name: 'n', ctrl: true }, { name: 'down' }, { name: 'backspace' }, { name: 'down' },
    { name: 'up' }, { name: 'up' }, { name: 'up' }, { name: 'up' }, { name: 'up' }, { name: 'right' }, { name: 'up' },
    { name: 'p', ctrl: true }, { name: 'up', shift: true }]) {
    fi.emit('keypress', '.', k);
    show(JSON.stringify(k), rli);
  }
  rli.close();
}
{
  const [rli, fi] = getInterface({ historySize: 2 });
  fi.emit('data', 'line 1\nline 2\nline 3\n');
  console.log('bounded', JSON.stringify(rli.history));
  rli.close();
}
{
  const [rli, fi] = getInterface();
  fi.emit('data', '💻');
  fi.emit('keypress', '.', { name: 'left' });
  show('astral left', rli);
  fi.emit('data', '🐕');
  show('astral insert', rli);
  fi.emit('keypress', '.', { name: 'right' });
  show('astral right', rli);
  fi.emit('keypress', '.', { name: 'backspace' });
  show('astral backspace', rli);
  fi.emit('keypress', '.', { name: 'b', ctrl: true });
  fi.emit('keypress', '.', { name: 'delete' });
  show('astral delete', rli);
  rli.close();
}
{
  const [rli, fi] = getInterface();
  fi.emit('data', 'the quick brown fox');
  for (const k of [{ ctrl: true, name: 'left' }, { meta: true, name: 'b' }, { ctrl: true, name: 'right' }, { meta: true, name: 'f' },
    { ctrl: true, name: 'left' }, { ctrl: true, name: 'w' }, { ctrl: true, name: 'backspace' }, { ctrl: true, name: 'delete' },
    { name: 'y', ctrl: true }, { name: 'y', meta: true }, { name: 'a', ctrl: true }, { meta: true, name: 'd' },
    { name: 'e', ctrl: true }, { meta: true, name: 'backspace' }, { name: 'y', ctrl: true }, { name: 'y', meta: true },
    { name: 'y', meta: true }, { name: 'b', ctrl: true }, { name: 'backspace', ctrl: true, shift: true },
    { name: 'y', ctrl: true }, { name: 'delete', ctrl: true, shift: true }, { name: 'k', ctrl: true },
    { name: 'h', ctrl: true }, { sequence: '\x1f' }, { sequence: '\x1f' }, { sequence: '\x1e' }, { name: 'escape' }]) {
    out = '';
    fi.emit('keypress', undefined, k);
    show(JSON.stringify(k), rli);
  }
  out = '';
  fi.emit('keypress', '\f', { name: 'l', ctrl: true });
  console.log('ctrl-l wrote', JSON.stringify(out));
  rli.close();
}
{
  // Text wider than the terminal: rows and refreshes.
  const [rli, fi] = getInterface({ prompt: '>> ' });
  fi.emit('data', 'x'.repeat(40));
  show('wrapped', rli);
  out = '';
  fi.emit('keypress', undefined, { name: 'home' });
  show('home', rli);
  console.log('home wrote', JSON.stringify(out));
  out = '';
  fi.emit('keypress', 'a\tb', { name: 'undefined' });
  show('tab inside', rli);
  console.log(JSON.stringify(out));
  rli.close();
}
