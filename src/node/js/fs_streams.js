// internal/fs_streams: fs.ReadStream and fs.WriteStream, real `stream` Readable/Writable over
// descriptors (start/end/highWaterMark, fd or FileHandle, autoClose, emitClose, flush).
'use strict';

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const E = () => require('internal/errors').codes;
const { validateInteger, validateFunction, validateAbortSignal } = require('internal/validators');

function fsModule() { return require('fs'); }
// fs.read/fs.write as fs.js made them: a stream over them may call the binding directly.
const { read: fsRead, write: fsWrite, writev: fsWritev } = fsModule().internals.ioFns;
const native = internalBinding('fs');
const allocChunk = internalBinding('buffer').alloc;
const loop = require('internal/loop');

// node's getOptions + copyObject: a function counts as no options, a signal must be an AbortSignal.
function getStreamOptions(options) {
  if (options == null || typeof options === 'function') return {};
  if (typeof options === 'string') { fsModule().internals.assertEncoding(options); return { encoding: options }; }
  if (typeof options !== 'object') throw new (E().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  fsModule().internals.assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  // node's copyObject: inherited options count too.
  const copy = {};
  for (const key in options) copy[key] = options[key];
  return copy;
}

// Shared set-up, in node's property order: fd, then path/flags/mode when opening by path.
function setup(stream, path, options, defaultFlags) {
  stream[kFs] = options.fs || fsModule();
  const fd = options.fd;
  if (fd == null) {
    stream.fd = null;
    validateFunction(stream[kFs].open, 'options.fs.open');
    const valid = fsModule().internals.getValidatedPath(path);
    stream.path = path instanceof Uint8Array ? path : valid; // a Buffer stays one, as in node
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
  } else if (typeof fd === 'object' && fd !== null && typeof fd.fd === 'number' && typeof fd.close === 'function') {
    if (options.fs) throw new (E().ERR_METHOD_NOT_IMPLEMENTED)('FileHandle with fs');
    stream[kHandle] = fd;
    stream[kFs] = fileHandleOperations(fd);
    fd[handleRefs().kRef](); // released by the stream's close, as node's
    fd.on('close', stream.close.bind(stream));
    stream.fd = fsModule().internals.getValidatedFd(fd.fd, 'fd'); // a closed handle's -1 is refused
  } else if (typeof fd === 'number') {
    stream.fd = fsModule().internals.getValidatedFd(fd, 'fd');
  } else {
    throw new (E().ERR_INVALID_ARG_TYPE)('options.fd', ['number', 'FileHandle'], fd);
  }
  const autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  options.autoDestroy = autoDestroy;
  if (defaultFlags === 'r') {
    validateFunction(stream[kFs].read, 'options.fs.read');
  } else {
    const fsw = stream[kFs];
    if (!fsw.write && !fsw.writev) throw new (E().ERR_INVALID_ARG_TYPE)('options.fs.write', 'function', fsw.write);
    if (fsw.write) validateFunction(fsw.write, 'options.fs.write');
    if (fsw.writev) validateFunction(fsw.writev, 'options.fs.writev');
  }
  if (autoDestroy) validateFunction(stream[kFs].close, 'options.fs.close');
}

const handleRefs = () => require('fs/promises')[Symbol.for('rjs.fs.handleRefs')];
// node's FileHandleOperations: a stream over a FileHandle does its I/O through the handle.
function fileHandleOperations(handle) {
  return {
    open() { throw new (E().ERR_METHOD_NOT_IMPLEMENTED)('open()'); },
    close: (fd, cb) => { handle[handleRefs().kUnref](); handle.close().then(() => cb(), cb); },
    fsync: (fd, cb) => { handle.sync().then(() => cb(), cb); },
    read: (fd, buf, offset, length, pos, cb) => {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write: (fd, buf, offset, length, pos, cb) => {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev: (fd, buffers, pos, cb) => {
      handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
  };
}

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');

function openStream(stream, cb) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

// As node's: `flush` syncs the file just before it is closed; fd is null once close has been
// asked for (a patched close still sees it).
function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) return cb(err);
  if (stream.flush) stream[kFs].fsync(stream.fd, (flushErr) => closeAfterSync(stream, err || flushErr, cb));
  else closeAfterSync(stream, err, cb);
}
function closeAfterSync(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = getStreamOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setup(this, path, options, 'r');
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) { validateInteger(this.start, 'start', 0); this.pos = this.start; }
  if (options.end !== undefined && options.end !== Infinity) validateInteger(this.end, 'end', 0);
  if (this.start !== undefined && this.start > this.end) {
    const err = new (E().ERR_OUT_OF_RANGE)('start', `<= "end" (here: ${this.end})`, this.start);
    // an uncaught one's report starts at node's throw (or, as a rejection, its `new`)
    const at = (column) => `node:internal/fs/streams:218\n      throw new ERR_OUT_OF_RANGE(\n${' '.repeat(column)}^\n`;
    loop.markThrow(err, at(6), at(12));
    throw err;
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', { get() { return this.fd === null; }, configurable: true });
Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; }, set(v) { this._readableState.autoDestroy = v; }, configurable: true,
});

// node 20's open(): deprecated and a no-op, unless a subclass or a patch replaced it; that
// open() then opens the stream itself, its 'open' (or 'error') event ending the construction.
const { deprecate } = require('util');
const openReadFs = deprecate(function open() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWriteFs = deprecate(function open() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
function construct(cb) {
  if (typeof this.fd === 'number') return cb();
  if (this.open === openReadFs || this.open === openWriteFs) return openStream(this, cb);
  const emit = this.emit;
  this.emit = function (...args) {
    if (args[0] === 'open') {
      this.emit = emit;
      cb();
      return Reflect.apply(emit, this, args);
    }
    if (args[0] === 'error') {
      this.emit = emit;
      return cb(args[1]);
    }
    return Reflect.apply(emit, this, args);
  };
  this.open();
}

ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function (n) {
  const pos = this.pos;
  const left = (pos !== undefined ? this.end - pos : this.end - this.bytesRead) + 1;
  if (left < n) n = left;
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  const fs = this[kFs];
  if (fs.read === fsRead) {
    // node's fs.read, not patched: the binding directly (the arguments are known to be valid),
    // which reads into a new Buffer as long as the read; the result is delivered in the poll
    // phase as fs.read delivers it.
    let buf = null;
    let er = null;
    try { buf = native.readChunk(this.fd, n, pos === undefined ? -1 : pos); } catch (e) { er = e; }
    loop.queueCompletion(() => afterRead(this, er, buf === null ? 0 : buf.length, buf));
    return;
  }
  const buf = allocChunk(n); // Buffer.allocUnsafeSlow(n) without re-validating n
  fs.read(this.fd, buf, 0, n, pos, (er, bytesRead) => afterRead(this, er, bytesRead, buf));
};
function afterRead(stream, er, bytesRead, buf) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    stream.emit(kIoDone, er);
    return;
  }
  if (er) {
    // node's errorOrDestroy: without autoClose the stream reports the error and stays open.
    require('stream')[Symbol.for('rjs.stream.internals')].errorOrDestroy(stream, er);
  } else if (bytesRead > 0) {
    if (stream.pos !== undefined) stream.pos += bytesRead;
    stream.bytesRead += bytesRead;
    if (bytesRead !== buf.length) {
      // As node: a short read is copied so the chunk does not hold on to the larger buffer.
      const dst = Buffer.allocUnsafeSlow(bytesRead);
      buf.copy(dst, 0, 0, bytesRead);
      buf = dst;
    }
    stream.push(buf);
  } else {
    stream.push(null);
  }
}
const kIoDone = Symbol('kIoDone');

ReadStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = getStreamOptions(options);
  options.decodeStrings = true;
  setup(this, path, options, 'w');
  if (options.flush == null) this.flush = false;
  else { require('internal/validators').validateBoolean(options.flush, 'options.flush'); this.flush = options.flush; }
  if (this.flush) validateFunction(this[kFs].fsync, 'options.fs.fsync');
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) { validateInteger(this.start, 'start', 0); this.pos = this.start; }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  // As node's: an fs without writev writes each chunk with write.
  if (!this[kFs].writev) this._writev = null;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', { get() { return this.fd === null; }, configurable: true });
Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; }, set(v) { this._writableState.autoDestroy = v; }, configurable: true,
});

WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, data.length, this.pos, cb);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (chunks, cb) {
  const buffers = chunks.map((c) => c.chunk);
  const size = buffers.reduce((n, b) => n + b.length, 0);
  // node's own writev: one write of the joined chunks writes the same bytes.
  if (this[kFs].writev === fsWritev) return this._write(Buffer.concat(buffers, size), 'buffer', cb);
  this[kIsPerformingIO] = true;
  writevAll(this, buffers, size, this.pos, cb);
  if (this.pos !== undefined) this.pos += size;
};

function afterIo(stream, er, cb) {
  stream[kIsPerformingIO] = false;
  if (!stream.destroyed) return cb(er);
  cb(er);
  stream.emit(kIoDone, er); // tells _destroy the fd is free
}

// node's writeAll/writevAll: EAGAIN counts as nothing written, a short write goes on with the
// rest, more than 5 empty writes in a row fail, a stream destroyed meanwhile stops; the end
// (written or failed) goes to afterIo with the stream's write callback.
function afterPart(stream, er, bytes, size, retries, what) {
  if (er?.code === 'EAGAIN') { er = null; bytes = 0; }
  if (stream.destroyed || er) return er || new (E().ERR_STREAM_DESTROYED)(what);
  stream.bytesWritten += bytes;
  retries = bytes ? 0 : retries + 1;
  if (retries > 5) return fsModule().internals.systemError('ERR_SYSTEM_ERROR', 'A system error occurred', `${what} failed`);
  return size - bytes ? retries : null;
}
function writeAll(stream, data, size, pos, cb, retries = 0) {
  const fs = stream[kFs];
  if (fs.write !== fsWrite) {
    const next = (er, bytes, buffer) => afterWritePart(stream, er, bytes, buffer, size, pos, cb, retries);
    return fs.write(stream.fd, data, 0, size, pos, next);
  }
  // fs's own write: straight to the binding, completing in the poll phase as node's.
  let bytes = 0;
  let er = null;
  try { bytes = native.write(stream.fd, data, 0, size, Number.isSafeInteger(pos) ? pos : -1); } catch (e) { er = e; }
  loop.queueCompletion(() => afterWritePart(stream, er, bytes, data, size, pos, cb, retries));
}
function afterWritePart(stream, er, bytes, buffer, size, pos, cb, retries) {
  // (All of it written to a stream still open: afterPart and afterIo come to this.)
  if (er === null && bytes === size && !stream.destroyed) {
    stream.bytesWritten += bytes;
    stream[kIsPerformingIO] = false;
    return cb(null);
  }
  const r = afterPart(stream, er, bytes, size, retries, 'write');
  if (typeof r !== 'number') return afterIo(stream, r, cb);
  writeAll(stream, buffer.slice(bytes), size - bytes, pos + bytes, cb, r);
}
function writevAll(stream, chunks, size, pos, cb, retries = 0) {
  stream[kFs].writev(stream.fd, chunks, stream.pos, (er, bytes, buffers) => { // node passes this.pos
    const r = afterPart(stream, er, bytes, size, retries, 'writev');
    if (typeof r !== 'number') return afterIo(stream, r, cb);
    writevAll(stream, [Buffer.concat(buffers).slice(bytes)], size - bytes, pos + bytes, cb, r);
  });
}

WriteStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    validateFunction(cb, 'cb');
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
