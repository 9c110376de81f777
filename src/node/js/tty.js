// node:tty -- isatty, the terminal stream classes and colour support (node's lib/tty.js and
// lib/internal/tty.js). The classes, and the non-terminal stdio streams process.stdout/stderr/
// stdin use, are made on first use so that requiring tty does not load `stream`.
'use strict';

const binding = internalBinding('native');
const loop = require('internal/loop');

const COLORS_2 = 1, COLORS_16 = 4, COLORS_256 = 8, COLORS_16m = 24;
const TERM_ENVS = {
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16,
  gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16,
  mlterm: COLORS_16, mosh: COLORS_16m, putty: COLORS_16, st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m, terminator: COLORS_16m,
};
const TERM_ENVS_REG_EXP = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
const CI_SIGNS = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

let warned = false;
function warnOnDeactivatedColors(env) {
  if (warned) return;
  let name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) {
    if (name !== '') name += "' and '";
    name += 'NO_COLOR';
  }
  if (name !== '') {
    process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    warned = true;
  }
}

// node 20's rules (lib/internal/tty.js), in order: FORCE_COLOR, NO_COLOR/NODE_DISABLE_COLORS/
// TERM=dumb, TMUX, CI, TeamCity, TERM_PROGRAM, COLORTERM, TERM.
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': warnOnDeactivatedColors(env); return COLORS_16;
      case '2': warnOnDeactivatedColors(env); return COLORS_256;
      case '3': warnOnDeactivatedColors(env); return COLORS_16m;
      default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (CI_SIGNS.some((sign) => sign in env) || env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm': case 'MacTerm': return COLORS_16m;
    case 'Apple_Terminal': return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const termEnv = env.TERM.toLowerCase();
    if (TERM_ENVS[termEnv]) return TERM_ENVS[termEnv];
    if (TERM_ENVS_REG_EXP.some((re) => re.test(termEnv))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    require('internal/validators').validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

// node's ERR_INVALID_FD (errors.js has no such code yet: built here as its codes are).
let InvalidFdError;
function validateFd(fd) {
  if (fd >> 0 === fd && fd >= 0) return;
  if (InvalidFdError === undefined) {
    InvalidFdError = class extends RangeError {
      constructor(value) {
        super(`"fd" must be a positive integer: ${value}`);
        Object.defineProperty(this, 'code', { value: 'ERR_INVALID_FD', enumerable: true, writable: true, configurable: true });
      }
      toString() { return `${this.name} [ERR_INVALID_FD]: ${this.message}`; }
    };
    Object.defineProperty(InvalidFdError.prototype, 'name', { value: 'RangeError', writable: true, configurable: true });
    Object.defineProperty(InvalidFdError.prototype, 'constructor', { value: RangeError, writable: true, configurable: true });
    require('internal/errors').defineCodeStack(InvalidFdError.prototype, 'ERR_INVALID_FD');
  }
  throw new InvalidFdError(fd);
}

// Marks an input that stays in line mode whatever setRawMode says (readline reads it by lines
// and does not echo, see readline.js).
const kLineModeOnly = Symbol('kLineModeOnly');

let classes;
function streamClasses() {
  if (classes !== undefined) return classes;
  const { Writable, Readable } = require('stream');
  const fsBinding = internalBinding('fs');
  let BufferCtor;
  const B = () => BufferCtor || (BufferCtor = require('buffer').Buffer);
  let scratch;

  function writeBytes(fd, bytes) {
    let off = 0;
    while (off < bytes.byteLength) {
      const n = fsBinding.write(fd, bytes, off, bytes.byteLength - off, null);
      if (!(n > 0)) break;
      off += n;
    }
  }
  // A write to a stdio descriptor the host found broken: the descriptor's own write fails with
  // its error (EPIPE), thrown as libuv's stream write reports it ('write EPIPE').
  function writeBroken(fd, bytes) {
    try {
      writeBytes(fd, bytes);
    } catch (err) {
      if (err === null || typeof err !== 'object' || typeof err.code !== 'string') throw err;
      const e = new Error(`write ${err.code}`);
      e.errno = err.errno;
      e.code = err.code;
      e.syscall = 'write';
      throw e;
    }
  }
  function writeChunk(fd, chunk, encoding) {
    if (typeof chunk === 'string') {
      // A closed pipe (binding.write false): the descriptor's own write reports node's EPIPE.
      if ((fd === 1 || fd === 2) && (encoding === 'utf8' || encoding === 'utf-8' || !encoding)) {
        if (binding.write(fd, chunk) === false) writeBroken(fd, B().from(chunk, encoding));
      } else writeBytes(fd, B().from(chunk, encoding));
    } else {
      writeBytes(fd, chunk);
    }
  }

  // fs.SyncWriteStream-like: every write is done before `write()` returns.
  function SyncWriteStream(fd, options) {
    if (!(this instanceof SyncWriteStream)) return new SyncWriteStream(fd, options);
    Writable.call(this, { decodeStrings: false, ...options });
    this.fd = fd;
    this.readable = false;
    this.autoClose = options && options.autoClose === false ? false : true;
  }
  Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(SyncWriteStream, Writable);
  SyncWriteStream.prototype._write = function (chunk, encoding, cb) {
    try {
      writeChunk(this.fd, chunk, encoding);
    } catch (err) {
      cb(err);
      return;
    }
    cb();
  };
  SyncWriteStream.prototype._writev = function (chunks, cb) {
    try {
      if (chunks.every((c) => typeof c.chunk === 'string' && (c.encoding === 'utf8' || c.encoding === 'utf-8'))) {
        writeChunk(this.fd, chunks.map((c) => c.chunk).join(''), 'utf8');
      } else {
        writeBytes(this.fd, B().concat(chunks.map((c) => (typeof c.chunk === 'string' ? B().from(c.chunk, c.encoding) : c.chunk))));
      }
    } catch (err) {
      cb(err);
      return;
    }
    cb();
  };
  SyncWriteStream.prototype._destroy = function (err, cb) {
    if (this.fd !== null && this.autoClose && this.fd > 2) fsBinding.close(this.fd);
    cb(err);
  };
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

  // tty.WriteStream: a terminal's size, colours and cursor control.
  function WriteStream(fd) {
    if (!(this instanceof WriteStream)) return new WriteStream(fd);
    validateFd(fd);
    SyncWriteStream.call(this, fd, { autoClose: false });
    const env = process.env;
    this.columns = Number(env.COLUMNS) || 80;
    this.rows = Number(env.LINES) || 24;
  }
  Object.setPrototypeOf(WriteStream.prototype, SyncWriteStream.prototype);
  Object.setPrototypeOf(WriteStream, SyncWriteStream);
  WriteStream.prototype.isTTY = true;
  // Named and of node's lengths (env defaults to process.env).
  WriteStream.prototype.getColorDepth = { getColorDepth(env = process.env) { return getColorDepth(env); } }.getColorDepth;
  WriteStream.prototype.hasColors = { hasColors(count, env) { return hasColors(count, env); } }.hasColors;
  WriteStream.prototype._refreshSize = function () {};
  // The cursor helpers are readline's (same validation and callbacks).
  WriteStream.prototype.cursorTo = function (x, y, cb) { return require('readline').cursorTo(this, x, y, cb); };
  WriteStream.prototype.moveCursor = function (dx, dy, cb) { return require('readline').moveCursor(this, dx, dy, cb); };
  WriteStream.prototype.clearLine = function (dir, cb) { return require('readline').clearLine(this, dir, cb); };
  WriteStream.prototype.clearScreenDown = function (cb) { return require('readline').clearScreenDown(this, cb); };
  WriteStream.prototype.getWindowSize = function () { return [this.columns, this.rows]; };

  // stdin: read in the loop's poll phase while the Readable asks for data (`_read`). Polling
  // refs the loop, so an unused or paused stdin does not keep the process alive.
  function StdinStream(fd, options) {
    if (!(this instanceof StdinStream)) return new StdinStream(fd, options);
    // Destroyed on 'end' rather than by autoDestroy, so that (as for node's stdin socket)
    // finished() and async iteration complete at 'end', before 'close'.
    Readable.call(this, { highWaterMark: 16384, autoDestroy: false, ...options });
    this.once('end', () => this.destroy());
    this.fd = fd;
    this._wantRead = false;
    this._polling = false;
    this._unrefed = false;
    this._watch = false;
    this._poll = () => this._pollOnce();
  }
  Object.setPrototypeOf(StdinStream.prototype, Readable.prototype);
  Object.setPrototypeOf(StdinStream, Readable);
  StdinStream.prototype._read = function () {
    this._wantRead = true;
    this._startPolling();
  };
  // A host whose stdin cannot block (the browser) answers a read with EAGAIN when nothing was
  // typed yet: from then on the stream waits in the loop's poll for fd 0 to become readable
  // (`_watch`), like any socket, instead of reading in every turn.
  StdinStream.prototype._startPolling = function () {
    if (this._polling) return;
    this._polling = true;
    if (!this._unrefed) loop.refHandle();
    if (this._watch) loop.watchFd(this.fd, 1, this._poll, false);
    else loop.pollHandlers.add(this._poll);
  };
  StdinStream.prototype._stopPolling = function () {
    if (!this._polling) return;
    this._polling = false;
    if (!this._unrefed) loop.unrefHandle();
    if (this._watch) loop.unwatchFd(this.fd);
    else loop.pollHandlers.delete(this._poll);
  };
  StdinStream.prototype._pollOnce = function () {
    if (!this._wantRead || this.destroyed) { this._stopPolling(); return; }
    this._wantRead = false;
    // A blocking read of the raw bytes (fs read on the descriptor, so binary input and UTF-8
    // split across chunks survive); 0 bytes is the end of input.
    if (scratch === undefined) scratch = B().allocUnsafe(65536);
    let n;
    try {
      n = fsBinding.read(this.fd, scratch, 0, scratch.length, -1);
    } catch (err) {
      if (err.code === 'EAGAIN') {
        this._wantRead = true;
        if (!this._watch) {
          this._stopPolling();
          this._watch = true;
          this._startPolling();
        }
        return;
      }
      this._stopPolling();
      this.destroy(err);
      loop.drainTicks();
      return;
    }
    if (n === 0) {
      this._stopPolling();
      // As node's piped stdin (a net.Socket): the end is emitted even while paused, once the
      // buffer is empty.
      this.push(null);
      this.read(0);
    } else {
      this.push(B().from(scratch.subarray(0, n)));
    }
    loop.drainTicks();
    if (!this._wantRead) this._stopPolling();
  };
  // Closing the handle completes in a later loop turn, as in node ('close' after async work).
  StdinStream.prototype._destroy = function (err, cb) {
    this._stopPolling();
    this._wantRead = false;
    loop.queueCompletion(() => cb(err));
  };
  StdinStream.prototype.unref = function () {
    if (!this._unrefed) { this._unrefed = true; if (this._polling) loop.unrefHandle(); }
    return this;
  };
  StdinStream.prototype.ref = function () {
    if (this._unrefed) { this._unrefed = false; if (this._polling) loop.refHandle(); }
    return this;
  };

  // tty.ReadStream
  function ReadStream(fd, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
    validateFd(fd);
    // node's tty.ReadStream reads only on demand (highWaterMark 0): after pause() (readline's
    // close) nothing reads ahead, so the process can exit.
    StdinStream.call(this, fd, { highWaterMark: 0, ...options });
    // (Own properties, as node's constructor sets them.)
    this.isRaw = false;
    this.isTTY = true;
  }
  Object.setPrototypeOf(ReadStream.prototype, StdinStream.prototype);
  Object.setPrototypeOf(ReadStream, StdinStream);
  // The host gives no raw mode (WASI has no termios; the playground's terminal stays in line
  // mode): the flag is recorded, the terminal keeps echoing and editing lines itself.
  ReadStream.prototype.setRawMode = function (flag) {
    this.isRaw = !!flag;
    return this;
  };
  ReadStream.prototype[kLineModeOnly] = true;

  classes = { SyncWriteStream, WriteStream, StdinStream, ReadStream };
  return classes;
}


module.exports = {
  isatty: (fd) => Number.isInteger(fd) && fd >= 0 && fd <= 2 && binding.isTTY(fd),
};
for (const name of ['ReadStream', 'WriteStream']) {
  Object.defineProperty(module.exports, name, { enumerable: true, configurable: true, get() { return streamClasses()[name]; } });
}
// For internal/stdio and console: not part of node's API.
Object.defineProperty(module.exports, 'internals', {
  value: { getColorDepth, hasColors, streamClasses, kLineModeOnly },
});
