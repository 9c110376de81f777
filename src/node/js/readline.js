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
    this.closed = false;
    this._buffer = '';
    this._questionCb = null;
    this._paused = false;
    this.history = [];
    this.crlfDelay = opts.crlfDelay || 100;
    this._onData = (chunk) => this._write(typeof chunk === 'string' ? chunk : chunk.toString());
    this._onEnd = () => {
      if (this._buffer.length > 0) { const l = this._buffer; this._buffer = ''; this._emitLine(l); }
      this.close();
    };
    if (this.input) {
      if (typeof this.input.setEncoding === 'function') this.input.setEncoding('utf8');
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
      this._emitLine(line);
      if (this.closed) return;
    }
  }
  _emitLine(line) {
    if (this._questionCb) {
      const cb = this._questionCb;
      this._questionCb = null;
      cb(line);
      return;
    }
    this.emit('line', line);
  }
  setPrompt(p) { this._prompt = p; }
  getPrompt() { return this._prompt; }
  prompt() {
    if (this.closed) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_USE_AFTER_CLOSE ? new codes.ERR_USE_AFTER_CLOSE('readline') : new Error('readline was closed');
    }
    if (this.output) this.output.write(this._prompt);
  }
  question(query, options, cb) {
    if (typeof options === 'function') { cb = options; options = {}; }
    if (this.closed) {
      const e = new Error('readline was closed');
      e.code = 'ERR_USE_AFTER_CLOSE';
      throw e;
    }
    if (this._questionCb) { this.prompt(); return; }
    this._questionCb = cb;
    if (this.output) this.output.write(query);
  }
  write(data) { if (this.output && this.terminal) this.output.write(data); if (data !== undefined && !this.terminal) this._write(String(data)); }
  pause() { if (!this._paused) { this._paused = true; if (this.input && this.input.pause) this.input.pause(); this.emit('pause'); } return this; }
  resume() { if (this._paused) { this._paused = false; if (this.input && this.input.resume) this.input.resume(); this.emit('resume'); } return this; }
  close() {
    if (this.closed) return;
    this.closed = true;
    if (this.input) {
      this.input.removeListener('data', this._onData);
      this.input.removeListener('end', this._onEnd);
      if (typeof this.input.pause === 'function') this.input.pause();
    }
    this.emit('close');
  }
  getCursorPos() { return { rows: 0, cols: this.line.length }; }
  [Symbol.asyncIterator]() {
    const { on } = require('events');
    const lines = [];
    let done = false;
    let wake = null;
    this.on('line', (l) => { lines.push(l); if (wake) { wake(); wake = null; } });
    this.on('close', () => { done = true; if (wake) { wake(); wake = null; } });
    const self = this;
    return {
      next() {
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

function clearLine(stream, dir, cb) { if (stream && stream.clearLine) return stream.clearLine(dir, cb); if (cb) cb(); return true; }
function clearScreenDown(stream, cb) { if (stream && stream.clearScreenDown) return stream.clearScreenDown(cb); if (cb) cb(); return true; }
function cursorTo(stream, x, y, cb) { if (typeof y === 'function') { cb = y; y = undefined; } if (stream && stream.cursorTo) return stream.cursorTo(x, y, cb); if (cb) cb(); return true; }
function moveCursor(stream, dx, dy, cb) { if (stream && stream.moveCursor) return stream.moveCursor(dx, dy, cb); if (cb) cb(); return true; }
function emitKeypressEvents() {}

const promises = {
  Interface,
  createInterface(...args) {
    const rl = createInterface(...args);
    const q = rl.question.bind(rl);
    rl.question = (query, options) => new Promise((resolve) => q(query, options || {}, resolve));
    return rl;
  },
};

module.exports = { Interface, createInterface, clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents, promises };
