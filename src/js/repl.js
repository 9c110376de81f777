// The interactive REPL rjs starts with no script on a terminal (node:repl's REPLServer on the
// process's stdio), and the helpers node:repl shares: isRecoverable, evalWithAwait.
'use strict';

const binding = internalBinding('native');

function isRecoverable(err, code) {
  if (!(err instanceof SyntaxError)) return false;
  const m = String(err.message);
  if (/unterminated template|abrupt end|unexpected end|end of input|expected .* got end|EOF|unterminated/i.test(m)) return true;
  // Count brackets as a fallback: an unclosed ( [ { means more input is coming, as does a
  // string whose line ends with a backslash (a continued string literal).
  let depth = 0;
  let quote = null;
  let continued = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === '\\') {
        continued = code[i + 1] === '\n';
        i++;
      } else if (c === quote || (c === '\n' && quote !== '`')) {
        quote = null;
      }
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  return depth > 0 || quote === '`' || (quote !== null && continued && /\\\n?$/.test(code));
}

// node's processTopLevelAwait, simplified: code using `await` at the top level runs in an async
// function; a single declaration is kept as a global binding (`const` becomes `let`, as in
// node), an expression yields its value. Returns the promise, or null when `code` is not that.
// `run` evaluates a script (in the REPL's context).
function evalWithAwait(code, run) {
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

// The CLI REPL is node:repl's REPLServer on the process's stdio, evaluating in the global scope.
// `runEval` (-i with -e/-p) runs the command line's code once the REPL is up: its errors are
// not the REPL's (node's REPL domain only binds what REPL input runs), so the process's
// uncaught errors go to the REPL from its first line of input on.
function start(runEval) {
  const write = (s) => binding.write(1, s);
  write(`Welcome to rjs ${process.version} (Node.js-compatible).\nType ".help" for more information.\n`);
  const { REPLServer } = require('repl');
  const server = new REPLServer({
    prompt: '> ',
    input: process.stdin,
    output: process.stdout,
    terminal: false,
    useGlobal: true,
    useColors: REPLServer[Symbol.for('rjs.repl.shouldColorize')](process.stdout),
  });
  // Everything runs in the REPL: an uncaught error or rejection is the REPL's, shown as such.
  const showAsyncError = REPLServer[Symbol.for('rjs.repl.showAsyncError')];
  const routeErrors = () => {
    process.on('uncaughtException', (e) => showAsyncError(server, e));
    process.on('unhandledRejection', (e) => showAsyncError(server, e));
  };
  if (typeof runEval === 'function') server.prependOnceListener('line', routeErrors);
  else routeErrors();
  // On a terminal, end the prompt line when the user leaves with Ctrl+D.
  // node's CLI leaves when its REPL does (timers still pending are dropped).
  server.on('exit', () => {
    if (process.stdin.isTTY) write('\n');
    process.exit();
  });
  if (typeof runEval === 'function') {
    // The code sets its own module and require as globals; the REPL's come back once it has
    // run (its exports, __filename and __dirname stay).
    const own = ['module', 'require'].map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]);
    runEval();
    for (const [k, d] of own) if (d) Object.defineProperty(globalThis, k, d);
  }
}

module.exports = { start, isRecoverable, evalWithAwait };
