// node:repl - REPLServer over readline.Interface, evaluating in a vm context (or the global
// one with useGlobal). The CLI REPL (internal/repl) is a REPLServer on the process's stdio and
// holds the helpers both use (isRecoverable, evalWithAwait). The context is a vm context: its
// `global` is the context's own globalThis (rjs's vm does not make the contextified object
// and the inner globalThis one object, as V8 does).
'use strict';

const { Interface } = require('readline');
const vm = require('vm');
const { inspect } = require('internal/inspect');
const { isRecoverable, evalWithAwait } = require('internal/repl');

function errors() { return require('internal/errors').codes; }

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');
const kBufferedCommand = Symbol('bufferedCommand');
const kSawCtrlD = Symbol('sawCtrlD');
const kSawSigint = Symbol('sawSigint');
const kLexicalNames = Symbol('lexicalNames');
const kAwaiting = Symbol('awaiting');
const kThrewNullish = Symbol('threwNullish');
const kExitDeferred = Symbol('exitDeferred');
let nextResourceNumber = 1;

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function writer(obj) { return inspect(obj, writer.options); }
writer.options = { ...inspect.defaultOptions, showProxy: true };

// The public built-in module names, as the globals a REPL context gets lazily.
function builtinLibs() {
  return require('module').builtinModules.filter((n) => !n.startsWith('_') && !n.includes('/'));
}

// node's shouldColorize: FORCE_COLOR decides, else a TTY with more than 2 colour bits.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('tty').WriteStream.prototype.getColorDepth() > 2;
  return stream?.isTTY === true && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) return new REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode);
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    eval_ = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (!options.input && !options.output) {
    stream ||= process;
    options.input = stream.stdin || stream;
    options.output = stream.stdout || stream;
  }
  options.terminal = options.terminal === undefined ? !!options.output.isTTY : !!options.terminal;
  if (options.useColors === undefined) options.useColors = options.terminal && shouldColorize(options.output);
  this.useColors = !!options.useColors;
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.underscoreAssigned = false;
  this.last = undefined;
  this.underscoreErrAssigned = false;
  this.lastError = undefined;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  this.editorMode = false;
  this.commands = { __proto__: null };
  this[kBufferedCommand] = '';
  this._initialPrompt = prompt === undefined ? '> ' : `${prompt}`;
  this.eval = eval_ || defaultEval.bind(this);

  if (typeof options.writer === 'function') {
    this.writer = options.writer;
  } else {
    this.writer = writer;
    if (this.useColors) this.writer = (obj) => inspect(obj, { ...writer.options, colors: true });
  }

  Interface.call(this, {
    input: options.input,
    output: options.output,
    completer: options.completer || ((text, cb) => this.complete(text, cb)),
    terminal: options.terminal,
    historySize: options.historySize,
    prompt: this._initialPrompt,
  });
  this.resetContext();
  defineDefaultCommands(this);
  // (Closed while a top-level await runs: 'exit' once it settles, as node's paused REPL does.)
  this[kAwaiting] = 0;
  this.on('close', () => {
    if (this[kAwaiting] > 0) this[kExitDeferred] = true;
    else this.emit('exit');
  });
  this.on('line', (cmd) => onLine(this, cmd || ''));
  this.on('SIGINT', () => onSigint(this));
  wrapTtyWrite(this);
  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

// node's defaultEval: compile (an object literal at the start is tried as an expression
// first), a Recoverable error when more input could complete it, then run.
function defaultEval(code, context, file, cb) {
  if (code === '\n') {
    cb(null);
    return;
  }
  let source = code;
  if (/^\s*{/.test(code) && !/;\s*$/.test(code)) {
    const wrapped = `(${code.trim()})\n`;
    try {
      new vm.Script(wrapped, { filename: file });
      source = wrapped;
    } catch { /* not an expression: a block */ }
  }
  if (this.replMode === REPL_MODE_STRICT && /\S/.test(source)) source = `'use strict'; void 0;\n${source}`;
  // (Runtime errors keep their plain stack: node's REPL shows no source arrow for them.)
  const run = (script) => (this.useGlobal ? script.runInThisContext({ displayErrors: false }) : script.runInContext(context, { displayErrors: false }));
  let script;
  try {
    script = new vm.Script(source, { filename: file, displayErrors: true });
  } catch (e) {
    if (!evalAwaiting(this, code, (text) => run(new vm.Script(text, { filename: file })), cb)) {
      cb(isRecoverable(e, code) ? new Recoverable(e) : e);
    }
    return;
  }
  let result;
  try {
    result = run(script);
  } catch (e) {
    // (`throw null` is an error too: node's domain sees it, a callback's null would not.)
    if (e === null || e === undefined) this[kThrewNullish] = true;
    cb(cutReplFrames(e));
    return;
  }
  cb(null, result);
}

// A synchronous error's stack without the top-level REPL frame and the ones below it (node's
// overrideStackTrace in defaultEval).
function cutReplFrames(e) {
  if (e !== null && typeof e === 'object' && e.name !== 'SyntaxError' && typeof e.stack === 'string') {
    const lines = e.stack.split('\n');
    const top = lines.findIndex((l) => /^\s+at (REPL\d+:|Script\.run|.*node:vm)/.test(l));
    if (top !== -1) e.stack = lines.slice(0, top).join('\n');
  }
  return e;
}

// Top-level await (node's processTopLevelAwait, as the CLI REPL does it): false when `code`
// is not such code, else the callback gets the awaited value or error.
function evalAwaiting(self, code, run, cb) {
  let promise;
  try {
    promise = evalWithAwait(code.replace(/\n$/, ''), run);
  } catch (e) {
    cb(e);
    return true;
  }
  if (promise === null) return false;
  self[kAwaiting]++;
  promise.then((value) => cb(null, value), (e) => cb(e)).then(() => {
    if (--self[kAwaiting] === 0 && self[kExitDeferred]) {
      self[kExitDeferred] = false;
      self.emit('exit');
    }
  });
  return true;
}

function onLine(self, cmd) {
  if (self.editorMode) {
    self[kBufferedCommand] += `${cmd}\n`;
    self.lines.push(cmd);
    return;
  }
  const trimmed = cmd.trim();
  if (trimmed[0] === '.' && trimmed[1] !== '.' && Number.isNaN(Number.parseFloat(trimmed))) {
    const m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
    if (m !== null && self.parseREPLKeyword(m[1], m[2]) === true) return;
    if (!self[kBufferedCommand]) {
      self.output.write('Invalid REPL keyword\n');
      finish(self, cmd, [cmd], null);
      return;
    }
  }
  evaluate(self, cmd, [cmd]);
}

// Evaluates the buffered input and `cmd`; `recorded` are the session lines it adds (for .save).
function evaluate(self, cmd, recorded) {
  const evalCmd = `${self[kBufferedCommand]}${cmd}\n`;
  self.eval(evalCmd, self.context, `REPL${nextResourceNumber++}`, (...args) => finish(self, cmd, recorded, ...args));
}

// The top-level let/const/class names an input declared (they are no global object property,
// so completion learns them here).
function rememberLexicalNames(self, text) {
  for (const m of text.matchAll(/^\s*(?:let|const|class)\s+([A-Za-z_$][\w$]*)/gm)) self[kLexicalNames].add(m[1]);
}

// An evaluation's end: more input wanted (Recoverable), an error, or a result to print (only
// when the callback got one: an empty input gives none).
function finish(self, cmd, recorded, e, ...rest) {
  self.lines.push(...recorded);
  const sawCtrlD = self[kSawCtrlD];
  const threwNullish = self[kThrewNullish];
  self[kSawCtrlD] = false;
  self[kThrewNullish] = false;
  if (e || threwNullish) {
    if (e instanceof Recoverable && !sawCtrlD) {
      self[kBufferedCommand] += `${cmd}\n`;
      self.displayPrompt();
      return;
    }
    showError(self, e?.err || e);
    return;
  }
  rememberLexicalNames(self, self.lines.slice(-recorded.length).join('\n'));
  self.clearBufferedCommand();
  if (rest.length === 1 && (!self.ignoreUndefined || rest[0] !== undefined)) {
    if (!self.underscoreAssigned) self.last = rest[0];
    self.output.write(`${self.writer(rest[0])}\n`);
  }
  self.displayPrompt();
}

// An uncaught error as node's REPL prints it: a SyntaxError without frames or its REPLn:line
// header, 'Uncaught ' before the first line.
function showError(self, e) {
  if (!self.underscoreErrAssigned) self.lastError = e;
  let errStack = '';
  if (e !== null && typeof e === 'object' && typeof e.stack === 'string') {
    if (e.name === 'SyntaxError') {
      e.stack = e.stack.replace(/^REPL\d+:\d+\r?\n/, '').replace(/^\s+at\s.*\n?/gm, '');
    }
    errStack = self.writer(e);
    // One-line errors keep the old style: no brackets.
    if (errStack[0] === '[' && errStack[errStack.length - 1] === ']') errStack = errStack.slice(1, -1);
  }
  if (errStack === '') errStack = self.writer(e);
  // Lines with their line breaks (indexOf: a lookbehind split is quadratic in the engine).
  const lines = [];
  for (let at = 0; at < errStack.length;) {
    const nl = errStack.indexOf('\n', at);
    const end = nl === -1 ? errStack.length : nl + 1;
    lines.push(errStack.slice(at, end));
    at = end;
  }
  let matched = false;
  errStack = '';
  for (const line of lines) {
    if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
      errStack += writer.options.breakLength >= line.length ? `Uncaught ${line}` : `Uncaught:\n${line}`;
      matched = true;
    } else {
      errStack += line;
    }
  }
  if (!matched) errStack = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${errStack}`;
  if (!errStack.endsWith('\n')) errStack += '\n';
  self.output.write(errStack);
  self.clearBufferedCommand();
  self.displayPrompt();
}

REPLServer.prototype.setPrompt = function setPrompt(prompt) {
  this._initialPrompt = prompt;
  Interface.prototype.setPrompt.call(this, prompt);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  const prompt = this[kBufferedCommand].length ? '... ' : this._initialPrompt;
  Interface.prototype.setPrompt.call(this, prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.parseREPLKeyword = function parseREPLKeyword(keyword, rest) {
  const cmd = this.commands[keyword];
  if (cmd) {
    cmd.action.call(this, rest);
    return true;
  }
  return false;
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') cmd = { action: cmd };
  else if (typeof cmd?.action !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)('cmd.action', 'Function', cmd?.action);
  this.commands[keyword] = cmd;
};

REPLServer.prototype.createContext = function createContext() {
  if (this.useGlobal) return globalThis;
  const context = vm.createContext();
  // The context's own globals (its builtins) are seen from inside: only the others are copied.
  const inner = vm.runInContext('globalThis', context);
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (name === 'console' || name === 'global') continue;
    if (inner[name] === undefined) {
      Object.defineProperty(context, name, { __proto__: null, ...Object.getOwnPropertyDescriptor(globalThis, name) });
    }
  }
  // `global` is the context's own globalThis (what code inside sees), as in node.
  context.global = inner;
  const { Console } = require('console');
  Object.defineProperty(context, 'console', { configurable: true, writable: true, value: new Console(this.output) });
  return context;
};

REPLServer.prototype.resetContext = function resetContext() {
  const context = this.createContext();
  const { Module, makeRequire } = require('internal/cjs_loader');
  // (A module without a file: relative requests resolve from the cwd, a require stack names '<repl>'.
  // Its paths are node's: those of its own module, `<cwd>/repl`, and the global folders.)
  const replModule = new Module('<repl>');
  const parent = { paths: Module._nodeModulePaths(require('path').resolve('repl')) };
  replModule.paths = Module._resolveLookupPaths('<repl>', parent) || [];
  const requireFn = makeRequire(replModule);
  Object.defineProperty(context, 'module', { configurable: true, writable: true, value: replModule });
  Object.defineProperty(context, 'require', { configurable: true, writable: true, value: requireFn });
  for (const name of builtinLibs()) {
    if (Object.prototype.hasOwnProperty.call(context, name)) continue;
    const set = (value) => {
      delete context[name];
      context[name] = value;
    };
    Object.defineProperty(context, name, { configurable: true, enumerable: false, get: () => { const lib = requireFn(name); set(lib); return lib; }, set });
  }
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.lines = [];
  this.lines.level = [];
  this[kLexicalNames] = new Set();
  defineUnderscore(this, context, '_', 'last', 'underscoreAssigned');
  defineUnderscore(this, context, '_error', 'lastError', 'underscoreErrAssigned');
  this.context = context;
  this.emit('reset', context);
};

// `_` / `_error`: the last result / error until code assigns them, then a plain variable.
function defineUnderscore(self, context, name, field, flag) {
  Object.defineProperty(context, name, {
    configurable: true,
    get: () => self[field],
    set: (value) => {
      self[field] = value;
      if (!self[flag]) {
        self[flag] = true;
        self.output.write(`Expression assignment to ${name} now disabled.\n`);
      }
    },
  });
}

// Persistent history (node's setupHistory, written synchronously): the file's lines (newest
// first) become the history, which is written back after each line; '' disables it.
REPLServer.prototype.setupHistory = function setupHistory(historyPath, cb) {
  const fs = require('fs');
  if (typeof historyPath === 'string') historyPath = historyPath.trim();
  if (historyPath === '') {
    process.nextTick(cb, null, this);
    return;
  }
  historyPath ||= require('path').join(require('os').homedir(), '.node_repl_history');
  try {
    const data = fs.readFileSync(historyPath, { encoding: 'utf8', flag: 'a+', mode: 0o600 });
    if (data) this.history = data.split(/[\n\r]+/, this.historySize);
    fs.writeFileSync(historyPath, this.history.join('\n'));
  } catch (err) {
    process.nextTick(cb, err, this);
    return;
  }
  this.on('line', () => {
    try {
      fs.writeFileSync(historyPath, this.history.join('\n'));
    } catch { /* as node: a failed write leaves the session as it is */ }
  });
  process.nextTick(cb, null, this);
};

// Editor mode (.editor): lines are buffered without a prompt until Ctrl+D evaluates them.
function setEditorMode(repl, on) {
  repl.editorMode = on;
  Interface.prototype.setPrompt.call(repl, on ? '' : repl._initialPrompt);
}

// Ctrl+C: cancel the input (or editor mode); twice on an empty line leaves.
function onSigint(self) {
  const empty = self.line.length === 0;
  self.clearLine();
  setEditorMode(self, false);
  if (!self[kBufferedCommand] && empty) {
    if (self[kSawSigint]) {
      self[kSawSigint] = false;
      self.close();
      return;
    }
    self.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    self[kSawSigint] = true;
  } else {
    self[kSawSigint] = false;
  }
  self.clearBufferedCommand();
  self.displayPrompt();
}

// In editor mode Ctrl+D ends the input (a return that evaluates the buffer) and history keys
// do nothing.
function wrapTtyWrite(self) {
  const ttyWrite = self._ttyWrite.bind(self);
  self._ttyWrite = (d, key = {}) => {
    if (key.name !== 'c' || !key.ctrl) self[kSawSigint] = false;
    if (!self.editorMode || !self.terminal) return ttyWrite(d, key);
    if (key.ctrl && !key.shift && key.name === 'd') {
      setEditorMode(self, false);
      self[kSawCtrlD] = true;
      return ttyWrite(d, { name: 'return' });
    }
    if ((key.ctrl && !key.shift && (key.name === 'n' || key.name === 'p')) || key.name === 'up' || key.name === 'down') return;
    return ttyWrite(d, key);
  };
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() { this.close(); },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        setEditorMode(this, true);
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const longest = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const cmd = this.commands[name];
        this.output.write(`.${name}${cmd.help ? ' '.repeat(longest - name.length + 3) + cmd.help : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      if (file === '') {
        this.output.write(`${new (errors().ERR_MISSING_ARGS)('file').message}\n`);
      } else {
        try {
          require('fs').writeFileSync(file, this.lines.join('\n'));
          this.output.write(`Session saved to: ${file}\n`);
        } catch {
          this.output.write(`Failed to save: ${file}\n`);
        }
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) { loadFile(this, file); },
  });
}

// .load: the file's text is one input (node feeds it in editor mode), then a fresh prompt.
function loadFile(self, file) {
  const fs = require('fs');
  if (file === '') {
    self.output.write(`${new (errors().ERR_MISSING_ARGS)('file').message}\n`);
    self.displayPrompt();
    return;
  }
  let data;
  try {
    if (!fs.statSync(file).isFile()) {
      self.output.write(`Failed to load: ${file} is not a valid file\n`);
      self.displayPrompt();
      return;
    }
    data = fs.readFileSync(file, 'utf8');
  } catch {
    self.output.write(`Failed to load: ${file}\n`);
    self.displayPrompt();
    return;
  }
  self.clearBufferedCommand();
  evaluate(self, data, [...data.replace(/\n$/, '').split('\n'), '']);
  self.displayPrompt();
}

// Whether `input` parses as a script (or as an expression: `_=input`), top-level await allowed.
function isValidSyntax(input) {
  const parses = (text) => {
    try {
      new vm.Script(text);
      return true;
    } catch {
      return false;
    }
  };
  return parses(input) || parses(`_=${input}`) || parses(`(async () => {${input}\n})`);
}

const KEYWORDS = ['async', 'await', 'break', 'case', 'catch', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let',
  'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'yield'];

// Tab completion as node's REPL groups it: REPL commands after '.', an object's properties
// (nearest prototype level first) after `a.b.`, else the globals, then keywords.
REPLServer.prototype.complete = function complete(line, callback) {
  const command = /^\s*\.(\w*)$/.exec(line);
  if (command !== null) {
    const names = Object.keys(this.commands).filter((n) => n.startsWith(command[1]));
    callback(null, [names.sort(), command[1]]);
    return;
  }
  const m = /((?:[A-Za-z_$][\w$]*\s*\??\.\s*)*)([A-Za-z_$][\w$]*)?$/.exec(line);
  const expr = m[1].replace(/\s+/g, '');
  const filter = m[2] || '';
  let groups = [];
  if (expr !== '') {
    let obj;
    try {
      obj = this.useGlobal ? vm.runInThisContext(expr.replace(/\??\.$/, '')) : vm.runInContext(expr.replace(/\??\.$/, ''), this.context);
    } catch {
      callback(null, [[], line]);
      return;
    }
    for (let o = obj; o !== null && o !== undefined; o = Object.getPrototypeOf(Object(o))) {
      groups.push(Object.getOwnPropertyNames(Object(o)).filter(isCompletable).map((n) => expr + n));
    }
  } else {
    const inner = this.useGlobal ? globalThis : vm.runInContext('globalThis', this.context);
    const own = new Set([...Object.getOwnPropertyNames(this.context), ...Object.getOwnPropertyNames(inner)]);
    groups.push([...this[kLexicalNames]]);
    for (let o = Object.getPrototypeOf(inner); o !== null; o = Object.getPrototypeOf(o)) {
      groups.push(Object.getOwnPropertyNames(o).filter(isCompletable));
    }
    groups.push([...own].filter(isCompletable), KEYWORDS);
  }
  const lower = (expr + filter).toLowerCase();
  groups = groups.map((g) => g.filter((n) => n.toLowerCase().startsWith(lower))).filter((g) => g.length > 0);
  callback(null, [mergeGroups(groups), expr + filter]);
};

// An identifier, not one of Object.prototype's legacy accessor methods (node leaves them out).
function isCompletable(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !/^__(define|lookup)[GS]etter__$/.test(name);
}

// node's merge: each group sorted, duplicates dropped (the nearest group keeps an entry), the
// farthest group first, '' between groups.
function mergeGroups(groups) {
  const completions = [];
  const seen = new Set(['']);
  for (const group of groups) {
    group.sort((a, b) => (b > a ? 1 : -1));
    const size = seen.size;
    for (const entry of group) {
      if (!seen.has(entry)) {
        completions.unshift(entry);
        seen.add(entry);
      }
    }
    if (seen.size !== size) completions.unshift('');
  }
  if (completions[0] === '') completions.shift();
  return completions;
}

// Whether a frame line is of a function V8 names null (anonymous: top-level code, an arrow or
// function expression, shown bare, as `X.<anonymous>` or by the method it was called as).
function unnamedFrame(line) {
  const m = /^\s+at (?:async )?(.*?) \(.*\)$/.exec(line);
  if (m === null) return true;
  return m[1] === '<main>' || m[1].endsWith('.<anonymous>') || /^\w+\.(_onTimeout|_onImmediate)$/.test(m[1]);
}

// An error thrown asynchronously by REPL code (node catches those with the REPL's domain; rjs's
// CLI REPL routes the process's uncaught errors here): node's domain handler cuts its frames at
// the last unnamed one (all but the last when none is), among the frames above the REPL's own.
function showAsyncError(server, e) {
  if (e !== null && typeof e === 'object' && e.name !== 'SyntaxError' && typeof e.stack === 'string') {
    const lines = e.stack.split('\n');
    const first = lines.findIndex((l) => /^\s+at /.test(l));
    if (first !== -1) {
      let frames = lines.slice(first);
      const own = frames.findIndex((l) => /\(node:(vm|repl|internal\/repl)[:)]|^\s+at (Object\.run \(<anonymous>\)|<main> \(node:)/.test(l));
      if (own !== -1) frames = frames.slice(0, own);
      let last = -1;
      for (let k = frames.length - 1; k >= 0; k--) if (unnamedFrame(frames[k])) { last = k; break; }
      frames = last === -1 ? frames.slice(0, -1) : frames.slice(0, last);
      e.stack = [...lines.slice(0, first), ...frames].join('\n');
    }
  }
  showError(server, e);
}

function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

Object.defineProperty(REPLServer, Symbol.for('rjs.repl.showAsyncError'), { value: showAsyncError });
Object.defineProperty(REPLServer, Symbol.for('rjs.repl.shouldColorize'), { value: shouldColorize });

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
  get builtinModules() { return builtinLibs(); },
};
