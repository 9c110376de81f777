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

const HELP = '.break   Sometimes you get stuck, this gets you out\n.clear   Alias for .break\n' +
  '.exit    Exit the REPL\n.help    Print this help message\n.load    Load JS from a file into the REPL session\n' +
  '.save    Save all evaluated commands in this REPL session to a file\n\n' +
  'Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n';

// node's processTopLevelAwait, simplified: code using `await` at the top level runs in an async
// function; a single declaration is kept as a global binding (`const` becomes `let`, as in
// node), an expression yields its value. Returns the promise, or null when `code` is not that.
// `run` evaluates a script (by default in the global scope).
function evalWithAwait(code, run = (script) => binding.evalScript(script, 'REPL')) {
  if (!/\bawait\b/.test(code)) return null;
  const decl = /^\s*(const|let|var)\s+([A-Za-z_$][\w$]*)\s*=([\s\S]*?);?\s*$/.exec(code);
  try {
    if (decl !== null) {
      run(`${decl[1] === 'var' ? 'var' : 'let'} ${decl[2]};`);
      return run(`(async () => { void (${decl[2]} = ${decl[3]}\n); })()`);
    }
    try {
      return run(`(async () => (${code}\n))()`);
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      return run(`(async () => { ${code}\n })()`);
    }
  } catch (e) {
    if (e instanceof SyntaxError) return null;
    throw e;
  }
}

function start() {
  const stdout = process.stdout;
  const rl = require('readline').createInterface({ input: process.stdin, output: stdout, terminal: false });
  const colors = !!stdout.isTTY;
  let buffer = '';
  const session = []; // the evaluated inputs, for .save
  const write = (s) => binding.write(1, s);
  write(`Welcome to rjs ${process.version} (Node.js-compatible).\nType ".help" for more information.\n`);
  globalThis.require = require('internal/cjs_loader').Module.createRequire(process.cwd() + '/');
  write('> ');
  const showResult = (result) => {
    globalThis._ = result;
    write(inspect(result, { colors }) + '\n');
  };
  const showError = (err) => {
    let text;
    if (err instanceof Error) {
      const s = String(err.stack || err);
      text = 'Uncaught ' + s.split('\n')[0];
    } else {
      text = 'Uncaught ' + inspect(err, { colors });
    }
    write(text + '\n');
  };
  // The REPL's commands; false: not one (the line is code).
  const command = (line) => {
    const m = /^\.([a-z]*)(?:\s+(.*))?$/.exec(line.trim());
    if (m === null || /^\.\d/.test(line.trim())) return false;
    const arg = (m[2] || '').trim();
    switch (m[1]) {
      case 'exit': rl.close(); return true;
      case 'help': write(HELP); break;
      case 'break': case 'clear': buffer = ''; break;
      case 'save':
        if (arg === '') { write('The "file" argument must be specified\n'); break; }
        try { require('fs').writeFileSync(arg, session.join('\n')); write(`Session saved to: ${arg}\n`); } catch { write(`Failed to save: ${arg}\n`); }
        break;
      case 'load': {
        if (arg === '') { write('The "file" argument must be specified\n'); break; }
        let text;
        try { text = require('fs').readFileSync(arg, 'utf8'); } catch { write(`Failed to load: ${arg}\n`); break; }
        evaluate(text, true);
        // (node then feeds the REPL an empty line: one more prompt.)
        if (!busy) write('> ');
        return true;
      }
      default: write('Invalid REPL keyword\n');
    }
    write('> ');
    return true;
  };
  // Lines that arrive while an awaited input settles wait for it.
  const pending = [];
  let busy = false;
  const next = () => {
    busy = false;
    write('> ');
    while (!busy && pending.length > 0) onLine(pending.shift());
  };
  function evaluate(text, whole) {
    let code = text;
    // An object literal at statement start is an expression in node's REPL.
    if (/^\s*{/.test(code) && !/;\s*$/.test(code)) code = `(${code})`;
    let result;
    try {
      try {
        result = binding.evalScript(code, 'REPL');
      } catch (e) {
        if (!(e instanceof SyntaxError)) throw e;
        const awaited = evalWithAwait(text);
        if (awaited !== null) {
          buffer = '';
          session.push(text);
          busy = true;
          awaited.then(showResult, showError).then(next);
          return;
        }
        if (code !== text) result = binding.evalScript(text, 'REPL');
        else throw e;
      }
      buffer = '';
      session.push(text);
      showResult(result);
    } catch (err) {
      if (!whole && isRecoverable(err, text)) { write('... '); return; }
      buffer = '';
      showError(err);
    }
    try { require('internal/loop').drainTicks(); } catch (e) { write('Uncaught ' + inspect(e) + '\n'); }
    write('> ');
  }
  function onLine(line) {
    if (busy) { pending.push(line); return; }
    if (buffer === '') {
      if (line.trim().startsWith('.') && command(line)) return;
    } else if (line.trim() === '.break') { buffer = ''; write('> '); return; }
    buffer += (buffer ? '\n' : '') + line;
    evaluate(buffer, false);
  }
  rl.on('line', onLine);
  // On a terminal, end the prompt line when the user leaves with Ctrl+D.
  rl.on('close', () => { if (process.stdin.isTTY) write('\n'); });
}

module.exports = { start, isRecoverable, evalWithAwait };
