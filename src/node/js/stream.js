// `stream`: node's stream classes (legacy Stream, Readable, Writable, Duplex, Transform,
// PassThrough), finished/pipeline/addAbortSignal/compose, Readable.from, async iteration and
// the readable operators. State machines follow node 20's so events come in node's order.
'use strict';

const EE = require('events');
const loop = require('internal/loop');
const { codes, AbortError, defineCodeStack } = require('internal/errors');
const {
  validateFunction, validateObject, validateAbortSignal, validateInteger, validateBoolean,
} = require('internal/validators');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_MISSING_ARGS,
  ERR_METHOD_NOT_IMPLEMENTED, ERR_STREAM_WRITE_AFTER_END, ERR_STREAM_NULL_VALUES,
  ERR_STREAM_PREMATURE_CLOSE, ERR_STREAM_DESTROYED, ERR_STREAM_PUSH_AFTER_EOF,
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT, ERR_STREAM_CANNOT_PIPE, ERR_MULTIPLE_CALLBACK,
  ERR_UNKNOWN_ENCODING, ERR_INVALID_RETURN_VALUE,
} = codes;

// Codes errors.js lacks are made here with the same shape as its classes.
function localError(code, Base, message, force) {
  if (codes[code] && !force) return codes[code];
  const C = class extends Base {
    constructor(...args) {
      super(typeof message === 'function' ? message(...args) : message);
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    }
    toString() { return `${this.name} [${code}]: ${this.message}`; }
  };
  Object.defineProperty(C.prototype, 'name', { value: Base.name, writable: true, configurable: true });
  Object.defineProperty(C, 'name', { value: `Node${Base.name}` });
  // As node's (and errors.js'): `err.constructor` is the base class.
  Object.defineProperty(C.prototype, 'constructor', { value: Base, writable: true, configurable: true });
  defineCodeStack(C.prototype, code);
  hideConstructorFrame(C.prototype);
  return C;
}
// The class above is no frame of node's trace: its stack drops the `at C (node:stream:...)` line,
// as errors.js drops its own constructor's.
function hideConstructorFrame(proto) {
  const { get, set } = Object.getOwnPropertyDescriptor(proto, 'stack');
  Object.defineProperty(proto, 'stack', {
    configurable: true,
    set,
    get() {
      const s = get.call(this);
      return s === undefined ? s : s.replace(/\n {4}at C \(node:stream:\d+:\d+\)/, '');
    },
  });
}
const ERR_STREAM_ALREADY_FINISHED = localError('ERR_STREAM_ALREADY_FINISHED', Error, (m) => `Cannot call ${m} after a stream was finished`);

let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) { try { BufferCtor = require('buffer').Buffer || null; } catch { BufferCtor = null; } }
  return BufferCtor;
}
function isBuffer(x) { const B = getBuffer(); return !!B && x instanceof B; }
// For `x instanceof (BufferCtor || bufferClass())` on hot paths (calls are slow in the engine).
class NoBuffer {}
function bufferClass() { return getBuffer() || NoBuffer; }
function isUint8Array(x) { return x instanceof Uint8Array; }
function isArrayBufferView(x) { return ArrayBuffer.isView(x); }
function uint8ArrayToBuffer(c) { return getBuffer().from(c.buffer, c.byteOffset, c.byteLength); }
function bufferFrom(s, enc) { return getBuffer().from(s, enc); }
function isEncoding(enc) { const B = getBuffer(); return !B || B.isEncoding(enc); }
function newStringDecoder(enc) { const { StringDecoder } = require('string_decoder'); return new StringDecoder(enc); }

const nop = () => {};
function once(fn) {
  let called = false;
  return function (...args) { if (called) return; called = true; return fn.apply(this, args); };
}
function addAbortListener(signal, fn) {
  signal.addEventListener('abort', fn, { once: true });
  return () => signal.removeEventListener('abort', fn);
}
function abortErrorFor(signal) { return new AbortError(undefined, { cause: signal && signal.reason }); }
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) { outer.errors.push(inner); return outer; }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
  else emitter._events[event] = [fn, emitter._events[event]];
}

// ---- classification helpers (node's internal/streams/utils) ----
const kIsDestroyed = Symbol('kIsDestroyed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsClosedPromise = Symbol('kIsClosedPromise');
const kControllerErrorFunction = Symbol('kControllerErrorFunction');

function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}
function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}
function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}
function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}
function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}
function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
}
function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' && typeof obj.writable === 'object');
}
function isWebStream(obj) { return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj); }
function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}
function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}
function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}
function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}
function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return (w && w.errored) || null;
}
function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return (r && r.errored) || null;
}
// http's OutgoingMessage/ServerResponse are legacy streams: node recognises them by their fields.
function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}
function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}
function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState, r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) return !!((w && w.closed) || (r && r.closed));
  if (isOutgoingMessage(stream)) return stream._closed;
  return null;
}
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) || !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}
function pick(...vals) { for (const v of vals) if (v !== undefined && v !== null) return v; return undefined; }
function isErrored(stream) {
  return !!(stream && pick(stream[kIsErrored], stream.readableErrored, stream.writableErrored,
    stream._readableState && stream._readableState.errorEmitted, stream._writableState && stream._writableState.errorEmitted,
    stream._readableState && stream._readableState.errored, stream._writableState && stream._writableState.errored));
}
function isDisturbed(stream) {
  return !!(stream && pick(stream[kIsDisturbed], stream.readableDidRead || stream.readableAborted));
}

// ---- destroy machinery (node's internal/streams/destroy) ----
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// The destroy machinery runs once per stream (every http request): like the hot paths, it tests and sets the states'
// bits (state[kState], shared bit positions for both states) rather than going through their accessors.
function setErrored(state, err) {
  if ((state[kState] & kErrored) === 0) { state[kErroredValue] = err; state[kState] |= kErrored; }
}
function checkError(err, w, r) {
  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w) setErrored(w, err);
    if (r) setErrored(r, err);
  }
}
function destroy(err, cb) {
  const r = this._readableState, w = this._writableState;
  const s = w || r;
  if ((w && (w[kState] & kDestroyed) !== 0) || (r && (r[kState] & kDestroyed) !== 0)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w[kState] |= kDestroyed;
  if (r) r[kState] |= kDestroyed;
  if ((s[kState] & kConstructed) === 0) this.once(kDestroy, function (er) { _destroy(this, aggregateTwoErrors(er, err), cb); });
  else _destroy(this, err, cb);
  return this;
}
function _destroy(self, err, cb) {
  let called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    const r = self._readableState, w = self._writableState;
    checkError(err, w, r);
    if (w) w[kState] |= kClosed;
    if (r) r[kState] |= kClosed;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try { self._destroy(err || null, onDestroy); } catch (e) { onDestroy(e); }
}
function emitErrorCloseNT(self, err) { emitErrorNT(self, err); emitCloseNT(self); }
function emitCloseNT(self) {
  const r = self._readableState, w = self._writableState;
  if (w) w[kState] |= kCloseEmitted;
  if (r) r[kState] |= kCloseEmitted;
  if ((w && (w[kState] & kEmitClose) !== 0) || (r && (r[kState] & kEmitClose) !== 0)) self.emit('close');
}
function emitErrorNT(self, err) {
  const r = self._readableState, w = self._writableState;
  if ((w && (w[kState] & kErrorEmitted) !== 0) || (r && (r[kState] & kErrorEmitted) !== 0)) return;
  if (w) w[kState] |= kErrorEmitted;
  if (r) r[kState] |= kErrorEmitted;
  self.emit('error', err);
}
function undestroy() {
  const r = this._readableState, w = this._writableState;
  if (r) {
    r.constructed = true; r.closed = false; r.closeEmitted = false; r.destroyed = false; r.errored = null;
    r.errorEmitted = false; r.reading = false; r.ended = r.readable === false; r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true; w.destroyed = false; w.closed = false; w.closeEmitted = false; w.errored = null;
    w.errorEmitted = false; w.finalCalled = false; w.prefinished = false; w.ended = w.writable === false;
    w.ending = w.writable === false; w.finished = w.writable === false;
  }
}
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState, w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) stream.destroy(err);
  else if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState, w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return; // Duplex: the second constructor call
  process.nextTick(constructNT, stream);
}
function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) { errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK()); return; }
    called = true;
    const r = stream._readableState, w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try { stream._construct((err) => { process.nextTick(onConstruct, err); }); } catch (err) { process.nextTick(onConstruct, err); }
}
// Destroys any stream-like thing (used by pipeline and the iterators).
function isRequest(stream) { return !!(stream && stream.setHeader && typeof stream.abort === 'function'); }
function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' &&
    (stream.req == null || stream.req.upgradeOrConnect === undefined);
}
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  // http messages as node: a server request forgets its socket, a client request (or its response) aborts.
  if (isServerRequest(stream)) { stream.socket = null; stream.destroy(err); }
  else if (isRequest(stream)) stream.abort();
  else if (isRequest(stream.req)) stream.req.abort();
  else if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick((s, e) => s.emit('error', e), stream, err);
  else process.nextTick((s) => s.emit('close'), stream);
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

// An error thrown where node's stream modules throw it: an uncaught one is reported with that internal source
// line (node:internal/streams/<file>:<line>), as node's report shows it.
function thrownAt(err, where, source) {
  const column = source.length - source.trimStart().length;
  require('internal/loop').markThrow(err, `node:internal/streams/${where}\n${source}\n${' '.repeat(column)}^\n`);
  return err;
}

// ---- high water marks ----
let defaultHwmBytes = 16 * 1024;
let defaultHwmObjects = 16;
function getDefaultHighWaterMark(objectMode) { return objectMode ? defaultHwmObjects : defaultHwmBytes; }
function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultHwmObjects = value; else defaultHwmBytes = value;
}
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = options.highWaterMark != null ? options.highWaterMark : (isDuplex ? options[duplexKey] : null);
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw thrownAt(new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm),
        'state:37', '      throw new ERR_INVALID_ARG_VALUE(name, hwm);');
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// ---- legacy Stream ----
function Stream(opts) { EE.call(this, opts); }
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);
// node's legacy Stream lists only events with listeners (its _events starts with placeholders).
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  if (events) {
    for (const key of Reflect.ownKeys(events)) {
      const v = events[key];
      if (typeof v === 'function' || (Array.isArray(v) && v.length > 0)) names.push(key);
    }
  }
  return names;
};
Stream.prototype.pipe = function (dest, options) {
  const source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);
  function ondrain() { if (source.readable && source.resume) source.resume(); }
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  let didOnEnd = false;
  function onend() { if (didOnEnd) return; didOnEnd = true; dest.end(); }
  function onclose() { if (didOnEnd) return; didOnEnd = true; if (typeof dest.destroy === 'function') dest.destroy(); }
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// ---- Readable ----
// As node 20: the boolean parts of a stream state live in one bit field (state[kState]) behind accessors on the
// state's prototype, so a state's own keys and util.inspect output match node's.
const kState = Symbol('kState');
const kObjectMode = 1 << 0;
const kErrorEmitted = 1 << 1;
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kDestroyed = 1 << 4;
const kClosed = 1 << 5;
const kCloseEmitted = 1 << 6;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;
// Readable-only bits.
const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26;
const kDataListening = 1 << 27;
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

function bitDescriptor(bit) {
  return {
    enumerable: false, configurable: true,
    get() { return (this[kState] & bit) !== 0; },
    set(value) { if (value) this[kState] |= bit; else this[kState] &= ~bit; },
  };
}
// A value held in a symbol slot, present only while its bit is set.
function valueDescriptor(bit, slot, absent) {
  return {
    enumerable: false, configurable: true,
    get() { return (this[kState] & bit) !== 0 ? this[slot] : absent; },
    set(value) {
      if (value) { this[slot] = value; this[kState] |= bit; } else this[kState] &= ~bit;
    },
  };
}
function defaultEncodingDescriptor(utf8Bit) {
  return {
    enumerable: false, configurable: true,
    get() { return (this[kState] & utf8Bit) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') this[kState] |= utf8Bit;
      else { this[kState] &= ~utf8Bit; this[kDefaultEncodingValue] = value; }
    },
  };
}
// A tri-state (null/true/false) kept in a "has" bit and a value bit.
function triStateDescriptor(hasBit, bit, absent) {
  return {
    enumerable: false, configurable: true,
    get() { return (this[kState] & hasBit) !== 0 ? (this[kState] & bit) !== 0 : absent; },
    set(value) {
      if (value == null) this[kState] &= ~(hasBit | bit);
      else if (value) this[kState] |= hasBit | bit;
      else { this[kState] |= hasBit; this[kState] &= ~bit; }
    },
  };
}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.readableObjectMode) this[kState] |= kObjectMode;
  this.highWaterMark = options ? getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) : getDefaultHighWaterMark(false);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  const defaultEncoding = options ? options.defaultEncoding : undefined;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') this[kState] |= kDefaultUTF8Encoding;
  else if (isEncoding(defaultEncoding)) this.defaultEncoding = defaultEncoding;
  else throw thrownAt(new ERR_UNKNOWN_ENCODING(defaultEncoding), 'readable:301', '    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);');
  this.awaitDrainWriters = null;
  if (options && options.encoding) {
    this.decoder = newStringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}
Object.defineProperties(ReadableState.prototype, {
  objectMode: bitDescriptor(kObjectMode),
  ended: bitDescriptor(kEnded),
  endEmitted: bitDescriptor(kEndEmitted),
  reading: bitDescriptor(kReading),
  constructed: bitDescriptor(kConstructed),
  sync: bitDescriptor(kSync),
  needReadable: bitDescriptor(kNeedReadable),
  emittedReadable: bitDescriptor(kEmittedReadable),
  readableListening: bitDescriptor(kReadableListening),
  resumeScheduled: bitDescriptor(kResumeScheduled),
  errorEmitted: bitDescriptor(kErrorEmitted),
  emitClose: bitDescriptor(kEmitClose),
  autoDestroy: bitDescriptor(kAutoDestroy),
  destroyed: bitDescriptor(kDestroyed),
  closed: bitDescriptor(kClosed),
  closeEmitted: bitDescriptor(kCloseEmitted),
  multiAwaitDrain: bitDescriptor(kMultiAwaitDrain),
  readingMore: bitDescriptor(kReadingMore),
  dataEmitted: bitDescriptor(kDataEmitted),
  errored: valueDescriptor(kErrored, kErroredValue, null),
  defaultEncoding: defaultEncodingDescriptor(kDefaultUTF8Encoding),
  decoder: valueDescriptor(kDecoder, kDecoderValue, null),
  encoding: valueDescriptor(kEncoding, kEncodingValue, null),
  flowing: triStateDescriptor(kHasFlowing, kFlowing, null),
  pipesCount: { configurable: true, get() { return this.pipes.length; } },
  paused: {
    configurable: true,
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) { this[kState] |= kHasPaused; if (value) this[kState] |= kPaused; else this[kState] &= ~kPaused; },
  },
});

// The common events as placeholders (node 20's emitter "shape mode"), in node's key order. Built
// by assignments: the engine adds properties that way ~2x faster than it defines a literal's.
function readableEvents() {
  const e = {};
  e.close = undefined; e.error = undefined; e.data = undefined; e.end = undefined; e.readable = undefined;
  return e;
}
function writableEvents() {
  const e = {};
  e.close = undefined; e.error = undefined; e.prefinish = undefined; e.finish = undefined; e.drain = undefined;
  return e;
}
function duplexEvents() {
  const e = writableEvents();
  e.data = undefined; e.end = undefined; e.readable = undefined;
  return e;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  initReadable(this, options, this instanceof Duplex);
}
// Readable's construction of `stream`, known to be a Readable (for http's IncomingMessage, which
// knows it is not a Duplex either: two instanceof tests fewer per request).
function initReadable(stream, options, isDuplex) {
  // As node 20: the common events start as placeholders (the emitter's "shape mode").
  if (stream._events === undefined) {
    stream._events = readableEvents();
  }
  stream._readableState = new ReadableState(options, stream, isDuplex);
  if (options) {
    if (typeof options.read === 'function') stream._read = options.read;
    if (typeof options.destroy === 'function') stream._destroy = options.destroy;
    if (typeof options.construct === 'function') stream._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, stream);
  }
  EE.init.call(stream, options); // what Stream(options) does, two calls fewer
  if (typeof stream._construct === 'function') construct(stream, () => {
    if (stream._readableState.needReadable) maybeReadMore(stream, stream._readableState);
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function (err, cb) { cb(err); };
Readable.prototype[EE.captureRejectionSymbol] = function (err) { this.destroy(err); };
if (typeof Symbol.asyncDispose === 'symbol') {
  Readable.prototype[Symbol.asyncDispose] = function () {
    let error;
    if (!this.destroyed) { error = this.readableEnded ? null : new AbortError(); this.destroy(error); }
    return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
  };
}

Readable.prototype.push = function (chunk, encoding) { return readableAddChunk(this, chunk, encoding, false); };
Readable.prototype.unshift = function (chunk, encoding) { return readableAddChunk(this, chunk, encoding, true); };

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let st = state[kState]; // valid until a call that can run stream code
  const objectMode = (st & kObjectMode) !== 0;
  if (!objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) chunk = bufferFrom(chunk, encoding).toString(state.encoding);
        else { chunk = bufferFrom(chunk, encoding); encoding = ''; }
      }
    } else if (chunk instanceof (BufferCtor || bufferClass())) {
      encoding = '';
    } else if (isArrayBufferView(chunk)) {
      chunk = uint8ArrayToBuffer(chunk);
      encoding = '';
    } else if (chunk != null) {
      errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
  } else if (objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if ((state[kState] & kEndEmitted) !== 0) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;
      else addChunk(stream, state, chunk, true);
    } else if ((st & kEnded) !== 0) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if ((st & (kDestroyed | kErrored)) !== 0) {
      return false;
    } else {
      st &= ~kReading;
      state[kState] = st;
      if ((st & kDecoder) !== 0 && !encoding) {
        chunk = state[kDecoderValue].write(chunk);
        if (objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
  }
  return (state[kState] & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
}

function clearAwaitDrain(state) {
  if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

function addChunk(stream, state, chunk, addToFront) {
  const st = state[kState];
  if ((st & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) && state.length === 0) {
    if ((st & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear(); // clearAwaitDrain, inlined
    else state.awaitDrainWriters = null;
    state[kState] = st | kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (!addToFront) state.buffer.push(chunk);
    else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
    else state.buffer.unshift(chunk);
    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function () {
  const state = this._readableState;
  return (state[kState] & kPaused) !== 0 || (state[kState] & (kHasFlowing | kFlowing)) === kHasFlowing;
};

Readable.prototype.setEncoding = function (enc) {
  const state = this._readableState;
  const decoder = newStringDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (const data of state.buffer.slice(state.bufferIndex)) content += decoder.write(data);
  state.buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1; n |= n >>> 2; n |= n >>> 4; n |= n >>> 8; n |= n >>> 16;
  return n + 1;
}

function howMuchToRead(n, state, st) {
  if (n <= 0 || (state.length === 0 && (st & kEnded) !== 0)) return 0;
  if ((st & kObjectMode) !== 0) return 1;
  if (Number.isNaN(n)) {
    if ((st & kFlowing) !== 0 && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (st & kEnded) !== 0 ? state.length : 0;
}

// The hot paths below test state[kState] bits directly, read into a local once where no callback can run in between
// (computed symbol keys are slow in the engine; the accessors are for everyone else).
Readable.prototype.read = function (n) {
  if (n === undefined) n = NaN;
  else if (n !== 0 && !Number.isInteger(n)) n = Number.parseInt(n, 10); // read(0) is the flowing hot path
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  let st = state[kState];
  if (n !== 0) st &= ~kEmittedReadable;
  if (n === 0 && (st & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || (st & kEnded) !== 0)) {
    state[kState] = st;
    if (state.length === 0 && (st & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }
  if (n !== 0) n = howMuchToRead(n, state, st);
  if (n === 0 && (st & kEnded) !== 0) {
    state[kState] = st;
    if (state.length === 0) endReadable(this);
    return null;
  }
  let doRead = (st & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if ((st & (kReading | kEnded | kDestroyed | kErrored | kConstructed)) !== kConstructed) {
    doRead = false;
  } else if (doRead) {
    st |= kReading | kSync;
    if (state.length === 0) st |= kNeedReadable;
    state[kState] = st;
    try { this._read(state.highWaterMark); } catch (err) { errorOrDestroy(this, err); }
    st = state[kState] & ~kSync;
    if ((st & kReading) === 0) n = howMuchToRead(nOrig, state, st);
  }
  const ret = n > 0 ? fromList(n, state, st) : null;
  if (ret === null) {
    if (state.length <= state.highWaterMark) st |= kNeedReadable;
    else st &= ~kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    if ((st & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }
  if (state.length === 0 && (st & kEnded) === 0) st |= kNeedReadable;
  const emitData = ret !== null && (st & (kErrorEmitted | kCloseEmitted)) === 0;
  state[kState] = emitData ? st | kDataEmitted : st;
  if (state.length === 0 && nOrig !== n && (st & kEnded) !== 0) endReadable(this);
  if (emitData) this.emit('data', ret);
  return ret;
};

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if ((state[kState] & kDecoder) !== 0) {
    const chunk = state[kDecoderValue].end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    emitReadable(stream);
  } else {
    state[kState] &= ~kNeedReadable;
    state[kState] |= kEmittedReadable;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadable_, stream);
  }
}
function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 && (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }
  // As node 20: the bit is only ever set here (a needReadable set by a read() in the handler survives the end).
  if ((state[kState] & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(maybeReadMore_, stream, state);
  }
}
function maybeReadMore_(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark || ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state[kState] &= ~kReadingMore;
}

Readable.prototype._read = function (n) { throw new ERR_METHOD_NOT_IMPLEMENTED('_read()'); };

Readable.prototype.pipe = function (dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);
  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() { dest.end(); }
  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }
  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);
  function onclose() { dest.removeListener('finish', onfinish); unpipe(); }
  dest.once('close', onclose);
  function onfinish() { dest.removeListener('close', onclose); unpipe(); }
  dest.once('finish', onfinish);
  function unpipe() { src.unpipe(dest); }
  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function () {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.delete(dest);
    // As node 20: the data-listening bit, which removeAllListeners('data') leaves set.
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && (state[kState] & kDataListening) !== 0) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function (dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (const d of dests) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function (ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state[kState] |= kDataListening;
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;
Readable.prototype.removeListener = function (ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  else if (ev === 'data' && this.listenerCount('data') === 0) this._readableState[kState] &= ~kDataListening;
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;
Readable.prototype.removeAllListeners = function (ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};
function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if ((state[kState] & (kHasPaused | kPaused | kResumeScheduled)) === (kHasPaused | kResumeScheduled)) state.flowing = true;
  else if ((state[kState] & kDataListening) !== 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}
function nReadingNextTick(self) { self.read(0); }

// resume/pause run per chunk under a pipe's backpressure: bits, not the state's accessors.
Readable.prototype.resume = function () {
  const state = this._readableState;
  let st = state[kState];
  if ((st & kFlowing) === 0) {
    st |= kHasFlowing;
    if ((st & kReadableListening) === 0) st |= kFlowing;
    if ((st & kResumeScheduled) === 0) {
      st |= kResumeScheduled;
      process.nextTick(resume_, this, state);
    }
  }
  state[kState] = (st | kHasPaused) & ~kPaused;
  return this;
};
function resume_(stream, state) {
  const endOnly = (state[kState] & (kReading | kEnded | kEndEmitted)) === kEnded && state.length === 0;
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  if (!stream.emit('resume') && endOnly) return resumeEnded(state);
  flow(stream);
  if ((state[kState] & (kFlowing | kReading)) === kFlowing) stream.read(0);
}
// An ended, empty stream resumed (every http request without a body, via _dump): read(0) above queued an
// endReadableNT, and with no 'resume' listener nothing ran since, so flow()'s read() and the last read(0) would
// each queue one more right behind it, no-ops once the first has run. Only their side effect remains.
function resumeEnded(state) {
  if ((state[kState] & kFlowing) === 0) return;
  state[kState] &= ~kEmittedReadable;
  // The skipped ticks still take their async ids (later timers' ids stay node's).
  if (endTickPending(state)) skipEndTicks(2);
  else { process.nextTick(noop); process.nextTick(noop); }
}
function noop() {}
Readable.prototype.pause = function () {
  const state = this._readableState;
  if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) {
    state[kState] = (state[kState] | kHasFlowing) & ~kFlowing;
    this.emit('pause');
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};
function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

Readable.prototype.wrap = function (stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) { paused = true; stream.pause(); }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) { paused = false; stream.resume(); }
  };
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const k = keys[j];
    if (this[k] === undefined && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function () { return streamToAsyncIterator(this); };
Readable.prototype.iterator = function (options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};
function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}
async function* createAsyncIterator(stream, options) {
  let callback = nop;
  function next(resolve) {
    if (this === stream) { callback(); callback = nop; } else callback = resolve;
  }
  stream.on('readable', next);
  let error;
  let thrown = false;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    // Rethrown after the finally block: Boa loses an exception rethrown from this catch when
    // the finally calls into an async function (Readable.from's _destroy).
    thrown = true;
  } finally {
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
  if (thrown) throw error;
}

function defineGetters(proto, getters) {
  for (const name of Object.keys(getters)) {
    const g = getters[name];
    // node writes these as `get() {}` members, so each getter's own name is 'get'.
    if (typeof g === 'function') Object.defineProperty(g, 'name', { value: 'get' });
    const desc = typeof g === 'function' ? { get: g } : g;
    Object.defineProperty(proto, name, { enumerable: false, configurable: false, ...desc });
  }
}
defineGetters(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      if (!r || r.readable === false) return false;
      const st = r[kState]; // (bits, not the state's accessors: sockets ask this per read)
      if (st === undefined) return !r.destroyed && !r.errorEmitted && !r.endEmitted;
      return (st & (kDestroyed | kErrorEmitted | kEndEmitted)) === 0;
    },
    set(v) { if (this._readableState) this._readableState.readable = !!v; },
  },
  readableDidRead() { return this._readableState.dataEmitted; },
  readableAborted() {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  },
  readableHighWaterMark() { return this._readableState.highWaterMark; },
  readableBuffer() { return this._readableState && this._readableState.buffer; },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(v) { if (this._readableState) this._readableState.flowing = v; },
  },
  readableLength() { return this._readableState.length; },
  readableObjectMode() { return this._readableState ? this._readableState.objectMode : false; },
  readableEncoding() { return this._readableState ? this._readableState.encoding : null; },
  errored() { return this._readableState ? this._readableState.errored : null; },
  closed() { return this._readableState ? this._readableState.closed : false; },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(v) { if (this._readableState) this._readableState.destroyed = v; },
  },
  readableEnded() {
    const r = this._readableState;
    if (!r) return false;
    const st = r[kState];
    return st !== undefined ? (st & kEndEmitted) !== 0 : r.endEmitted;
  },
});

function fromList(n, state, st = state[kState]) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  const len = buf.length;
  let idx = state.bufferIndex;
  let ret;
  if ((st & kObjectMode) !== 0) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    if ((st & kDecoder) !== 0) {
      ret = '';
      while (idx < len) { ret += buf[idx]; buf[idx++] = null; }
    } else if (len - idx === 0) ret = getBuffer().alloc(0);
    else if (len - idx === 1) { ret = buf[idx]; buf[idx++] = null; }
    else {
      ret = getBuffer().allocUnsafe(state.length);
      let i = 0;
      while (idx < len) { ret.set(buf[idx], i); i += buf[idx].length; buf[idx++] = null; }
    }
  } else if (n < buf[idx].length) {
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if ((st & kDecoder) !== 0) {
    ret = '';
    while (idx < len) {
      const str = buf[idx];
      if (n > str.length) { ret += str; n -= str.length; buf[idx++] = null; } else {
        // (sic) node 20.20 compares with the buffer list's length: a string that ends the read
        // exactly stays buffered as '' unless that happens to match.
        if (n === buf.length) { ret += str; buf[idx++] = null; } else { ret += str.slice(0, n); buf[idx] = str.slice(n); }
        break;
      }
    }
  } else {
    ret = getBuffer().allocUnsafe(n);
    const retLen = n;
    while (idx < len) {
      const data = buf[idx];
      if (n > data.length) { ret.set(data, retLen - n); n -= data.length; buf[idx++] = null; } else {
        if (n === data.length) { ret.set(data, retLen - n); buf[idx++] = null; } else {
          ret.set(data.subarray(0, n), retLen - n);
          buf[idx] = data.slice(n);
        }
        break;
      }
    }
  }
  if (idx === len) { buf.length = 0; state.bufferIndex = 0; }
  else if (idx > 1024) { buf.splice(0, idx); state.bufferIndex = 0; }
  else state.bufferIndex = idx;
  return ret;
}
Readable._fromList = fromList;

// An endReadableNT queued right behind a pending one for the same stream is a no-op once that one
// has run (nothing runs between two adjacent ticks), and a body-less http request queues one such
// (the read(0) of resume_, after the read() of emitReadable_'s flow): endReadable skips it, taking
// its async id (later timers keep node's ids). The pending tick: its state and the async id taken
// last when it was queued (or when ticks behind it were skipped). Only with node's own nextTick (a
// replacement might not queue in order).
let endTickState = null;
let endTickId = -1;
function endTickPending(state) {
  return state === endTickState && loop.asyncIdNow() === endTickId && process.nextTick === loop.nextTick;
}
function skipEndTicks(n) {
  loop.takeAsyncIds(n);
  endTickId += n;
}
function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEndEmitted) === 0) {
    state[kState] |= kEnded;
    if (endTickPending(state)) return skipEndTicks(1);
    process.nextTick(endReadableNT, state, stream);
    endTickState = state;
    endTickId = loop.asyncIdNow();
  }
}
function endReadableNT(state, stream) {
  if (state === endTickState) endTickState = null;
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) === 0 && state.length === 0) {
    state[kState] |= kEndEmitted;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if ((state[kState] & kAutoDestroy) !== 0) {
      const w = stream._writableState;
      const autoDestroy = !w || (w.autoDestroy && (w.finished || w.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}
function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function (iterable, opts) { return from(Readable, iterable, opts); };

function from(Ctor, iterable, opts) {
  if (typeof iterable === 'string' || isBuffer(iterable)) {
    return new Ctor({ objectMode: true, ...opts, read() { this.push(iterable); this.push(null); } });
  }
  let isAsync, iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') { isAsync = true; iterator = iterable[Symbol.asyncIterator](); }
  else if (iterable && typeof iterable[Symbol.iterator] === 'function') { isAsync = false; iterator = iterable[Symbol.iterator](); }
  else {
    throw thrownAt(new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable), 'from:36',
      "    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);");
  }
  const readable = new Ctor({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  let isAsyncValues = false;
  readable._read = function () {
    if (!reading) { reading = true; if (isAsync) nextAsync(); else if (isAsyncValues) nextSyncWithAsyncValues(); else nextSync(); }
  };
  readable._destroy = function (error, cb) {
    close(error).then(() => process.nextTick(cb, error), (e) => process.nextTick(cb, e || error));
  };
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }
  function nextSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) { readable.push(null); return; }
        if (value && typeof value.then === 'function') { isAsyncValues = true; nextSyncWithAsyncValues(value); return; }
        if (value === null) { reading = false; throw new ERR_STREAM_NULL_VALUES(); }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) { readable.destroy(err); }
      break;
    }
  }
  async function nextSyncWithAsyncValues(pending) {
    for (;;) {
      try {
        let value;
        if (pending !== undefined) { value = pending; pending = undefined; } else {
          const r = iterator.next();
          if (r.done) { readable.push(null); return; }
          value = r.value;
        }
        const res = value && typeof value.then === 'function' ? await value : value;
        if (res === null) { reading = false; throw new ERR_STREAM_NULL_VALUES(); }
        if (readable.push(res)) continue;
        reading = false;
      } catch (err) { readable.destroy(err); }
      break;
    }
  }
  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) { if (readable.push(null) === null) return; return; }
        if (value === null) { reading = false; throw new ERR_STREAM_NULL_VALUES(); }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) { readable.destroy(err); }
      break;
    }
  }
  return readable;
}

// ---- Writable ----
// Writable-only bits of state[kState] (the shared ones are declared with the readable state).
const kWSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kOnFinished = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kWDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29;
const kWEnded = 1 << 30;
const kOnFinishedValue = Symbol('kOnFinishedValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this[kState] = kWSync | kConstructed | kEmitClose | kAutoDestroy;
  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.writableObjectMode) this[kState] |= kObjectMode;
  this.highWaterMark = options ? getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) : getDefaultHighWaterMark(false);
  if (!options || options.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  // As node 20: a writable's defaultEncoding must be one Buffer knows.
  const defaultEncoding = options ? options.defaultEncoding : undefined;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') this[kState] |= kWDefaultUTF8Encoding;
  else if (isEncoding(defaultEncoding)) { this[kState] &= ~kWDefaultUTF8Encoding; this[kDefaultEncodingValue] = defaultEncoding; }
  else throw thrownAt(new ERR_UNKNOWN_ENCODING(defaultEncoding), 'writable:340', '    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);');
  this.length = 0;
  this.corked = 0;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writelen = 0;
  resetBuffer(this);
  this.pendingcb = 0;
}
Object.defineProperties(WritableState.prototype, {
  objectMode: bitDescriptor(kObjectMode),
  finalCalled: bitDescriptor(kFinalCalled),
  needDrain: bitDescriptor(kNeedDrain),
  ending: bitDescriptor(kEnding),
  ended: bitDescriptor(kWEnded),
  finished: bitDescriptor(kFinished),
  destroyed: bitDescriptor(kDestroyed),
  decodeStrings: bitDescriptor(kDecodeStrings),
  writing: bitDescriptor(kWriting),
  sync: bitDescriptor(kWSync),
  bufferProcessing: bitDescriptor(kBufferProcessing),
  constructed: bitDescriptor(kConstructed),
  prefinished: bitDescriptor(kPrefinished),
  errorEmitted: bitDescriptor(kErrorEmitted),
  emitClose: bitDescriptor(kEmitClose),
  autoDestroy: bitDescriptor(kAutoDestroy),
  closed: bitDescriptor(kClosed),
  closeEmitted: bitDescriptor(kCloseEmitted),
  allBuffers: bitDescriptor(kAllBuffers),
  allNoop: bitDescriptor(kAllNoop),
  errored: valueDescriptor(kErrored, kErroredValue, null),
  writable: triStateDescriptor(kHasWritable, kWritable, undefined),
  defaultEncoding: defaultEncodingDescriptor(kWDefaultUTF8Encoding),
  // These slots are always written (node assigns the value even when clearing the bit).
  writecb: slotDescriptor(kWriteCb, kWriteCbValue, nop),
  afterWriteTickInfo: slotDescriptor(kAfterWriteTickInfo, kAfterWriteTickInfoValue, null),
  buffered: {
    enumerable: false, configurable: true,
    get() { return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue] : []; },
    set(value) { this[kBufferedValue] = value; if (value) this[kState] |= kBuffered; else this[kState] &= ~kBuffered; },
  },
  bufferedRequestCount: {
    configurable: true,
    get() { return (this[kState] & kBuffered) === 0 ? 0 : this[kBufferedValue].length - this.bufferedIndex; },
  },
});
function slotDescriptor(bit, slot, absent) {
  return {
    enumerable: false, configurable: true,
    get() { return (this[kState] & bit) !== 0 ? this[slot] : absent; },
    set(value) { this[slot] = value; if (value) this[kState] |= bit; else this[kState] &= ~bit; },
  };
}
function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
  state[kState] &= ~kBuffered;
}
WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) === 0 ? [] : this.buffered.slice(this.bufferedIndex);
};
function callFinishedCallbacks(state, err) {
  if ((state[kState] & kOnFinished) === 0) return;
  const callbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= ~kOnFinished;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

function Writable(options) {
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
  if (this._events === undefined) {
    this._events = writableEvents();
  }
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  EE.init.call(this, options); // what Stream(options) does, two calls fewer
  if (typeof this._construct === 'function') construct(this, () => {
    const state = this._writableState;
    if (!state.writing) clearBuffer(this, state);
    finishMaybe(this, state);
  });
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;
Object.defineProperty(Writable, Symbol.hasInstance, {
  value(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function () { errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE()); };

function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw thrownAt(new ERR_STREAM_NULL_VALUES(), 'writable:461', '    throw new ERR_STREAM_NULL_VALUES();');
  const st = state[kState]; // computed symbol keys are slow in the engine: read the bits once
  if ((st & kObjectMode) === 0) {
    if (!encoding) encoding = (st & kWDefaultUTF8Encoding) !== 0 ? 'utf8' : state.defaultEncoding;
    else if (encoding !== 'buffer' && !isEncoding(encoding)) {
      throw thrownAt(new ERR_UNKNOWN_ENCODING(encoding), 'writable:468', '      throw new ERR_UNKNOWN_ENCODING(encoding);');
    }
    if (typeof chunk === 'string') {
      if ((st & kDecodeStrings) !== 0) { chunk = bufferFrom(chunk, encoding); encoding = 'buffer'; }
    } else if (chunk instanceof (BufferCtor || bufferClass())) encoding = 'buffer';
    else if (isArrayBufferView(chunk)) { chunk = uint8ArrayToBuffer(chunk); encoding = 'buffer'; }
    else {
      throw thrownAt(new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk),
        'writable:482', '      throw new ERR_INVALID_ARG_TYPE(');
    }
  }
  let err;
  if ((st & kEnding) !== 0) err = new ERR_STREAM_WRITE_AFTER_END();
  else if ((st & kDestroyed) !== 0) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}
Writable.prototype.write = function (chunk, encoding, cb) { return _write(this, chunk, encoding, cb) === true; };
Writable.prototype.cork = function () {
  const state = this._writableState;
  state[kState] |= kCorked;
  state.corked++;
};
Writable.prototype.uncork = function () {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state[kState] &= ~kCorked;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};
Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw thrownAt(new ERR_UNKNOWN_ENCODING(encoding), 'writable:540', '    throw new ERR_UNKNOWN_ENCODING(encoding);');
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  let st = state[kState];
  const len = (st & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;
  if ((st & (kWriting | kErrored | kCorked | kConstructed)) !== kConstructed) {
    if ((st & kBuffered) === 0) {
      st |= kBuffered;
      state[kBufferedValue] = [];
    }
    state[kBufferedValue].push({ chunk, encoding, callback });
    if ((st & kAllBuffers) !== 0 && encoding !== 'buffer') st &= ~kAllBuffers;
    if ((st & kAllNoop) !== 0 && callback !== nop) st &= ~kAllNoop;
    state[kState] = st;
  } else {
    state.writelen = len;
    if (callback !== nop) { state[kWriteCbValue] = callback; st |= kWriteCb; }
    state[kState] = st | kWriting | kWSync | kExpectWriteCb;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kWSync;
  }
  // As node 20: decided after _write, so a write the sink took synchronously returns true.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;
  return ret && (state[kState] & (kDestroyed | kErrored)) === 0;
}
function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state[kState] |= kWriting | kWSync | kExpectWriteCb;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kWSync;
}
function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}
function onwrite(stream, er) {
  const state = stream._writableState;
  let st = state[kState];
  if ((st & kExpectWriteCb) === 0) { errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK()); return; }
  const sync = (st & kWSync) !== 0;
  const cb = (st & kWriteCb) !== 0 ? state[kWriteCbValue] : nop;
  state[kWriteCbValue] = null;
  state[kState] = st & ~(kWriting | kExpectWriteCb | kWriteCb);
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if ((state[kState] & kErrored) === 0) { state[kErroredValue] = er; state[kState] |= kErrored; }
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }
  if ((state[kState] & kBuffered) !== 0) clearBuffer(stream, state);
  if (!sync) { afterWrite(stream, state, 1, cb); return; }
  // As node 20: a synchronous completion needs a tick only for a drain, a destroyed stream or a user callback;
  // repeated completions with the same callback share one tick.
  st = state[kState];
  const needDrain = (st & kNeedDrain) !== 0 && state.length === 0;
  const needTick = needDrain || (st & kDestroyed) !== 0 || cb !== nop;
  if (cb === nop) {
    if ((st & kAfterWritePending) === 0 && needTick) {
      process.nextTick(afterWrite, stream, state, 1, cb);
      state[kState] |= kAfterWritePending;
    } else {
      state.pendingcb--;
      if ((st & kEnding) !== 0) finishMaybe(stream, state, true);
    }
  } else if ((st & kAfterWriteTickInfo) !== 0 && state[kAfterWriteTickInfoValue].cb === cb) {
    state[kAfterWriteTickInfoValue].count++;
  } else if (needTick) {
    state[kAfterWriteTickInfoValue] = { count: 1, cb, stream, state };
    process.nextTick(afterWriteTick, state[kAfterWriteTickInfoValue]);
    state[kState] |= kAfterWritePending | kAfterWriteTickInfo;
  } else {
    state.pendingcb--;
    if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
  }
}
function afterWriteTick({ stream, state, count, cb }) {
  state[kState] &= ~kAfterWriteTickInfo;
  state[kAfterWriteTickInfoValue] = null;
  return afterWrite(stream, state, count, cb);
}
function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;
  const needDrain = (state[kState] & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain && state.length === 0;
  if (needDrain) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
}
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;
  if ((state[kState] & kBuffered) !== 0) {
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state[kBufferedValue][n];
      state.length -= (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
      callback(state.errored || new ERR_STREAM_DESTROYED('write'));
    }
  }
  callFinishedCallbacks(state, state.errored || new ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}
function clearBuffer(stream, state) {
  if ((state[kState] & (kDestroyed | kBufferProcessing | kCorked | kBuffered | kConstructed)) !== (kBuffered | kConstructed)) return;
  const objectMode = (state[kState] & kObjectMode) !== 0;
  const { [kBufferedValue]: buffered, bufferedIndex } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state[kState] |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const allNoop = (state[kState] & kAllNoop) !== 0;
    const callback = allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);
    if (i === buffered.length) resetBuffer(state);
    else if (i > 256) { buffered.splice(0, i); state.bufferedIndex = 0; }
    else state.bufferedIndex = i;
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw thrownAt(new ERR_METHOD_NOT_IMPLEMENTED('_write()'), 'writable:802', "    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');");
};
Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if ((state[kState] & kCorked) !== 0) { state.corked = 1; this.uncork(); }
  if (err) {
    // the write error was already reported
  } else if ((state[kState] & (kEnding | kErrored)) === 0) {
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kWEnded;
  } else if ((state[kState] & kFinished) !== 0) err = new ERR_STREAM_ALREADY_FINISHED('end');
  else if ((state[kState] & kDestroyed) !== 0) err = new ERR_STREAM_DESTROYED('end');
  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if ((state[kState] & kErrored) !== 0) process.nextTick(cb, state[kErroredValue]);
    else if ((state[kState] & kFinished) !== 0) process.nextTick(cb, null);
    else {
      state[kState] |= kOnFinished;
      if (!state[kOnFinishedValue]) state[kOnFinishedValue] = [];
      state[kOnFinishedValue].push(cb);
    }
  }
  return this;
};

function needFinish(state) {
  return (state[kState] & (kEnding | kDestroyed | kConstructed | kFinished | kWriting | kErrorEmitted |
    kCloseEmitted | kErrored | kBuffered)) === (kEnding | kConstructed) && state.length === 0;
}
function onFinish(stream, state, err) {
  if ((state[kState] & kPrefinished) !== 0) { errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK()); return; }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, (state[kState] & kWSync) !== 0);
  } else if (needFinish(state)) {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}
function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
    state[kState] |= kFinalCalled | kWSync;
    state.pendingcb++;
    try { stream._final((err) => onFinish(stream, state, err)); } catch (err) { onFinish(stream, state, err); }
    state[kState] &= ~kWSync;
  } else {
    state[kState] |= kFinalCalled | kPrefinished;
    stream.emit('prefinish');
  }
}
function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick((stream, state) => {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}
function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;
  callFinishedCallbacks(state, null);
  stream.emit('finish');
  if ((state[kState] & kAutoDestroy) !== 0) {
    const r = stream._readableState;
    const autoDestroy = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

defineGetters(Writable.prototype, {
  closed() { return this._writableState ? this._writableState.closed : false; },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(v) { if (this._writableState) this._writableState.destroyed = v; },
  },
  writable: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      const st = w[kState]; // (bits, not the state's accessors: http asks this per write)
      if (st === undefined) return w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
      return (st & (kHasWritable | kWritable)) !== kHasWritable && (st & (kDestroyed | kErrored | kEnding | kWEnded)) === 0;
    },
    set(v) { if (this._writableState) this._writableState.writable = !!v; },
  },
  writableFinished() { return this._writableState ? this._writableState.finished : false; },
  writableObjectMode() { return this._writableState ? this._writableState.objectMode : false; },
  writableBuffer() { return this._writableState && this._writableState.getBuffer(); },
  writableEnded() { return this._writableState ? this._writableState.ending : false; },
  writableNeedDrain() {
    const w = this._writableState;
    if (!w) return false;
    return !w.destroyed && !w.ending && w.needDrain;
  },
  writableHighWaterMark() { return this._writableState && this._writableState.highWaterMark; },
  writableCorked() { return this._writableState ? this._writableState.corked : 0; },
  writableLength() { return this._writableState && this._writableState.length; },
  errored() { return this._writableState ? this._writableState.errored : null; },
  writableAborted() {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  },
});

if (typeof Symbol.asyncDispose === 'symbol') {
  Writable.prototype[Symbol.asyncDispose] = function () {
    let error;
    if (!this.destroyed) { error = this.writableFinished ? null : new AbortError(); this.destroy(error); }
    return new Promise((resolve, reject) => eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null))));
  };
}
Writable.prototype.destroy = function (err, cb) {
  const state = this._writableState;
  if ((state[kState] & (kBuffered | kOnFinished)) !== 0 && (state[kState] & kDestroyed) === 0) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function (err, cb) { cb(err); };
Writable.prototype[EE.captureRejectionSymbol] = function (err) { this.destroy(err); };

// ---- Duplex ----
function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  if (this._events === undefined) {
    this._events = duplexEvents();
  }
  // As node 20: both states, then the options, then the emitter (so own keys come in node's order).
  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false; r.ended = true; r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false; w.ending = true; w.ended = true; w.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  EE.init.call(this, options); // what Stream(options) does, two calls fewer
  if (typeof this._construct === 'function') construct(this, () => {
    const r = this._readableState;
    if (r.needReadable) maybeReadMore(this, r);
    const w = this._writableState;
    if (!w.writing) clearBuffer(this, w);
    finishMaybe(this, w);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
for (const name of ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', 'end', 'destroy',
  'writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, name, Object.getOwnPropertyDescriptor(Writable.prototype, name));
}
Duplex.prototype._writev = null;
Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    const r = this._readableState, w = this._writableState;
    if (r === undefined || w === undefined) return false;
    // (bits, not the states' accessors: sockets ask this per read and write)
    const rs = r[kState], ws = w[kState];
    if (rs === undefined || ws === undefined) return r.destroyed && w.destroyed;
    return (rs & ws & kDestroyed) !== 0;
  },
  set(v) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = v;
      this._writableState.destroyed = v;
    }
  },
});

// ---- Transform / PassThrough ----
const kCallback = Symbol('kCallback');
function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  const readableHighWaterMark = options ? getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options, highWaterMark: null, readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);
function transformFinal(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) { if (cb) cb(er); else this.destroy(er); return; }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}
function transformPrefinish() { if (this._final !== transformFinal) transformFinal.call(this); }
Object.defineProperty(transformPrefinish, 'name', { value: 'prefinish' }); // node's listener name
Object.defineProperty(transformFinal, 'name', { value: 'final' }); // node's name
Transform.prototype._final = transformFinal;
Transform.prototype._transform = function (chunk, encoding, callback) {
  throw thrownAt(new ERR_METHOD_NOT_IMPLEMENTED('_transform()'), 'transform:163', "  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');");
};
Transform.prototype._write = function (chunk, encoding, callback) {
  const rState = this._readableState, wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) { callback(err); return; }
    if (val != null) this.push(val);
    // As node 20: after the transform pushed null, the callback waits a tick so the ended state propagates first.
    if ((rState[kState] & kEnded) !== 0) process.nextTick(callback);
    else if ((wState[kState] & kWEnded) !== 0 || length === rState.length || rState.length < rState.highWaterMark) callback();
    else this[kCallback] = callback;
  });
};
Transform.prototype._read = function () {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

// ---- finished (end-of-stream) ----
function eos(stream, options, callback) {
  if (arguments.length === 2) { callback = options; options = {}; }
  else if (options == null) options = {};
  else validateObject(options, 'options');
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  callback = once(callback);
  if (isReadableStream(stream) || isWritableStream(stream)) return eosWeb(stream, options, callback);
  if (!isNodeStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);

  const readable = options.readable != null ? options.readable : isReadableNodeStream(stream);
  const writable = options.writable != null ? options.writable : isWritableNodeStream(stream);
  const wState = stream._writableState, rState = stream._readableState;
  const onlegacyfinish = () => { if (!stream.writable) onfinish(); };
  let emitsClose = willEmitClose(stream) && isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;
  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => { callback.call(stream, err); };
  let closed = isClosed(stream);
  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  const onrequest = () => { stream.req.on('finish', onfinish); };
  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!emitsClose) stream.on('abort', onclose);
    if (stream.req) onrequest(); else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!emitsClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!emitsClose) process.nextTick(onclosed);
  } else if (!readable && (!emitsClose || isReadable(stream)) && (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!emitsClose || isWritable(stream)) && (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
  if (options.signal && !closed) {
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, abortErrorFor(options.signal));
    };
    if (options.signal.aborted) process.nextTick(abort);
    else {
      const dispose = addAbortListener(options.signal, abort);
      const originalCallback = callback;
      callback = once((...args) => { dispose(); originalCallback.apply(stream, args); });
    }
  }
  return cleanup;
}
// node's end-of-stream also carries the promise form (stream/promises' finished) as eos.finished.
function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err); else resolve();
    });
  });
}
eos.finished = finished;
function eosWeb(stream, options, callback) {
  let isAborted = false;
  let abort = nop;
  if (options.signal) {
    abort = () => { isAborted = true; callback.call(stream, abortErrorFor(options.signal)); };
    if (options.signal.aborted) process.nextTick(abort);
    else {
      const dispose = addAbortListener(options.signal, abort);
      const originalCallback = callback;
      callback = once((...args) => { dispose(); originalCallback.apply(stream, args); });
    }
  }
  const resolverFn = (...args) => { if (!isAborted) process.nextTick(() => callback.apply(stream, args)); };
  const closedPromise = stream[kIsClosedPromise] && stream[kIsClosedPromise].promise;
  if (closedPromise) closedPromise.then(resolverFn, resolverFn);
  return nop;
}

// ---- addAbortSignal ----
function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}
function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream)
    ? () => { stream.destroy(abortErrorFor(signal)); }
    : () => { stream[kControllerErrorFunction](abortErrorFor(signal)); };
  if (signal.aborted) onAbort();
  else {
    const dispose = addAbortListener(signal, onAbort);
    eos(stream, dispose);
  }
  return stream;
}

// ---- pipeline ----
function popCallback(streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}
function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}
async function* fromReadable(val) { yield* Readable.prototype[Symbol.asyncIterator].call(val); }

async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) { const cb = onresolve; onresolve = null; cb(); }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) reject(error);
    else onresolve = () => { if (error) reject(error); else resolve(); };
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) { writable.end(); await wait(); }
    finish();
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}
async function pumpToWeb(readable, writable, finish, { end }) {
  if (isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    for await (const chunk of readable) {
      await writer.ready;
      writer.write(chunk).catch(nop);
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    try { await writer.abort(err); finish(err); } catch (e) { finish(e); }
  }
}

function pipeline(...streams) { return pipelineImpl(streams, once(popCallback(streams))); }

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');
  const { AbortController } = require('internal/web');
  const ac = new AbortController();
  const signal = ac.signal;
  const outerSignal = opts && opts.signal;
  const lastStreamCleanup = [];
  validateAbortSignal(outerSignal, 'options.signal');
  function abort() { finishImpl(abortErrorFor(outerSignal)); }
  let disposeAbort = nop;
  if (outerSignal) disposeAbort = addAbortListener(outerSignal, abort);
  let error, value;
  const destroys = [];
  let finishCount = 0;
  function finish(err) { finishImpl(err, --finishCount === 0); }
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    disposeAbort();
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      process.nextTick(callback, error, value);
    }
  }
  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;
    if (isNodeStream(stream)) {
      if (end) {
        const d = pipelineDestroyer(stream, reading, writing);
        destroys.push(d.destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
      }
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) lastStreamCleanup.push(() => stream.removeListener('error', onError));
    }
    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream) || isTransformStream(stream)) {
        ret = stream;
      } else {
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = isTransformStream(ret) ? makeAsyncIterable(ret && ret.readable) : makeAsyncIterable(ret);
      ret = stream(ret, { signal });
      if (reading) {
        if (!isIterable(ret, true)) throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else if (isReadableStream(ret) || isTransformStream(ret)) {
          finishCount++;
          pumpToNode(ret.readable || ret, pt, finish, { end });
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const d = pipelineDestroyer(ret, false, true);
        destroys.push(d.destroy);
        if (isLastStream) lastStreamCleanup.push(d.cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isTransformStream(ret) || isReadableStream(ret)) {
        finishCount++;
        pumpToNode(ret.readable || ret, stream, finish, { end });
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (isWebStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount++;
        pumpToWeb(makeAsyncIterable(ret), stream, finish, { end });
      } else if (isReadableStream(ret) || isIterable(ret)) {
        finishCount++;
        pumpToWeb(ret, stream, finish, { end });
      } else if (isTransformStream(ret)) {
        finishCount++;
        pumpToWeb(ret.readable, stream, finish, { end });
      } else {
        throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = Duplex.from(stream);
    }
  }
  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) process.nextTick(abort);
  return ret;
}
function pipelineDestroyer(stream, reading, writing) {
  let done = false;
  stream.on('close', () => { done = true; });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => { done = !err; });
  return {
    destroy: (err) => {
      if (done) return;
      done = true;
      destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup,
  };
}
function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => { if (!ended) finish(new ERR_STREAM_PREMATURE_CLOSE()); });
  src.pipe(dst, { end: false });
  if (end) {
    const endFn = () => { ended = true; dst.end(); };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, (err) => {
    const r = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

// ---- Duplex.from / compose / duplexPair ----
function isBlob(b) {
  const { Blob } = (() => { try { return require('buffer'); } catch { return {}; } })();
  return !!Blob && b instanceof Blob;
}
function duplexFrom(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexify({ readable: body });
  if (isWritableNodeStream(body)) return duplexify({ writable: body });
  if (isNodeStream(body)) return duplexify({ writable: false, readable: false });
  if (isReadableStream(body)) return duplexify({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return duplexify({ writable: Writable.fromWeb(body) });
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    // Body might be a constructor function instead of an async generator function.
    if (isDuplexNodeStream(value)) return value;
    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => { destroyer(d, err); });
      d = new Duplexify({
        objectMode: true, readable: false, write,
        final(cb) { final(async () => { try { await promise; process.nextTick(cb, null); } catch (err) { process.nextTick(cb, err); } }); },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  if (isBlob(body)) return duplexFrom(body.arrayBuffer(), name);
  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });
  if (body && isReadableStream(body.readable) && isWritableStream(body.writable)) {
    return Duplexify.fromWeb(body);
  }
  if (body && typeof body === 'object' && (typeof body.readable === 'object' || typeof body.writable === 'object')) {
    const readable = body.readable ? (isReadableNodeStream(body.readable) ? body.readable : duplexFrom(body.readable)) : undefined;
    const writable = body.writable ? (isWritableNodeStream(body.writable) ? body.writable : duplexFrom(body.writable)) : undefined;
    return duplexify({ readable, writable });
  }
  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => { if (val != null) d.push(val); d.push(null); }, (err) => { destroyer(d, err); });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }
  throw new ERR_INVALID_ARG_TYPE(name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
      '{ readable, writable } pair', 'Promise'], body);
}
function Duplexify(options) {
  if (!(this instanceof Duplexify)) return new Duplexify(options);
  Duplex.call(this, options);
  if (options && options.readable === false) {
    this._readableState.readable = false; this._readableState.ended = true; this._readableState.endEmitted = true;
  }
  if (options && options.writable === false) {
    const w = this._writableState;
    w.writable = false; w.ending = true; w.ended = true; w.finished = true;
  }
}
Object.setPrototypeOf(Duplexify.prototype, Duplex.prototype);
Object.setPrototypeOf(Duplexify, Duplex);

function fromAsyncGen(fn) {
  let { promise, resolve } = withResolvers();
  const { AbortController } = require('internal/web');
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function* () {
    while (true) {
      const p = promise;
      promise = null;
      const { chunk, done, cb } = await p;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = withResolvers());
      yield chunk;
    }
  }(), { signal });
  return {
    value,
    write(chunk, encoding, cb) { const r = resolve; resolve = null; r({ chunk, done: false, cb }); },
    final(cb) { const r = resolve; resolve = null; r({ done: true, cb }); },
    destroy(err, cb) { ac.abort(); cb(err); },
  };
}
function withResolvers() {
  let resolve, reject;
  const promise = new Promise((a, b) => { resolve = a; reject = b; });
  return { promise, resolve, reject };
}
function duplexify(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let ondrain, onfinish, onreadable, onclose, d;
  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }
  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable, writable,
  });
  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback(); else ondrain = callback;
    };
    d._final = function (callback) { w.end(); onfinish = callback; };
    w.on('drain', () => { if (ondrain) { const cb = ondrain; ondrain = null; cb(); } });
    w.on('finish', () => { if (onfinish) { const cb = onfinish; onfinish = null; cb(); } });
  }
  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', () => { if (onreadable) { const cb = onreadable; onreadable = null; cb(); } });
    r.on('end', () => { d.push(null); });
    d._read = function () {
      while (true) {
        const buf = r.read();
        if (buf === null) { onreadable = d._read; return; }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null; ondrain = null; onfinish = null;
    if (onclose === null) callback(err);
    else { onclose = callback; destroyer(w, err); destroyer(r, err); }
  };
  return d;
}

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);
  const orgStreams = streams.slice();
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[streams.length - 1] === 'function') {
    const idx = streams.length - 1;
    streams[idx] = Duplex.from(streams[idx]);
  }
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n]) && !isWebStream(streams[n])) continue;
    if (n < streams.length - 1 && !(isReadableNodeStream(streams[n]) || isReadableStream(streams[n]) || isTransformStream(streams[n]))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !(isWritableNodeStream(streams[n]) || isWritableStream(streams[n]) || isTransformStream(streams[n]))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }
  let ondrain, onfinish, onreadable, onclose, d;
  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }
  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  let writable = !!(isWritableNodeStream(head) || isWritableStream(head) || isTransformStream(head));
  let readable = !!(isReadableNodeStream(tail) || isReadableStream(tail) || isTransformStream(tail));
  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable, readable,
  });
  if (writable) {
    if (isNodeStream(head)) {
      d._write = function (chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback(); else ondrain = callback;
      };
      d._final = function (callback) { head.end(); onfinish = callback; };
      head.on('drain', () => { if (ondrain) { const cb = ondrain; ondrain = null; cb(); } });
    } else if (isWebStream(head)) {
      const writer = (isTransformStream(head) ? head.writable : head).getWriter();
      d._write = async function (chunk, encoding, callback) {
        try {
          await writer.ready;
          writer.write(chunk).catch(nop);
          callback();
        } catch (err) { callback(err); }
      };
      d._final = async function (callback) {
        try {
          await writer.ready;
          writer.close().catch(nop);
          onfinish = callback;
        } catch (err) { callback(err); }
      };
    }
    // As node 20: the composed stream finishes once the tail has fully finished.
    eos(isTransformStream(tail) ? tail.readable : tail, () => {
      if (onfinish) { const cb = onfinish; onfinish = null; cb(); }
    });
  }
  if (readable) {
    if (isNodeStream(tail)) {
      tail.on('readable', () => { if (onreadable) { const cb = onreadable; onreadable = null; cb(); } });
      tail.on('end', () => { d.push(null); });
      d._read = function () {
        while (true) {
          const buf = tail.read();
          if (buf === null) { onreadable = d._read; return; }
          if (!d.push(buf)) return;
        }
      };
    } else if (isWebStream(tail)) {
      const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
      d._read = async function () {
        while (true) {
          try {
            const { value, done } = await reader.read();
            if (!d.push(value)) return;
            if (done) { d.push(null); return; }
          } catch { return; }
        }
      };
    }
  }
  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null; ondrain = null; onfinish = null;
    if (onclose === null) callback(err);
    else { onclose = callback; if (isNodeStream(tail)) destroyer(tail, err); }
  };
  return d;
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0._otherSide = side1;
  side1._otherSide = side0;
  return [side0, side1];
}
const kCallbackSide = Symbol('kCallback');
function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallbackSide] = null;
  this._otherSide = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);
DuplexSide.prototype._read = function () {
  const cb = this[kCallbackSide];
  if (cb) { this[kCallbackSide] = null; cb(); }
};
DuplexSide.prototype._write = function (chunk, encoding, callback) {
  if (chunk.length === 0) process.nextTick(callback);
  else { this._otherSide.push(chunk); this._otherSide[kCallbackSide] = callback; }
};
DuplexSide.prototype._final = function (callback) { this._otherSide.on('end', callback); this._otherSide.push(null); };

// ---- readable operators (node's stream/operators) ----
const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');
function validateOpts(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}
function validateFn(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
}
function map(fn, options) {
  validateFn(fn);
  validateOpts(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  return async function* map() {
    // As node 20: the signal handed to `fn` follows options.signal only (it is not aborted when
    // the map ends); the producer (pump) runs ahead of the consumer up to highWaterMark items.
    const signal = require('internal/web').AbortSignal.any(options && options.signal ? [options.signal] : []);
    const stream = this;
    const queue = [];
    const signalOpt = { signal };
    let next;
    let resume;
    let done = false;
    let cnt = 0;
    function onCatch() { done = true; afterItemProcessed(); }
    function afterItemProcessed() { cnt -= 1; maybeResume(); }
    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) { resume(); resume = null; }
    }
    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          cnt += 1;
          val.then(afterItemProcessed, onCatch);
          queue.push(val);
          if (next) { next(); next = null; }
          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new Promise((resolve) => { resume = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) { next(); next = null; }
      }
    }
    pump();
    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => { next = resolve; });
      }
    } finally {
      done = true;
      if (resume) { resume(); resume = null; }
    }
  }.call(this);
}
let asIndexedPairsWarned = false;
function asIndexedPairs(options = undefined) {
  if (!asIndexedPairsWarned) {
    asIndexedPairsWarned = true;
    if (process.noDeprecation !== true) process.emitWarning('readable.asIndexedPairs will be removed in a future version.', 'DeprecationWarning', asIndexedPairs);
  }
  validateOpts(options);
  const stream = this;
  return (async function* () {
    let index = 0;
    for await (const val of stream) {
      if (options && options.signal && options.signal.aborted) throw abortErrorFor(options.signal);
      yield [index++, val];
    }
  })();
}
async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) return true; // eslint-disable-line no-unused-vars
  return false;
}
async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}
async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}
async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) { await fn(value, opts); return kEmpty; }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}
function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) { if (await fn(value, opts)) return value; return kEmpty; }
  return map.call(this, filterFn, options);
}
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() { super('reduce'); this.message = 'Reduce of an empty stream requires an initial value'; }
}
async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') throw new ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    const err = abortErrorFor(options.signal);
    this.once('error', nop);
    await finishedPromise(this.destroy(err));
    throw err;
  }
  const { AbortController } = require('internal/web');
  const ac = new AbortController();
  const signal = ac.signal;
  let onAbort;
  if (options && options.signal) {
    onAbort = () => ac.abort(options.signal.reason);
    options.signal.addEventListener('abort', onAbort, { once: true });
  }
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (!hasInitialValue) { initialValue = value; hasInitialValue = true; }
      else initialValue = await reducer(initialValue, value, { signal });
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
    if (onAbort) options.signal.removeEventListener('abort', onAbort);
  }
  return initialValue;
}
function finishedPromise(stream) { return new Promise((res, rej) => eos(stream, (err) => (err ? rej(err) : res()))); }
async function toArray(options) {
  validateOpts(options);
  const result = [];
  for await (const val of this) {
    if (options && options.signal && options.signal.aborted) throw abortErrorFor(options.signal);
    result.push(val);
  }
  return result;
}
function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* () { for await (const val of values) yield* val; })();
}
function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}
function drop(number, options = undefined) {
  validateOpts(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* () {
    if (options && options.signal && options.signal.aborted) throw new AbortError();
    for await (const val of stream) {
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  })();
}
function take(number, options = undefined) {
  validateOpts(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* () {
    if (options && options.signal && options.signal.aborted) throw new AbortError();
    for await (const val of stream) {
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  })();
}
function composeOp(stream, options) {
  validateOpts(options);
  if (isNodeStream(stream) && !isWritable(stream)) throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  const composedStream = compose(this, stream);
  if (options && options.signal) addAbortSignalNoValidate(options.signal, composedStream);
  return composedStream;
}
const streamReturning = { asIndexedPairs, drop, filter, flatMap, map, take, compose: composeOp };
const promiseReturning = { every, forEach, reduce, toArray, some, find };
for (const key of Object.keys(streamReturning)) {
  const op = streamReturning[key];
  const fn = function (...args) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    return Readable.from(op.apply(this, args));
  };
  // asIndexedPairs is node's util.deprecate wrapper, named 'deprecated'.
  Object.defineProperty(fn, 'name', { value: key === 'compose' ? 'compose' : key === 'asIndexedPairs' ? 'deprecated' : op.name });
  Object.defineProperty(fn, 'length', { value: op.length });
  Object.defineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
}
for (const key of Object.keys(promiseReturning)) {
  const op = promiseReturning[key];
  const fn = function (...args) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    return op.apply(this, args);
  };
  Object.defineProperty(fn, 'name', { value: op.name });
  Object.defineProperty(fn, 'length', { value: op.length });
  Object.defineProperty(Readable.prototype, key, { value: fn, enumerable: false, configurable: true, writable: true });
}

// ---- web stream interop (implemented in stream/web) ----
Readable.fromWeb = function (readableStream, options) { return require('stream/web')[kWebAdapters].newStreamReadableFromReadableStream(readableStream, options); };
Readable.toWeb = function (streamReadable, options) { return require('stream/web')[kWebAdapters].newReadableStreamFromStreamReadable(streamReadable, options); };
Writable.fromWeb = function (writableStream, options) { return require('stream/web')[kWebAdapters].newStreamWritableFromWritableStream(writableStream, options); };
Writable.toWeb = function (streamWritable) { return require('stream/web')[kWebAdapters].newWritableStreamFromStreamWritable(streamWritable); };
Duplex.fromWeb = function (pair, options) { return require('stream/web')[kWebAdapters].newStreamDuplexFromReadableWritablePair(pair, options); };
Duplex.toWeb = function (duplex) { return require('stream/web')[kWebAdapters].newReadableWritablePairFromDuplex(duplex); };
// (Defined here so the statics come in node's order: from after fromWeb/toWeb on Duplex, wrap last on Readable.)
Duplex.from = function (body) { return duplexFrom(body, 'body'); };
Readable.wrap = function (src, options) {
  return new Readable({
    objectMode: pick(src.readableObjectMode, src.objectMode, true),
    ...options,
    destroy(err, callback) { destroyer(src, err); callback(err); },
  }).wrap(src);
};
Duplexify.fromWeb = Duplex.fromWeb;
const kWebAdapters = Symbol.for('rjs.stream.webAdapters');

// ---- exports ----
Stream.isDestroyed = isDestroyed;
Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos; // node exports eos itself
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', {
  configurable: true, enumerable: true,
  get() { return require('stream/promises'); },
});
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, customPromisify, { enumerable: true, get() { return require('stream/promises').pipeline; } });
Object.defineProperty(eos, customPromisify, { enumerable: true, get() { return require('stream/promises').finished; } });
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) { return uint8ArrayToBuffer(chunk); };

// Internals shared with stream/promises, stream/web and stream/consumers (not enumerable).
Object.defineProperty(Stream, Symbol.for('rjs.stream.internals'), {
  value: {
    pipelineImpl, eos, isNodeStream, isIterable, isWebStream, isReadableNodeStream, isWritableNodeStream,
    isReadableStream, isWritableStream, isTransformStream, destroyer, kIsClosedPromise, kControllerErrorFunction,
    kIsDisturbed, kIsErrored, kIsReadable, kIsDestroyed, isDestroyed, isReadableFinished, isWritableEnded,
    errorOrDestroy, addAbortSignalNoValidate, localError, once, nop, getBuffer, initReadable,
  },
});

module.exports = Stream;
