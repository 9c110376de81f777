// Cursor positions a terminal interface computes: wrapping at the output's columns, tabs (default
// tabSize 8 and tabSize 16), a multi-line prompt, wide characters, escape sequences in the prompt,
// and Ctrl-L after several lines.
const readline = require('readline/promises');
const EventEmitter = require('events');

class FakeInput extends EventEmitter {
  resume() {} pause() {} write() {} end() {}
}
function run(label, options, columns, data, key) {
  const fi = new FakeInput();
  if (columns) fi.columns = columns;
  const rli = new readline.Interface({ input: fi, output: fi, terminal: true, prompt: '', ...options });
  fi.emit('data', data);
  if (key) fi.emit('keypress', '.', key);
  console.log(label.padEnd(16), rli.cursor, JSON.stringify(rli.getCursorPos()), rli.line.length > 40 ? rli.line.length : JSON.stringify(rli.line));
  rli.close();
}
run('wrap', {}, 10, 'multi-line text');
run('tabs 16', { tabSize: 16 }, 10, 'multi-line\ttext \t');
run('tabs 8', {}, undefined, 'the quick\tbrown\tfox');
run('prompt lines', { prompt: '\nfilledline\nwraping text\n> ' }, 10, 't');
run('wide', { prompt: '> ' }, 10, '日本語のテキスト');
run('vt prompt', { prompt: '\x1b[31m> \x1b[39m' }, 10, 'abc');
run('ctrl-l', {}, undefined, 'line 1\nline 2\nline 3', { ctrl: true, name: 'l' });
run('ctrl-c', {}, undefined, 'abc', { ctrl: true, name: 'c' });
run('large wordLeft', {}, undefined, 'word '.repeat(2000), { ctrl: true, name: 'left' });
