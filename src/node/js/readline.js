// node:readline — line-oriented reading from a stream (process.stdin in practice):
// createInterface with 'line'/'close' events, question, prompt, async iteration.
'use strict';

const EventEmitter = require('events');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let opts = input;
    if (!(input && typeof input.on === 'function' && !('input' in input))) {
      opts = input || {};
    } else {
      opts = { input, output, completer, terminal };
    }
    this.input = opts.input;
    this.output = opts.output;
    this.terminal = !!(opts.terminal === undefined ? this.output && this.output.isTTY : opts.terminal);
    this._prompt = opts.prompt === undefined ? '> ' : opts.prompt;
    this.line = '';
    this._buffer = '';
    this._questionCb = null;
    this._paused = false;
    this.history = [];
    this.crlfDelay = opts.crlfDelay || 100;
    this._onData = (chunk) => this._write(typeof chunk === 'string' ? chunk : chunk.toString());
    this._onEnd = () => {
      // A final '\r' ends its line as node's /\r(?!\n)/ does (it was held back for a '\n').
      if (this._buffer.length > 0) {
        const l = this._buffer.endsWith('\r') ? this._buffer.slice(0, -1) : this._buffer;
        this._buffer = '';
        // node emits the unterminated last line as 'line' itself: it never answers a question.
        this.emit('line', l);
      }
      this.close();
    };
    if (this.input) {
      if (typeof this.input.setEncoding === 'function') this.input.setEncoding('utf8');
      // The input's errors become the interface's (its async iterator rejects with them).
      this._onError = (err) => this.emit('error', err);
      this.input.on('error', this._onError);
      this.input.on('data', this._onData);
      this.input.on('end', this._onEnd);
      if (typeof this.input.resume === 'function') this.input.resume();
    }
  }
  _write(s) {
    this._buffer += s;
    let idx;
    while ((idx = this._buffer.search(/\r?\n|\r(?!$)/)) !== -1) {
      const m = /\r?\n|\r/.exec(this._buffer.slice(idx));
      const line = this._buffer.slice(0, idx);
      this._buffer = this._buffer.slice(idx + m[0].length);
      // As node: the rest of a chunk's lines are still emitted after close().
      this._emitLine(line);
    }
  }
  _emitLine(line) {
    if (this._questionCb) {
      const cb = this._questionCb;
      this._questionCb = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
      return;
    }
    this.emit('line', line);
  }
  // node's kQuestion: the query becomes the prompt until the answer.
  _question(query, cb) {
    if (this.closed) throw new (require('internal/errors').codes.ERR_USE_AFTER_CLOSE)('readline');
    if (this._questionCb) {
      this.prompt();
    } else {
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._questionCb = cb;
      this.prompt();
    }
  }
  // node's kQuestionCancel (an aborted question): the old prompt back and a fresh line.
  _questionCancel() {
    if (this._questionCb) {
      this._questionCb = null;
      this.setPrompt(this._oldPrompt);
      if (this.output) this.output.write('\r\n');
      this.line = '';
    }
  }
  setPrompt(p) { this._prompt = p; }
  getPrompt() { return this._prompt; }
  prompt() {
    // node 20 prompts (resuming the input) even after close().
    if (this._paused) this.resume();
    if (this.output) this.output.write(this._prompt);
  }
  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object') {
      const { signal } = options;
      if (signal) {
        require('internal/validators').validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) return;
        const onAbort = () => this._questionCancel();
        signal.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => signal.removeEventListener('abort', onAbort);
        const originalCb = cb;
        cb = typeof cb === 'function' ? (answer) => { cleanup(); return originalCb(answer); } : cleanup;
      }
    }
    if (typeof cb === 'function') this._question(query, cb);
  }
  write(data) { if (this.output && this.terminal) this.output.write(data); if (data !== undefined && !this.terminal) this._write(String(data)); }
  pause() { if (!this._paused) { this._paused = true; if (this.input && this.input.pause) this.input.pause(); this.emit('pause'); } return this; }
  resume() { if (this._paused) { this._paused = false; if (this.input && this.input.resume) this.input.resume(); this.emit('resume'); } return this; }
  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    if (this.input) {
      this.input.removeListener('data', this._onData);
      this.input.removeListener('end', this._onEnd);
      this.input.removeListener('error', this._onError);
    }
    this.emit('close');
  }
  getCursorPos() { return { rows: 0, cols: this.line.length }; }
  [Symbol.asyncIterator]() {
    const lines = [];
    let done = false;
    let error = null;
    let wake = null;
    this.on('line', (l) => { lines.push(l); if (wake) { wake(); wake = null; } });
    this.on('close', () => { done = true; if (wake) { wake(); wake = null; } });
    this.on('error', (e) => { error = e; if (wake) { wake(); wake = null; } });
    const self = this;
    return {
      next() {
        if (error !== null) {
          const e = error;
          error = null;
          done = true;
          self.close();
          return Promise.reject(e);
        }
        if (lines.length) return Promise.resolve({ value: lines.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((r) => { wake = r; }).then(() => this.next());
      },
      return() { self.close(); return Promise.resolve({ value: undefined, done: true }); },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// The cursor helpers write node's ANSI sequences to any stream (a pipe gets them too).
const CSI = '\x1b[';
const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;
const E = () => require('internal/errors').codes;

function validateCallback(cb) {
  if (cb !== undefined && typeof cb !== 'function') throw new (E().ERR_INVALID_ARG_TYPE)('callback', 'Function', cb);
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

function clearLine(stream, dir, cb) {
  validateCallback(cb);
  if (stream === null || stream === undefined) return noStream(cb);
  return stream.write(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine, cb);
}
function clearScreenDown(stream, cb) {
  validateCallback(cb);
  if (stream === null || stream === undefined) return noStream(cb);
  return stream.write(kClearScreenDown, cb);
}
function cursorTo(stream, x, y, cb) {
  validateCallback(cb);
  if (typeof y === 'function') { cb = y; y = undefined; }
  if (Number.isNaN(x)) throw new (E().ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (E().ERR_INVALID_ARG_VALUE)('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return noStream(cb);
  if (typeof x !== 'number') throw new (E().ERR_INVALID_CURSOR_POS)();
  return stream.write(typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`, cb);
}
function moveCursor(stream, dx, dy, cb) {
  validateCallback(cb);
  if (stream == null || !(dx || dy)) return noStream(cb);
  return stream.write(moveData(dx, dy), cb);
}

// readline/promises' Readline: cursor actions queued until commit() (or written at once with
// autoCommit).
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
      require('internal/validators').validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }
  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
  }
  cursorTo(x, y = undefined) {
    const { validateInteger } = require('internal/validators');
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#queue(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
    return this;
  }
  moveCursor(dx, dy) {
    if (dx || dy) {
      const { validateInteger } = require('internal/validators');
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(moveData(dx, dy));
    }
    return this;
  }
  clearLine(dir) {
    require('internal/validators').validateInteger(dir, 'dir', -1, 1);
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

function emitKeypressEvents() {}

const promises = {
  Interface,
  Readline,
  createInterface(...args) {
    const rl = createInterface(...args);
    rl.question = function question(query, options) {
      return new Promise((resolve, reject) => {
        let cb = resolve;
        const signal = options == null ? undefined : options.signal;
        if (signal) {
          require('internal/validators').validateAbortSignal(signal, 'options.signal');
          const { AbortError } = require('internal/errors');
          if (signal.aborted) return reject(new AbortError(undefined, { cause: signal.reason }));
          const onAbort = () => {
            rl._questionCancel();
            reject(new AbortError(undefined, { cause: signal.reason }));
          };
          signal.addEventListener('abort', onAbort, { once: true });
          cb = (answer) => {
            signal.removeEventListener('abort', onAbort);
            resolve(answer);
          };
        }
        rl._question(query, cb);
      });
    };
    return rl;
  },
};

module.exports = { Interface, createInterface, clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents, promises };
