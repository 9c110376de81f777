// The interactive REPL rjs starts with no script on a terminal: `> ` prompt, results printed
// with util.inspect, `_` holds the last result, `.exit`/`.help`, multi-line input when a
// statement is unfinished.
'use strict';

const binding = internalBinding('native');
const { inspect } = require('internal/inspect');

function isRecoverable(err, code) {
  if (!(err instanceof SyntaxError)) return false;
  const m = String(err.message);
  if (/unterminated template|abrupt end|unexpected end|end of input|expected .* got end|EOF|unterminated/i.test(m)) return true;
  // Count brackets as a fallback: an unclosed ( [ { means more input is coming.
  let depth = 0;
  let quote = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote) { if (c === '\\') i++; else if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  return depth > 0 || quote === '`';
}

function start() {
  const stdout = process.stdout;
  const rl = require('readline').createInterface({ input: process.stdin, output: stdout, terminal: false });
  const colors = !!stdout.isTTY;
  let buffer = '';
  const write = (s) => binding.write(1, s);
  write(`Welcome to rjs ${process.version} (Node.js-compatible).\nType ".help" for more information.\n`);
  globalThis.require = require('internal/cjs_loader').Module.createRequire(process.cwd() + '/');
  write('> ');
  rl.on('line', (line) => {
    if (buffer === '') {
      const cmd = line.trim();
      if (cmd === '.exit') { rl.close(); return; }
      if (cmd === '.help') {
        write('.break    Sometimes you get stuck, this gets you out\n.clear    Alias for .break\n.exit     Exit the REPL\n.help     Print this help message\n\nPress Ctrl+D to exit the REPL\n> ');
        return;
      }
      if (cmd === '.break' || cmd === '.clear') { buffer = ''; write('> '); return; }
    } else if (line.trim() === '.break') { buffer = ''; write('> '); return; }
    buffer += (buffer ? '\n' : '') + line;
    let code = buffer;
    // An object literal at statement start is an expression in node's REPL.
    if (/^\s*{/.test(code) && !/;\s*$/.test(code)) code = `(${code})`;
    let result;
    try {
      try {
        result = binding.evalScript(code, 'REPL');
      } catch (e) {
        if (code !== buffer && e instanceof SyntaxError) result = binding.evalScript(buffer, 'REPL');
        else throw e;
      }
      buffer = '';
      globalThis._ = result;
      write(inspect(result, { colors }) + '\n');
    } catch (err) {
      if (isRecoverable(err, buffer)) { write('... '); return; }
      buffer = '';
      let text;
      if (err instanceof Error) {
        const s = String(err.stack || err);
        text = 'Uncaught ' + s.split('\n')[0];
      } else {
        text = 'Uncaught ' + inspect(err, { colors });
      }
      write(text + '\n');
    }
    try { require('internal/loop').drainTicks(); } catch (e) { write('Uncaught ' + inspect(e) + '\n'); }
    write('> ');
  });
  // On a terminal, end the prompt line when the user leaves with Ctrl+D.
  rl.on('close', () => { if (process.stdin.isTTY) write('\n'); });
}

module.exports = { start };
