// node:readline and node:readline/promises (node 20's lib/readline.js and
// lib/internal/readline/*): the Interface (line splitting of a plain stream; with `terminal` a line
// editor driven by keypress events: cursor keys, history, kill ring, undo, tab completion,
// Ctrl-C/Ctrl-D), emitKeypressEvents and the keypress decoder, the cursor helpers, and the
// promise API (Interface#question returning a promise, the Readline class).
'use strict';

const EventEmitter = require('events');
const eventsOn = EventEmitter.on; // (as loaded: a script may replace events.on)

let errorsModule;
const E = () => (errorsModule || (errorsModule = require('internal/errors'))).codes;
let validatorsModule;
const V = () => validatorsModule || (validatorsModule = require('internal/validators'));

const kHistorySize = 30;
const kMincrlfDelay = 100;
const kMaxUndoRedoStackSize = 2048;
const kMaxLengthOfKillRing = 32;
const ESCAPE_CODE_TIMEOUT = 500;
// Interfaces made while EventEmitter.captureRejections was on (their emit catches a listener's
// rejected promise).
const capturingRejections = new WeakSet();
// The end of a line: \r\n, \n, or \r followed by something other than \n.
const lineEnding = /\r?\n|\r(?!\n)/g;
const lineEndingSplit = /\r?\n|\r(?!\n)/;
const kEscape = '\x1b';
const kEmptyObject = Object.freeze({ __proto__: null });
const kUTF16SurrogateThreshold = 0x10000;

// ---- CSI helpers (lib/internal/readline/callbacks.js) ------------------------------------------
const CSI = `${kEscape}[`;
const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;

function validateCallback(cb) {
  if (cb !== undefined) V().validateFunction(cb, 'callback');
}
function noStream(cb) {
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
}
function moveData(dx, dy) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return data;
}

function cursorTo(stream, x, y, callback) {
  validateCallback(callback);
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new (E().ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (E().ERR_INVALID_ARG_VALUE)('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return noStream(callback);
  if (typeof x !== 'number') throw new (E().ERR_INVALID_CURSOR_POS)();
  return stream.write(typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`, callback);
}
function moveCursor(stream, dx, dy, callback) {
  validateCallback(callback);
  if (stream == null || !(dx || dy)) return noStream(callback);
  return stream.write(moveData(dx, dy), callback);
}
function clearLine(stream, dir, callback) {
  validateCallback(callback);
  if (stream === null || stream === undefined) return noStream(callback);
  return stream.write(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine, callback);
}
function clearScreenDown(stream, callback) {
  validateCallback(callback);
  if (stream === null || stream === undefined) return noStream(callback);
  return stream.write(kClearScreenDown, callback);
}

// ---- utils (lib/internal/readline/utils.js) ----------------------------------------------------
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= kUTF16SurrogateThreshold) || str.codePointAt(i - 1) >= kUTF16SurrogateThreshold) return 2;
  return 1;
}
function charLengthAt(str, i) {
  // Past the end: pretend to move right (autocompletion while moving right).
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= kUTF16SurrogateThreshold ? 2 : 1;
}
function commonPrefix(strings) {
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) if (min[i] !== max[i]) return min.slice(0, i);
  return min;
}

const KEY_NAMES = {
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4', '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
};
// Codes whose name comes with a modifier: [name, 'shift' | 'ctrl'].
const KEY_NAMES_MOD = {
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'], '[d': ['left', 'shift'], '[e': ['clear', 'shift'],
  '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'], '[6$': ['pagedown', 'shift'],
  '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
  Oa: ['up', 'ctrl'], Ob: ['down', 'ctrl'], Oc: ['right', 'ctrl'], Od: ['left', 'ctrl'], Oe: ['clear', 'ctrl'],
  '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'], '[5^': ['pageup', 'ctrl'], '[6^': ['pagedown', 'ctrl'],
  '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
  '[Z': ['tab', 'shift'],
};

// The keypress decoder: fed one character at a time, emits 'keypress' (s, key) on `stream`.
// Escape sequences: ESC letter, ESC [ (modifier) letter, ESC [ num (;modifier) ~^$, ESC O ...;
// modifier is 1 + shift*1 + alt*2 + ctrl*4 + right_alt*8; two leading ESCs mean one.
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }
    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        s += (ch = yield);
        if (ch >= '0' && ch <= '9') {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else if (ch === '[') {
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const cmdStart = s.length - 1;
        if (ch >= '0' && ch <= '9') {
          s += (ch = yield);
          if (ch >= '0' && ch <= '9') s += (ch = yield);
        }
        if (ch === ';') {
          s += (ch = yield);
          if (ch >= '0' && ch <= '9') s += yield;
        }
        const cmd = s.slice(cmdStart);
        let match;
        if ((match = cmd.match(/^(\d\d?)(;(\d))?([~^$])$/))) {
          code += match[1] + match[4];
          modifier = (match[3] || 1) - 1;
        } else if ((match = cmd.match(/^((\d;)?(\d))?([A-Za-z])$/))) {
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      const name = KEY_NAMES[code];
      if (name !== undefined) {
        key.name = name;
      } else {
        const withMod = KEY_NAMES_MOD[code];
        if (withMod !== undefined) {
          key.name = withMod[0];
          key[withMod[1]] = true;
        } else {
          key.name = 'undefined';
        }
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // Escape sequence timeout.
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }
    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      stream.emit('keypress', s, key);
    }
    // An unrecognized or broken escape sequence emits nothing.
  }
}

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');
const kSawKeyPress = Symbol('_sawKeyPress');

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  const { StringDecoder } = require('string_decoder');
  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  stream[ESCAPE_DECODER] = emitKeys(stream);
  stream[ESCAPE_DECODER].next();
  const triggerEscape = () => stream[ESCAPE_DECODER].next('');
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[KEYPRESS_DECODER].write(input);
      if (string) {
        clearTimeout(timeoutId);
        // This supports characters of length 2.
        iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
        iface.isCompletionEnabled = false;
        let length = 0;
        for (const character of string) {
          length += character.length;
          if (length === string.length) iface.isCompletionEnabled = true;
          try {
            stream[ESCAPE_DECODER].next(character);
            // An escape at the tail: a lone ESC unless more comes within the timeout.
            if (length === string.length && character === kEscape) timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
          } catch (err) {
            // A throwing 'keypress' listener ends the generator: restart it.
            stream[ESCAPE_DECODER] = emitKeys(stream);
            stream[ESCAPE_DECODER].next();
            throw err;
          }
        }
      }
    } else {
      // Nobody is watching.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

// ---- Interface (lib/internal/readline/interface.js) --------------------------------------------
const kDecoder = Symbol('_decoder');
const kLine_buffer = Symbol('_line_buffer');
const kOldPrompt = Symbol('_oldPrompt');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionReject = Symbol('_questionReject');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSubstringSearch = Symbol('kSubstringSearch');
const kUndoStack = Symbol('_undoStack');
const kRedoStack = Symbol('_redoStack');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kYanking = Symbol('_yanking');
const kLineObjectStream = Symbol('line object stream');
const kLineMode = Symbol('kLineMode');
const kSplitChunk = Symbol('kSplitChunk');
const kLineModeLine = Symbol('kLineModeLine');
const kLineModeEdit = Symbol('kLineModeEdit');
// Escape sequences and control keys a line-mode terminal passes on inside a line.
const kLineModeKeys = /[\x00-\x08\x0b-\x1f\x7f]/;
const kSplitSlice = 4096;

// The lines as an async iterator: events.on with node's options for it (each line itself, not
// the argument list; input paused above 1024 waiting lines).
function lineIterator(rl) {
  return eventsOn(rl, 'line', {
    close: ['close'],
    highWaterMark: 1024,
    [Symbol.for('rjs.events.firstEventParam')]: true,
  });
}

function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;
  EventEmitter.call(this);
  if (EventEmitter.captureRejections) capturingRejections.add(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {
    // An options object.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) {
      V().validateUint32(input.tabSize, 'tabSize', true);
      this.tabSize = input.tabSize;
    }
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(input.escapeCodeTimeout)) this.escapeCodeTimeout = input.escapeCodeTimeout;
      else throw new (E().ERR_INVALID_ARG_VALUE)('input.escapeCodeTimeout', this.escapeCodeTimeout);
    }
    if (signal) V().validateAbortSignal(signal, 'options.signal');
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') throw new (E().ERR_INVALID_ARG_VALUE)('completer', completer);
  if (history === undefined) history = [];
  else V().validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  V().validateNumber(historySize, 'historySize', 0);
  // Backwards compatibility: a terminal when the output is a TTY and `terminal` is not given.
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  const self = this;
  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;

  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self._normalWrite(data);
  }
  function onend() {
    // The unterminated last line is emitted as 'line' itself: it never answers a question. (A
    // line-mode terminal's is what node's terminal has: the line rl.write() began, with it.)
    let last = self[kLine_buffer];
    if (self[kLineMode]) {
      if (typeof last === 'string') self[kLineModeEdit](last);
      last = self.line;
    }
    if (typeof last === 'string' && last.length > 0) self.emit('line', last);
    self.close();
  }
  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onkeypress(s, key) {
    self._ttyWrite(s, key);
    if (key && key.sequence) {
      // Half of a surrogate pair: refresh so that the character shows.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self._refreshLine();
    }
  }
  function onresize() {
    self._refreshLine();
  }

  this[kLineObjectStream] = undefined;
  input.on('error', onerror);
  // rjs's own terminal stdin cannot go raw: the terminal echoes and edits the line itself, so
  // the interface reads it by lines (no keypress echo) while still being a terminal interface.
  // (Set only when true: an inspected interface shows node's properties.)
  if (this.terminal && input[require('tty').internals.kLineModeOnly] === true) this[kLineMode] = true;
  if (!this.terminal || this[kLineMode]) {
    input.on('data', ondata);
    input.on('end', onend);
    self.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    const { StringDecoder } = require('string_decoder');
    this[kDecoder] = new StringDecoder('utf8');
    if (this[kLineMode]) {
      this._setRawMode(true);
      this.cursor = 0;
      this.historyIndex = -1;
    }
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onresize);
    self.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) output.removeListener('resize', onresize);
    });
  }
  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  this.line = '';
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

let getStringWidthFn;
function getStringWidth(s, removeControlChars) {
  getStringWidthFn ||= require('internal/inspect').getStringWidth;
  return getStringWidthFn(s, removeControlChars);
}
function stripVT(s) {
  // Cheap path: no escape character, nothing to strip.
  if (!s.includes('\x1b') && !s.includes('\x9b')) return s;
  return require('internal/inspect').stripVTControlCharacters(s);
}

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }
  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }
  getPrompt() {
    return this[kPrompt];
  }
  _setRawMode(mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }
  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this[kPrompt]);
    }
  }
  _question(query, cb) {
    if (this.closed) throw new (E().ERR_USE_AFTER_CLOSE)('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }
  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }
  _beforeEdit(oldText, oldCursor) {
    this._pushToUndoStack(oldText, oldCursor);
  }
  // An aborted question: the old prompt back and a fresh line.
  _questionCancel() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }
  _writeToOutput(stringToWrite) {
    V().validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }
  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = this.history.indexOf(this.line);
        if (dupIndex !== -1) this.history.splice(dupIndex, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // A 'history' listener may change the history (drop a password, say).
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }
  _refreshLine() {
    const line = this[kPrompt] + this.line;
    const dispPos = this._getDisplayPos(line);
    const lineCols = dispPos.cols;
    const lineRows = dispPos.rows;
    const cursorPos = this.getCursorPos();
    // Up to the first row of the prompt, erase, write the prompt and the line, put the cursor back.
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // Force the terminal to allocate a new line.
    if (lineCols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = lineRows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }
  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }
  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }
  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }
  write(d, key) {
    if (this.paused) this.resume();
    // (On a line-mode terminal too: rl.write edits the line the typed text then joins.)
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }
  _normalWrite(b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (!string) return;
    if (string.length <= kSplitSlice) {
      this[kSplitChunk](string);
      return;
    }
    // A big chunk is split in slices that end after a '\n' (so no '\r\n' is cut): the engine's
    // String#split costs about length x parts, slices keep a 64 KB chunk ~10x cheaper.
    let start = 0;
    while (string.length - start > kSplitSlice) {
      const nl = string.indexOf('\n', start + kSplitSlice);
      if (nl === -1) break;
      this[kSplitChunk](string.slice(start, nl + 1));
      start = nl + 1;
    }
    if (start < string.length) this[kSplitChunk](string.slice(start));
  }
  [kSplitChunk](string) {
    // Split the new chunk only (one native split; plain '\n' unless the chunk has a '\r').
    const lines = string.includes('\r') ? string.split(lineEndingSplit) : string.split('\n');
    const lastIndex = lines.length - 1;
    if (lastIndex === 0) {
      // No line ending yet: keep it for the next chunk.
      if (this[kLine_buffer]) this[kLine_buffer] += string;
      else this[kLine_buffer] = string;
      return;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    let first = lines[0];
    if (this[kLine_buffer]) first = this[kLine_buffer] + first;
    // Either '' or the unfinished start of the next line.
    this[kLine_buffer] = lines[lastIndex];
    // As node: every line of the chunk is emitted, even after a listener closed or paused.
    const onLine = this[kLineMode] ? this[kLineModeLine] : this._onLine;
    if (onLine === kOwnOnLine && this.emit === kEmit && !capturingRejections.has(this)) {
      // node's _onLine + emit('line'), with a lone 'line' listener called straight while no
      // question waits (emit's rest arguments and apply cost the engine ~8 us a line).
      for (let i = 0; i < lastIndex; i++) {
        const line = i === 0 ? first : lines[i];
        const events = this._events;
        const handler = events === undefined ? undefined : events.line;
        if (typeof handler === 'function' && !this[kQuestionCallback]) handler.call(this, line);
        else this._onLine(line);
      }
      return;
    }
    onLine.call(this, first);
    for (let i = 1; i < lastIndex; i++) onLine.call(this, lines[i]);
  }
  // A line from rjs's line-mode terminal (see the constructor). The terminal edited it itself
  // but passes on the escape sequences of other keys pressed meanwhile (arrows, home, end,
  // delete, history): they are replayed silently on node's line editor, so the line read is
  // the one raw-mode editing gives. The text goes in at the cursor of the line rl.write() may
  // have started; the line then joins the history, as node's terminal does.
  [kLineModeLine](text) {
    this[kLineModeEdit](text);
    const line = this._addHistory();
    this.line = '';
    this.cursor = 0;
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this._onLine(line);
  }
  [kLineModeEdit](text) {
    if (kLineModeKeys.test(text)) {
      // (Typed keys, not a paste: no completion, a tab stays a tab.)
      const { output, completer } = this;
      this.output = null;
      this.completer = undefined;
      this.isCompletionEnabled = true;
      const decoder = emitKeys({ emit: (event, s, key) => this._ttyWrite(s, key) });
      decoder.next();
      try {
        for (const ch of text) decoder.next(ch);
      } finally {
        this.output = output;
        this.completer = completer;
      }
    } else {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
    }
  }
  _insertString(c) {
    this._beforeEdit(this.line, this.cursor);
    // Inside a multi-character chunk (a paste) node 20 appends at the end, whatever the cursor.
    if (!this.isCompletionEnabled) {
      this.line += c;
      this.cursor += c.length;
      this._writeToOutput(c);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this._refreshLine();
      else this._writeToOutput(c);
    }
  }
  async _tabComplete(lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      this._writeToOutput(`Tab completion error: ${require('internal/inspect').inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this._tabCompleter(lastKeypressWasTab, value);
  }
  _tabCompleter(lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    // Apply the common prefix of all matches.
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    this._beforeEdit(this.line, this.cursor);
    // Show the completions in columns.
    const completionsWidth = completions.map((e) => getStringWidth(e));
    const width = Math.max(...completionsWidth) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - completionsWidth[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this._writeToOutput(output);
    this._refreshLine();
  }
  _wordLeft() {
    if (this.cursor > 0) {
      // Match on the reversed text before the cursor.
      const reversed = Array.from(this.line.slice(0, this.cursor)).reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this._moveCursor(-match[0].length);
    }
  }
  _wordRight() {
    if (this.cursor < this.line.length) {
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this._moveCursor(match[0].length);
    }
  }
  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._beforeEdit(this.line, this.cursor);
      const charSize = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - charSize) + this.line.slice(this.cursor);
      this.cursor -= charSize;
      this._refreshLine();
    }
  }
  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const charSize = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + charSize);
      this._refreshLine();
    }
  }
  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._beforeEdit(this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const reversed = Array.from(leading).reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this._refreshLine();
    }
  }
  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this._refreshLine();
    }
  }
  _deleteLineLeft() {
    this._beforeEdit(this.line, this.cursor);
    const del = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._pushToKillRing(del);
    this._refreshLine();
  }
  _deleteLineRight() {
    this._beforeEdit(this.line, this.cursor);
    const del = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this._pushToKillRing(del);
    this._refreshLine();
  }
  _pushToKillRing(del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxLengthOfKillRing) this[kKillRing].pop();
  }
  _yank() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this._insertString(this[kKillRing][this[kKillRingCursor]]);
    }
  }
  _yankPop() {
    if (!this[kYanking]) return;
    if (this[kKillRing].length > 1) {
      const lastYank = this[kKillRing][this[kKillRingCursor]];
      this[kKillRingCursor]++;
      if (this[kKillRingCursor] >= this[kKillRing].length) this[kKillRingCursor] = 0;
      const currentYank = this[kKillRing][this[kKillRingCursor]];
      const head = this.line.slice(0, this.cursor - lastYank.length);
      const tail = this.line.slice(this.cursor);
      this.line = head + currentYank + tail;
      this.cursor = head.length + currentYank.length;
      this._refreshLine();
    }
  }
  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }
  _line() {
    const line = this._addHistory();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this._onLine(line);
  }
  _pushToUndoStack(text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) this[kUndoStack].shift();
  }
  _undo() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }
  _redo() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }
  // History navigation; with a text before the cursor (up/down), only entries starting with it.
  _historyNext() {
    if (this.historyIndex >= 0) {
      this._beforeEdit(this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }
  _historyPrev() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this._beforeEdit(this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length && (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }
  // The display position (rows, cols) after writing `str`, wrapping at this.columns.
  _getDisplayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVT(str);
    for (const char of str) {
      if (char === '\n') {
        // Rows grow by 1 even when offset is 0 or col is Infinity.
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      // Tabs align to the tab size.
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const code = char.codePointAt(0);
      const width = code >= 0x20 && code < 0x7f ? 1 : getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }
  getCursorPos() {
    return this._getDisplayPos(this[kPrompt] + this.line.slice(0, this.cursor));
  }
  // Moves the cursor dx places right (left when negative), refreshing the line when needed.
  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this._refreshLine();
  }
  // A keypress from the terminal.
  _ttyWrite(s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;
    // Yanking state ends unless this is a yank pop.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;
    // Substring history search: on with up/down, off with any other key.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      // Reset the index in case there was no match.
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }
    // Undo (Ctrl-_) and redo (Ctrl-^).
    if (typeof key.sequence === 'string') {
      const c0 = key.sequence.codePointAt(0);
      if (c0 === 0x1f) {
        this._undo();
        return;
      }
      if (c0 === 0x1e) {
        this._redo();
        return;
      }
    }
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace': this._deleteLineLeft(); break;
        case 'delete': this._deleteLineRight(); break;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) {
            this.emit('SIGINT');
          } else {
            // This readline instance is finished.
            this.close();
            this[kQuestionReject]?.(new (require('internal/errors').AbortError)('Aborted with Ctrl+C'));
          }
          break;
        case 'h': this._deleteLeft(); break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) {
            this.close();
            this[kQuestionReject]?.(new (require('internal/errors').AbortError)('Aborted with Ctrl+D'));
          } else if (this.cursor < this.line.length) {
            this._deleteRight();
          }
          break;
        case 'u': this._deleteLineLeft(); break;
        case 'k': this._deleteLineRight(); break;
        case 'a': this._moveCursor(-Infinity); break;
        case 'e': this._moveCursor(+Infinity); break;
        case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
        case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          break;
        case 'n': this._historyNext(); break;
        case 'p': this._historyPrev(); break;
        case 'y': this._yank(); break;
        case 'z':
          // Job control (SIGTSTP) does not exist in the sandbox; a 'SIGTSTP' listener still hears it.
          if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
          break;
        case 'w':
        case 'backspace': this._deleteWordLeft(); break;
        case 'delete': this._deleteWordRight(); break;
        case 'left': this._wordLeft(); break;
        case 'right': this._wordRight(); break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); break;
        case 'f': this._wordRight(); break;
        case 'd':
        case 'delete': this._deleteWordRight(); break;
        case 'backspace': this._deleteWordLeft(); break;
        case 'y': this._yankPop(); break;
      }
    } else {
      // \r bookkeeping matters only when \n comes right after.
      if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
      switch (key.name) {
        case 'return':
        case 'enter':
          lineEndKey(this, key.name);
          break;
        case 'backspace': this._deleteLeft(); break;
        case 'delete': this._deleteRight(); break;
        case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
        case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'home': this._moveCursor(-Infinity); break;
        case 'end': this._moveCursor(+Infinity); break;
        case 'up': this._historyPrev(); break;
        case 'down': this._historyNext(); break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            this._tabComplete(!!previousKey && previousKey.name === 'tab');
            break;
          }
        // falls through
        default:
          if (typeof s === 'string' && s) {
            // Text with line endings (a paste, or rl.write('a\nb')): each ending is a line.
            lineEnding.lastIndex = 0;
            let nextMatch;
            let lastIndex = 0;
            while ((nextMatch = lineEnding.exec(s)) !== null) {
              this._insertString(s.slice(lastIndex, nextMatch.index));
              ({ lastIndex } = lineEnding);
              this._line();
              // _line may have used the regexp.
              lineEnding.lastIndex = lastIndex;
            }
            this._insertString(s.slice(lastIndex));
          }
      }
    }
  }
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) this[kLineObjectStream] = lineIterator(this);
    return this[kLineObjectStream];
  }
}
Interface.prototype._getCursorPos = Interface.prototype.getCursorPos;

// ---- readline.Interface: the callback API (lib/readline.js) -----------------------------------
function LegacyInterface(input, output, completer, terminal) {
  if (!(this instanceof LegacyInterface)) return new LegacyInterface(input, output, completer, terminal);
  // A one-argument completer returns its result; the legacy interface calls completers with a callback.
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: sync } = input;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const realCompleter = completer;
    completer = (v, cb) => cb(null, realCompleter(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}
Object.defineProperty(LegacyInterface, 'name', { value: 'Interface' });
Object.setPrototypeOf(LegacyInterface.prototype, Interface.prototype);
Object.setPrototypeOf(LegacyInterface, Interface);

LegacyInterface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (options.signal) {
    V().validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const signal = options.signal;
    const onAbort = () => this._questionCancel();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const originalCb = cb;
    cb = typeof cb === 'function' ? (answer) => {
      cleanup();
      return originalCb(answer);
    } : cleanup;
  }
  if (typeof cb === 'function') this._question(query, cb);
};
// util.promisify(rl.question)
Object.defineProperty(LegacyInterface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  configurable: true,
  writable: true,
  value: function question(query, options) {
    if (options === null || typeof options !== 'object') options = kEmptyObject;
    const { AbortError } = require('internal/errors');
    if (options.signal && options.signal.aborted) return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options.signal) {
        const signal = options.signal;
        const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});
// node's instance state behind its legacy underscore names.
for (const [name, sym] of [['_decoder', kDecoder], ['_line_buffer', kLine_buffer], ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey], ['_prompt', kPrompt], ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress], ['_sawReturnAt', kSawReturnAt]]) {
  Object.defineProperty(LegacyInterface.prototype, name, {
    get() { return this[sym]; },
    set(value) { this[sym] = value; },
    configurable: true,
  });
}

// node's legacy prototype has the internal methods under their underscore names (enumerable,
// named as node's symbol-keyed originals: '[_onLine]'), in node's order around _tabComplete.
function aliasInternalMethods(names) {
  for (const name of names) {
    const method = Interface.prototype[name];
    Object.defineProperty(method, 'name', { value: `[${name}]` });
    LegacyInterface.prototype[name] = method;
  }
}
aliasInternalMethods(['_setRawMode', '_onLine', '_writeToOutput', '_addHistory', '_refreshLine', '_normalWrite', '_insertString']);
// For the straight 'line' listener call of [kSplitChunk]: the built-in _onLine and emit.
const kOwnOnLine = Interface.prototype._onLine;
const kEmit = EventEmitter.prototype.emit;
// The legacy completer takes a callback (an anonymous function, as node's).
LegacyInterface.prototype._tabComplete = function (lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${require('internal/inspect').inspect(err)}`);
      return;
    }
    this._tabCompleter(lastKeypressWasTab, value);
  });
};
aliasInternalMethods(['_wordLeft', '_wordRight', '_deleteLeft', '_deleteRight', '_deleteWordLeft', '_deleteWordRight',
  '_deleteLineLeft', '_deleteLineRight', '_line', '_historyNext', '_historyPrev', '_getDisplayPos']);
LegacyInterface.prototype._getCursorPos = Interface.prototype.getCursorPos;
aliasInternalMethods(['_moveCursor', '_ttyWrite']);

// TERM=dumb: no line editing, the typed text echoed as is.
function ttyWriteDumb(s, key) {
  key = key || kEmptyObject;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
    case 'enter':
      lineEndKey(this, key.name);
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

// A 'return' (\r) key ends the line; an 'enter' (\n) key too, unless it completes a \r\n: a
// \n more than crlfDelay after a \r is a line of its own.
function lineEndKey(rl, name) {
  if (name === 'return') {
    rl[kSawReturnAt] = Date.now();
    rl._line();
    return;
  }
  if (rl[kSawReturnAt] === 0 || Date.now() - rl[kSawReturnAt] > rl.crlfDelay) rl._line();
  rl[kSawReturnAt] = 0;
}

function createInterface(input, output, completer, terminal) {
  return new LegacyInterface(input, output, completer, terminal);
}

// ---- readline/promises ---------------------------------------------------------------------------
class PromisesInterface extends Interface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }
  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        const signal = options.signal;
        V().validateAbortSignal(signal, 'options.signal');
        const { AbortError } = require('internal/errors');
        if (signal.aborted) return reject(new AbortError(undefined, { cause: signal.reason }));
        const onAbort = () => {
          this._questionCancel();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestionReject] = reject;
      this._question(query, cb);
    });
  }
}
Object.defineProperty(PromisesInterface, 'name', { value: 'Interface' });

// Cursor actions queued until commit() (or written at once with autoCommit).
class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];
  constructor(stream, options = undefined) {
    const { Writable } = require('stream');
    if (!(stream instanceof Writable) && !(stream != null && typeof stream.write === 'function')) {
      throw new (E().ERR_INVALID_ARG_TYPE)('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options?.autoCommit != null) {
      V().validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }
  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
  }
  cursorTo(x, y = undefined) {
    V().validateInteger(x, 'x');
    if (y != null) V().validateInteger(y, 'y');
    this.#queue(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
    return this;
  }
  moveCursor(dx, dy) {
    if (dx || dy) {
      V().validateInteger(dx, 'dx');
      V().validateInteger(dy, 'dy');
      this.#queue(moveData(dx, dy));
    }
    return this;
  }
  clearLine(dir) {
    V().validateInteger(dir, 'dir', -1, 1);
    this.#queue(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
    return this;
  }
  clearScreenDown() {
    this.#queue(kClearScreenDown);
    return this;
  }
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }
  rollback() {
    this.#todo = [];
    return this;
  }
}

const promises = {
  Interface: PromisesInterface,
  Readline,
  createInterface(input, output, completer, terminal) {
    return new PromisesInterface(input, output, completer, terminal);
  },
};

module.exports = {
  Interface: LegacyInterface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
