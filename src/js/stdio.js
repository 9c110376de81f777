// process.stdout / stderr / stdin. Writes are synchronous (as node's are for files, pipes and
// terminals); stdin is read in the loop's poll phase while something listens for data.
'use strict';

const binding = internalBinding('native');
const EventEmitter = require('events');
const loop = require('internal/loop');

function toText(chunk) {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) {
    return new TextDecoder().decode(chunk);
  }
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

class WriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    if (binding.isTTY(fd)) {
      this.isTTY = true;
      const env = binding.env;
      this.columns = Number(env.COLUMNS) || 80;
      this.rows = Number(env.LINES) || 24;
    }
  }
  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (this.writableEnded) {
      const { codes } = require('internal/errors');
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      loop.nextTick(() => { if (cb) cb(err); this.emit('error', err); });
      return false;
    }
    if (chunk === null) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_STREAM_NULL_VALUES();
    }
    binding.write(this.fd, toText(chunk));
    if (typeof cb === 'function') loop.nextTick(cb, null);
    return true;
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    loop.nextTick(() => { this.writableFinished = true; this.emit('finish'); if (cb) cb(); });
    return this;
  }
  cork() { this.writableCorked++; }
  uncork() { if (this.writableCorked) this.writableCorked--; }
  setDefaultEncoding() { return this; }
  destroy() { this.destroyed = true; return this; }
  getColorDepth() { return this.isTTY ? 8 : 1; }
  hasColors(count) { return this.isTTY && (count === undefined || count <= 256); }
  getWindowSize() { return [this.columns || 80, this.rows || 24]; }
  cursorTo(x, y, cb) { this.write(y === undefined ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`); if (cb) cb(); return true; }
  moveCursor(dx, dy, cb) { let s = ''; if (dx < 0) s += `\x1b[${-dx}D`; else if (dx > 0) s += `\x1b[${dx}C`; if (dy < 0) s += `\x1b[${-dy}A`; else if (dy > 0) s += `\x1b[${dy}B`; this.write(s); if (cb) cb(); return true; }
  clearLine(dir, cb) { this.write(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K'); if (cb) cb(); return true; }
  clearScreenDown(cb) { this.write('\x1b[0J'); if (cb) cb(); return true; }
}

class ReadStream extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    if (binding.isTTY(0)) this.isTTY = true;
    this.isRaw = false;
    this.readable = true;
    this.readableEnded = false;
    this.destroyed = false;
    this._flowing = null;
    this._encoding = null;
    this._buffer = [];
    this._reading = false;
    this._poll = () => this._pollOnce();
    this.on('newListener', (ev) => {
      if (ev === 'data' && this._flowing !== false) this.resume();
      if (ev === 'readable' || ev === 'end') this._startReading();
    });
  }
  setEncoding(enc) { this._encoding = enc || 'utf8'; return this; }
  setRawMode(mode) { this.isRaw = !!mode; return this; }
  _startReading() {
    if (this._reading || this.readableEnded) return;
    this._reading = true;
    loop.refHandle();
    loop.pollHandlers.add(this._poll);
  }
  _stopReading() {
    if (!this._reading) return;
    this._reading = false;
    loop.unrefHandle();
    loop.pollHandlers.delete(this._poll);
  }
  _pollOnce() {
    const chunk = binding.readStdin(65536);
    if (chunk === null) {
      this._stopReading();
      this.readable = false;
      this.readableEnded = true;
      this.emit('end');
      loop.drainTicks();
      this.emit('close');
      return;
    }
    const data = this._encoding || typeof Buffer === 'undefined' ? chunk : Buffer.from(chunk);
    if (this._flowing) this.emit('data', data);
    else { this._buffer.push(data); this.emit('readable'); }
    loop.drainTicks();
  }
  read() {
    if (this._buffer.length === 0) return null;
    const parts = this._buffer; this._buffer = [];
    return typeof parts[0] === 'string' ? parts.join('') : Buffer.concat(parts);
  }
  resume() {
    this._flowing = true;
    while (this._buffer.length) this.emit('data', this._buffer.shift());
    this._startReading();
    return this;
  }
  pause() { this._flowing = false; this._stopReading(); return this; }
  isPaused() { return this._flowing === false; }
  unref() { if (this._reading) { loop.unrefHandle(); this._unrefed = true; } return this; }
  ref() { if (this._unrefed) { loop.refHandle(); this._unrefed = false; } return this; }
  destroy() { this._stopReading(); this.destroyed = true; return this; }
  pipe(dest) { this.on('data', (d) => dest.write(d)); this.on('end', () => { if (!dest._isStdio) dest.end(); }); return dest; }
  async *[Symbol.asyncIterator]() {
    const queue = [];
    let done = false;
    let wake = null;
    this.on('data', (d) => { queue.push(d); if (wake) { wake(); wake = null; } });
    this.on('end', () => { done = true; if (wake) { wake(); wake = null; } });
    for (;;) {
      if (queue.length) { yield queue.shift(); continue; }
      if (done) return;
      await new Promise((r) => { wake = r; });
    }
  }
}

let stdout, stderr, stdin;
module.exports = {
  WriteStream, ReadStream,
  getStdout() { return stdout || (stdout = new WriteStream(1)); },
  getStderr() { return stderr || (stderr = new WriteStream(2)); },
  getStdin() { return stdin || (stdin = new ReadStream()); },
};
