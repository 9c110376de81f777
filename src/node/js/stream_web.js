// `stream/web`: WHATWG streams (ReadableStream with default and BYOB readers and byte
// controllers, WritableStream, TransformStream, queuing strategies, TextEncoderStream,
// TextDecoderStream) and the node-stream adapters behind Readable/Writable/Duplex.toWeb/fromWeb.
// Algorithms follow the Streams spec; byte streams transfer the buffers they take (the caller's
// ArrayBuffer is detached), as node's.
'use strict';

const { codes, AbortError } = require('internal/errors');
const { validateObject, validateAbortSignal, validateFunction, validateBoolean } = require('internal/validators');
const Stream = require('stream');
const internals = Stream[Symbol.for('rjs.stream.internals')];
const { localError, kIsClosedPromise, kControllerErrorFunction, eos, destroyer, isDestroyed, isWritableEnded, kIsDisturbed, kIsErrored, kIsReadable } = internals;
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR } = codes;

const argValueMessage = (...a) => new codes.ERR_INVALID_ARG_VALUE(...a).message;
const InvalidState = localError('ERR_INVALID_STATE', TypeError, (m) => `Invalid state: ${m}`, true);
const InvalidArgValue = codes.ERR_INVALID_ARG_VALUE;
const InvalidArgValueRange = localError('ERR_INVALID_ARG_VALUE', RangeError, argValueMessage, true);
const ArgNotIterable = localError('ERR_ARG_NOT_ITERABLE', TypeError, (x) => `${x} must be iterable`);
const MissingOption = localError('ERR_MISSING_OPTION', TypeError, (x) => `${x} is required`);

const kState = Symbol('kState');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const nop = () => {};

// A deferred promise that knows whether it has settled.
function deferred() {
  const d = { state: 'pending' };
  d.promise = new Promise((resolve, reject) => {
    d.resolve = (v) => { if (d.state === 'pending') { d.state = 'fulfilled'; resolve(v); } };
    d.reject = (e) => { if (d.state === 'pending') { d.state = 'rejected'; reject(e); } };
  });
  return d;
}
const resolved = (v) => Promise.resolve(v);
const rejected = (e) => Promise.reject(e);
function handled(p) { p.then(nop, nop); return p; }
function rejectedHandled(e) { return handled(rejected(e)); }
function settledDeferred(kind, value) {
  const d = deferred();
  if (kind === 'resolve') d.resolve(value); else { d.reject(value); handled(d.promise); }
  return d;
}
// Calls `fn` with a promise result, turning throws into rejections.
// node binds `start` (Function.prototype.bind's error for a non-function) and validates the other
// callbacks by name; a falsy member counts as absent.
function startOf(fn) {
  if (fn && typeof fn !== 'function') throw new TypeError('Bind must be called on a function');
  return fn || undefined;
}
function callbackOf(fn, name) {
  if (!fn) return undefined;
  validateFunction(fn, name);
  return fn;
}
function promiseCall(fn, thisArg, ...args) {
  if (fn === undefined) return resolved();
  try { return Promise.resolve(fn.apply(thisArg, args)); } catch (e) { return rejected(e); }
}
function customInspect(self, depth, options, name, data) {
  // node's helper returns `this` of a plain call here, i.e. undefined: a web stream nested past the depth prints so.
  if (depth < 0) return undefined;
  const { inspect } = require('internal/inspect');
  return `${name} ${inspect(data, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}
// node 20 does not brand-check ReadableStreamDefaultController: a foreign receiver fails where
// its algorithms destructure the controller's state, with V8's message for that.
function checkDefaultController(obj) {
  if (!brand(obj, 'ReadableStreamDefaultController')) {
    throw new TypeError("Cannot destructure property 'stream' of 'controller[kState]' as it is undefined.");
  }
}
// Internal objects (controllers, BYOB requests) carry the same brand as the public classes.
function branded(C, type) { const o = Object.create(C.prototype); o[kType] = type; return o; }
function brand(obj, type) { return obj != null && typeof obj === 'object' && obj[kType] === type; }
function check(obj, type) { if (!brand(obj, type)) throw new ERR_INVALID_THIS(type); }
function checkP(obj, type) { return brand(obj, type) ? null : rejected(new ERR_INVALID_THIS(type)); }
function setToStringTag(C, name) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
}
function copyBytes(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}
// ArrayBuffer.prototype.byteLength's getter, as node's primordial: a SharedArrayBuffer (which
// byte streams cannot take) throws its TypeError.
const arrayBufferByteLength = Function.prototype.call.bind(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
// TransferArrayBuffer: the bytes move to a new ArrayBuffer and `buffer` is detached.
function transferArrayBuffer(buffer) {
  const moved = buffer.slice(0);
  internalBinding('buffer').detach(buffer);
  return moved;
}
// A detached buffer has no bytes and refuses new views (there is no `detached` getter in node 20).
function isDetached(buffer) {
  if (buffer.byteLength !== 0) return false;
  try { new Uint8Array(buffer); return false; } catch { return true; }
}

// ---- queuing strategies ----
function extractHighWaterMark(value, def) {
  if (value === undefined) return def;
  value = +value;
  if (Number.isNaN(value) || value < 0) throw new InvalidArgValueRange('strategy.highWaterMark', value);
  return value;
}
function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return size;
}
const byteSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    validateObject(init, 'init');
    if (init.highWaterMark === undefined) throw new MissingOption('init.highWaterMark');
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { highWaterMark: +init.highWaterMark };
  }
  get highWaterMark() { check(this, 'ByteLengthQueuingStrategy'); return this[kState].highWaterMark; }
  get size() { check(this, 'ByteLengthQueuingStrategy'); return byteSize; }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ByteLengthQueuingStrategy', { highWaterMark: this.highWaterMark });
  }
}
setToStringTag(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy');
class CountQueuingStrategy {
  constructor(init) {
    validateObject(init, 'init');
    if (init.highWaterMark === undefined) throw new MissingOption('init.highWaterMark');
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { highWaterMark: +init.highWaterMark };
  }
  get highWaterMark() { check(this, 'CountQueuingStrategy'); return this[kState].highWaterMark; }
  get size() { check(this, 'CountQueuingStrategy'); return countSize; }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'CountQueuingStrategy', { highWaterMark: this.highWaterMark });
  }
}
setToStringTag(CountQueuingStrategy, 'CountQueuingStrategy');

// queue-with-sizes on a controller state
// A strategy's size is converted to a number first (as WebIDL's unrestricted double, as node's).
function enqueueValueWithSize(s, value, size) {
  size = +size;
  if (size < 0 || Number.isNaN(size) || size === Infinity) {
    throw new InvalidArgValueRange('size', size);
  }
  s.queue.push({ value, size });
  s.queueTotalSize += size;
}
function dequeueValue(s) {
  const { value, size } = s.queue.shift();
  s.queueTotalSize = Math.max(0, s.queueTotalSize - size);
  return value;
}
function resetQueue(s) { s.queue = []; s.queueTotalSize = 0; }

// ---- ReadableStream ----
const kInternal = Symbol('kInternal');

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === kInternal) { initReadableState(this); return; }
    validateObject(source, 'source', { allowArray: true, allowFunction: true });
    validateObject(strategy, 'strategy', { allowArray: true, allowFunction: true, allowNullable: true });
    initReadableState(this);
    // As node (and the spec): the strategy's members are read before the source's.
    const size = strategy == null ? undefined : strategy.size;
    const highWaterMark = strategy == null ? undefined : strategy.highWaterMark;
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (size !== undefined) throw new InvalidArgValueRange('strategy.size', size);
      setupByteControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 0));
    } else if (type === undefined) {
      setupDefaultControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 1), extractSizeAlgorithm(size));
    } else {
      throw new InvalidArgValue('source.type', type);
    }
  }
  get locked() { check(this, 'ReadableStream'); return isReadableStreamLocked(this); }
  cancel(reason = undefined) {
    const bad = checkP(this, 'ReadableStream'); if (bad) return bad;
    if (isReadableStreamLocked(this)) return rejected(new InvalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }
  getReader(options = {}) {
    check(this, 'ReadableStream');
    validateObject(options, 'options', { allowNullable: true, allowArray: true, allowFunction: true });
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new InvalidArgValue('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }
  pipeThrough(transform, options = {}) {
    check(this, 'ReadableStream');
    const readable = transform && transform.readable;
    if (!isReadableStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    const writable = transform.writable;
    if (!isWritableStream(writable)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw new InvalidState('The ReadableStream is locked');
    if (isWritableStreamLocked(writable)) throw new InvalidState('The WritableStream is locked');
    handled(readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal));
    return readable;
  }
  pipeTo(destination, options = {}) {
    try {
      check(this, 'ReadableStream');
      if (!isWritableStream(destination)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
      if (isReadableStreamLocked(this)) throw new InvalidState('The ReadableStream is locked');
      if (isWritableStreamLocked(destination)) throw new InvalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (e) {
      return rejected(e);
    }
  }
  tee() {
    check(this, 'ReadableStream');
    if (isReadableStreamLocked(this)) throw new InvalidState('ReadableStream is locked');
    return this[kState].controller instanceof ReadableByteStreamController ? readableByteStreamTee(this) : readableStreamTee(this);
  }
  values(options = {}) {
    check(this, 'ReadableStream');
    validateObject(options, 'options', { allowNullable: true, allowArray: true, allowFunction: true });
    const preventCancel = !!(options && options.preventCancel);
    if (isReadableStreamLocked(this)) throw new InvalidState('ReadableStream is locked');
    return createStreamIterator(this, preventCancel);
  }
  static from(iterable) { return readableStreamFromIterable(iterable); }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStream', {
      locked: this.locked, state: this[kState].state, supportsBYOB: this[kState].controller instanceof ReadableByteStreamController,
    });
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});
setToStringTag(ReadableStream, 'ReadableStream');
// What stream.isDisturbed/isErrored/isReadable report for a ReadableStream (as node's getters).
Object.defineProperties(ReadableStream.prototype, {
  [kIsDisturbed]: { get() { return this[kState].disturbed; }, configurable: true },
  [kIsErrored]: { get() { return this[kState].state === 'errored'; }, configurable: true },
  [kIsReadable]: { get() { return this[kState].state === 'readable'; }, configurable: true },
});

function initReadableState(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = { state: 'readable', storedError: undefined, disturbed: false, reader: undefined, controller: undefined };
  const closed = deferred();
  handled(closed.promise);
  stream[kIsClosedPromise] = closed;
}
function isReadableStream(x) { return brand(x, 'ReadableStream'); }
function isWritableStream(x) { return brand(x, 'WritableStream'); }
function isReadableStreamLocked(stream) { return stream[kState].reader !== undefined; }
function pipeOptions(options) {
  validateObject(options, 'options', { allowNullable: true, allowArray: true, allowFunction: true });
  options = options || {};
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  return { preventAbort: !!options.preventAbort, preventCancel: !!options.preventCancel, preventClose: !!options.preventClose, signal };
}

function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = new ReadableStream(kInternal);
  const controller = branded(ReadableStreamDefaultController, 'ReadableStreamDefaultController');
  setupDefaultController(stream, controller, start, pull, cancel, highWaterMark, size);
  return stream;
}
function createReadableByteStream(start, pull, cancel) {
  const stream = new ReadableStream(kInternal);
  const controller = branded(ReadableByteStreamController, 'ReadableByteStreamController');
  setupByteController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return resolved();
  if (s.state === 'errored') return rejected(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader instanceof ReadableStreamBYOBReader) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const r of requests) r.close(undefined);
  }
  return s.controller[kCancel](reason).then(nop);
}
function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (!reader) return;
  reader[kState].closed.resolve();
  if (reader instanceof ReadableStreamDefaultReader) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const r of requests) r.close();
  }
}
function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  stream[kIsClosedPromise].reject(e);
  const reader = s.reader;
  if (!reader) return;
  reader[kState].closed.reject(e);
  handled(reader[kState].closed.promise);
  if (reader instanceof ReadableStreamDefaultReader) errorReadRequests(reader, e);
  else errorReadIntoRequests(reader, e);
}
function errorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const r of requests) r.error(e);
}
function errorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const r of requests) r.error(e);
}
function readableStreamFulfillReadRequest(stream, chunk, done) {
  const r = stream[kState].reader[kState].readRequests.shift();
  if (done) r.close(); else r.chunk(chunk);
}
function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const r = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) r.close(chunk); else r.chunk(chunk);
}
function numReadRequests(stream) {
  const reader = stream[kState].reader;
  return reader instanceof ReadableStreamDefaultReader ? reader[kState].readRequests.length : 0;
}
function numReadIntoRequests(stream) {
  const reader = stream[kState].reader;
  return reader instanceof ReadableStreamBYOBReader ? reader[kState].readIntoRequests.length : 0;
}
function hasDefaultReader(stream) { return stream[kState].reader instanceof ReadableStreamDefaultReader; }
function hasBYOBReader(stream) { return stream[kState].reader instanceof ReadableStreamBYOBReader; }

// ---- readers ----
function readerGenericInitialize(reader, stream) {
  const s = stream[kState];
  reader[kState].stream = stream;
  s.reader = reader;
  if (s.state === 'readable') reader[kState].closed = deferred();
  else if (s.state === 'closed') reader[kState].closed = settledDeferred('resolve');
  else reader[kState].closed = settledDeferred('reject', s.storedError);
}
function readerGenericRelease(reader) {
  const rs = reader[kState];
  const stream = rs.stream;
  const err = new InvalidState('Reader released');
  if (stream[kState].state === 'readable') { rs.closed.reject(err); handled(rs.closed.promise); }
  else rs.closed = settledDeferred('reject', err);
  handled(rs.closed.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  rs.stream = undefined;
}
function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (isReadableStreamLocked(stream)) throw new InvalidState('ReadableStream is locked');
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closed: undefined, readRequests: [] };
    readerGenericInitialize(this, stream);
  }
  read() {
    const bad = checkP(this, 'ReadableStreamDefaultReader'); if (bad) return bad;
    if (this[kState].stream === undefined) return rejected(new InvalidState('The reader is not attached to a stream'));
    const d = deferred();
    readerRead(this, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => d.resolve({ value: undefined, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }
  releaseLock() {
    check(this, 'ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readerGenericRelease(this);
    errorReadRequests(this, new InvalidState('Releasing reader'));
  }
  get closed() {
    const bad = checkP(this, 'ReadableStreamDefaultReader'); if (bad) return bad;
    return this[kState].closed.promise;
  }
  cancel(reason = undefined) {
    const bad = checkP(this, 'ReadableStreamDefaultReader'); if (bad) return bad;
    if (this[kState].stream === undefined) return rejected(new InvalidState('The reader is not attached to a stream'));
    return readerGenericCancel(this, reason);
  }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream, readRequests: this[kState].readRequests.length, close: this[kState].closed.promise,
    });
  }
}
setToStringTag(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
function readerRead(reader, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') request.close();
  else if (s.state === 'errored') request.error(s.storedError);
  else s.controller[kPull](request);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (!(stream[kState].controller instanceof ReadableByteStreamController)) {
      throw new InvalidArgValue('stream', stream, 'must be a byte stream');
    }
    if (isReadableStreamLocked(stream)) throw new InvalidState('ReadableStream is locked');
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: [] };
    readerGenericInitialize(this, stream);
  }
  // An async function as node's (its promise settles two ticks after the request's).
  async read(view, options = {}) {
    check(this, 'ReadableStreamBYOBReader');
    if (!ArrayBuffer.isView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    validateObject(options, 'options', { allowNullable: true, allowArray: true, allowFunction: true });
    if (view.byteLength === 0 || arrayBufferByteLength(view.buffer) === 0) {
      throw new InvalidState('View or Viewed ArrayBuffer is zero-length or detached');
    }
    const min = readMinimum(view, options);
    if (this[kState].stream === undefined) throw new InvalidState('The reader is not attached to a stream');
    const d = deferred();
    byobReaderRead(this, view, min, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: (value) => d.resolve({ value, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }
  releaseLock() {
    check(this, 'ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readerGenericRelease(this);
    errorReadIntoRequests(this, new InvalidState('Releasing reader'));
  }
  get closed() {
    const bad = checkP(this, 'ReadableStreamBYOBReader'); if (bad) return bad;
    return this[kState].closed.promise;
  }
  cancel(reason = undefined) {
    const bad = checkP(this, 'ReadableStreamBYOBReader'); if (bad) return bad;
    if (this[kState].stream === undefined) return rejected(new InvalidState('The reader is not attached to a stream'));
    return readerGenericCancel(this, reason);
  }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBReader', {
      stream: this[kState].stream, readIntoRequests: this[kState].readIntoRequests.length, close: this[kState].closed.promise,
    });
  }
}
setToStringTag(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
// ReadableStreamBYOBReaderRead: `request` gets chunk(view), close(view) or error(e).
function byobReaderRead(reader, view, min, request) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') request.error(stream[kState].storedError);
  else byteControllerPullInto(stream[kState].controller, view, min, request);
}
// The validated `options.min` of a BYOB read: elements (bytes for a DataView) to wait for.
function readMinimum(view, options) {
  const min = options?.min ?? 1;
  if (typeof min !== 'number') throw new ERR_INVALID_ARG_TYPE('options.min', 'number', min);
  if (!Number.isInteger(min)) throw new InvalidArgValue('options.min', min, 'must be an integer');
  if (min <= 0) throw new InvalidArgValue('options.min', min, 'must be greater than 0');
  if (view instanceof DataView) {
    if (min > view.byteLength) throw new codes.ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
  } else if (min > view.length) {
    throw new codes.ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
  }
  return min;
}

// ---- default controller ----
const kCancel = Symbol('kCancel');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');

class ReadableStreamDefaultController {
  constructor() { if (arguments[0] !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get desiredSize() { checkDefaultController(this); return defaultControllerGetDesiredSize(this); }
  close() {
    checkDefaultController(this);
    if (!defaultControllerCanCloseOrEnqueue(this)) throw new InvalidState('Controller is already closed');
    defaultControllerClose(this);
  }
  enqueue(chunk = undefined) {
    checkDefaultController(this);
    if (!defaultControllerCanCloseOrEnqueue(this)) throw new InvalidState('Controller is already closed');
    defaultControllerEnqueue(this, chunk);
  }
  error(error = undefined) { checkDefaultController(this); defaultControllerError(this, error); }
  [kCancel](reason) {
    const s = this[kState];
    resetQueue(s);
    const result = s.cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(this);
    return result;
  }
  [kPull](request) {
    const s = this[kState];
    const stream = s.stream;
    if (s.queue.length > 0) {
      const chunk = dequeueValue(s);
      if (s.closeRequested && s.queue.length === 0) {
        defaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(this);
      }
      request.chunk(chunk);
    } else {
      stream[kState].reader[kState].readRequests.push(request);
      defaultControllerCallPullIfNeeded(this);
    }
  }
  [kRelease]() {}
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultController', {});
  }
}
setToStringTag(ReadableStreamDefaultController, 'ReadableStreamDefaultController');

function setupDefaultControllerFromSource(stream, source, highWaterMark, size) {
  const controller = branded(ReadableStreamDefaultController, 'ReadableStreamDefaultController');
  const start = startOf(source.start), pull = callbackOf(source.pull, 'source.pull'), cancel = callbackOf(source.cancel, 'source.cancel');
  setupDefaultController(stream, controller,
    () => (start ? start.call(source, controller) : undefined),
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    highWaterMark, size);
}
function setupDefaultController(stream, controller, start, pull, cancel, highWaterMark, size) {
  controller[kState] = {
    stream, queue: [], queueTotalSize: 0, started: false, closeRequested: false, pullAgain: false, pulling: false,
    sizeAlgorithm: size, highWaterMark, pullAlgorithm: pull, cancelAlgorithm: cancel,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (e) => defaultControllerError(controller, e);
  const startResult = start();
  new Promise((r) => r(startResult)).then(() => {
    controller[kState].started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (r) => defaultControllerError(controller, r));
}
function defaultControllerCallPullIfNeeded(c) {
  if (!defaultControllerShouldCallPull(c)) return;
  const s = c[kState];
  if (s.pulling) { s.pullAgain = true; return; }
  s.pulling = true;
  s.pullAlgorithm().then(() => {
    s.pulling = false;
    if (s.pullAgain) { s.pullAgain = false; defaultControllerCallPullIfNeeded(c); }
  }, (e) => defaultControllerError(c, e));
}
function defaultControllerShouldCallPull(c) {
  const s = c[kState];
  if (!defaultControllerCanCloseOrEnqueue(c) || !s.started) return false;
  const stream = s.stream;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(c) > 0;
}
function defaultControllerClearAlgorithms(c) {
  const s = c[kState];
  s.pullAlgorithm = undefined;
  s.cancelAlgorithm = undefined;
  s.sizeAlgorithm = undefined;
}
function defaultControllerClose(c) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  const s = c[kState];
  s.closeRequested = true;
  if (s.queue.length === 0) {
    defaultControllerClearAlgorithms(c);
    readableStreamClose(s.stream);
  }
}
function defaultControllerEnqueue(c, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  const s = c[kState];
  const stream = s.stream;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = s.sizeAlgorithm(chunk);
      enqueueValueWithSize(s, chunk, size);
    } catch (e) {
      defaultControllerError(c, e);
      throw e;
    }
  }
  defaultControllerCallPullIfNeeded(c);
}
function defaultControllerError(c, e) {
  const s = c[kState];
  if (s.stream[kState].state !== 'readable') return;
  resetQueue(s);
  defaultControllerClearAlgorithms(c);
  readableStreamError(s.stream, e);
}
function defaultControllerGetDesiredSize(c) {
  const s = c[kState];
  const state = s.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return s.highWaterMark - s.queueTotalSize;
}
function defaultControllerHasBackpressure(c) { return !defaultControllerShouldCallPull(c); }
function defaultControllerCanCloseOrEnqueue(c) {
  const s = c[kState];
  return !s.closeRequested && s.stream[kState].state === 'readable';
}

// ---- byte controller ----
class ReadableStreamBYOBRequest {
  constructor() { if (arguments[0] !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get view() { check(this, 'ReadableStreamBYOBRequest'); return this[kState].view; }
  respond(bytesWritten) {
    check(this, 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw new InvalidState('This BYOB request has been invalidated');
    if (typeof bytesWritten !== 'number' || bytesWritten < 0 || !Number.isFinite(bytesWritten)) {
      throw new InvalidArgValueRange('bytesWritten', bytesWritten);
    }
    if (isDetached(view.buffer)) throw new InvalidState('Viewed ArrayBuffer is detached');
    byteControllerRespond(controller, bytesWritten);
  }
  respondWithNewView(view) {
    check(this, 'ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) throw new InvalidState('This BYOB request has been invalidated');
    if (!ArrayBuffer.isView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (isDetached(view.buffer)) throw new InvalidState('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(controller, view);
  }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBRequest', { view: this.view, controller: this[kState].controller });
  }
}
setToStringTag(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');

class ReadableByteStreamController {
  constructor() { if (arguments[0] !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get byobRequest() {
    check(this, 'ReadableByteStreamController');
    const s = this[kState];
    if (s.byobRequest === null && s.pendingPullIntos.length > 0) {
      const d = s.pendingPullIntos[0];
      const view = new Uint8Array(d.buffer, d.byteOffset + d.bytesFilled, d.byteLength - d.bytesFilled);
      const req = branded(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
      req[kState] = { controller: this, view };
      s.byobRequest = req;
    }
    return s.byobRequest;
  }
  get desiredSize() { check(this, 'ReadableByteStreamController'); return byteControllerGetDesiredSize(this); }
  close() {
    check(this, 'ReadableByteStreamController');
    const s = this[kState];
    if (s.closeRequested) throw new InvalidState('Controller is already closed');
    if (s.stream[kState].state !== 'readable') throw new InvalidState('ReadableStream is already closed');
    byteControllerClose(this);
  }
  enqueue(chunk) {
    check(this, 'ReadableByteStreamController');
    const s = this[kState];
    if (!ArrayBuffer.isView(chunk)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0 || arrayBufferByteLength(chunk.buffer) === 0) throw new InvalidState('chunk ArrayBuffer is zero-length or detached');
    if (s.closeRequested) throw new InvalidState('Controller is already closed');
    if (s.stream[kState].state !== 'readable') throw new InvalidState('ReadableStream is already closed');
    byteControllerEnqueue(this, chunk);
  }
  error(error = undefined) { check(this, 'ReadableByteStreamController'); byteControllerError(this, error); }
  [kCancel](reason) {
    const s = this[kState];
    byteControllerClearPendingPullIntos(this);
    resetQueue(s);
    const result = s.cancelAlgorithm(reason);
    byteControllerClearAlgorithms(this);
    return result;
  }
  [kPull](request) {
    const s = this[kState];
    const stream = s.stream;
    if (s.queueTotalSize > 0) {
      fillReadRequestFromQueue(this, request);
      return;
    }
    if (s.autoAllocateChunkSize !== undefined) {
      const size = s.autoAllocateChunkSize;
      s.pendingPullIntos.push({
        buffer: new ArrayBuffer(size), bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
        minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    stream[kState].reader[kState].readRequests.push(request);
    byteControllerCallPullIfNeeded(this);
  }
  [kRelease]() {
    const s = this[kState];
    if (s.pendingPullIntos.length > 0) {
      const first = s.pendingPullIntos[0];
      first.readerType = 'none';
      s.pendingPullIntos = [first];
    }
  }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableByteStreamController', {});
  }
}
setToStringTag(ReadableByteStreamController, 'ReadableByteStreamController');

function setupByteControllerFromSource(stream, source, highWaterMark) {
  const controller = branded(ReadableByteStreamController, 'ReadableByteStreamController');
  const start = startOf(source.start), pull = callbackOf(source.pull, 'source.pull'), cancel = callbackOf(source.cancel, 'source.cancel');
  // As node's: 0 is ERR_INVALID_ARG_VALUE, any other non-positive-integer fails its internal assert.
  const auto = source.autoAllocateChunkSize;
  if (auto === 0) throw new InvalidArgValue('source.autoAllocateChunkSize', auto);
  if (auto !== undefined && !(Number.isInteger(auto) && auto > 0)) throw new codes.ERR_INTERNAL_ASSERTION();
  setupByteController(stream, controller,
    () => (start ? start.call(source, controller) : undefined),
    () => promiseCall(pull, source, controller),
    (reason) => promiseCall(cancel, source, reason),
    highWaterMark, auto);
}
function setupByteController(stream, controller, start, pull, cancel, highWaterMark, autoAllocateChunkSize) {
  controller[kState] = {
    stream, queue: [], queueTotalSize: 0, byobRequest: null, pendingPullIntos: [], autoAllocateChunkSize,
    closeRequested: false, pullAgain: false, pulling: false, started: false, highWaterMark,
    pullAlgorithm: pull, cancelAlgorithm: cancel,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (e) => byteControllerError(controller, e);
  const startResult = start();
  new Promise((r) => r(startResult)).then(() => {
    controller[kState].started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (r) => byteControllerError(controller, r));
}
function byteControllerCallPullIfNeeded(c) {
  if (!byteControllerShouldCallPull(c)) return;
  const s = c[kState];
  if (s.pulling) { s.pullAgain = true; return; }
  s.pulling = true;
  s.pullAlgorithm().then(() => {
    s.pulling = false;
    if (s.pullAgain) { s.pullAgain = false; byteControllerCallPullIfNeeded(c); }
  }, (e) => byteControllerError(c, e));
}
function byteControllerShouldCallPull(c) {
  const s = c[kState];
  const stream = s.stream;
  if (stream[kState].state !== 'readable' || s.closeRequested || !s.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(c) > 0;
}
function byteControllerGetDesiredSize(c) {
  const s = c[kState];
  const state = s.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return s.highWaterMark - s.queueTotalSize;
}
function byteControllerClearAlgorithms(c) {
  c[kState].pullAlgorithm = undefined;
  c[kState].cancelAlgorithm = undefined;
}
function invalidateBYOBRequest(c) {
  const s = c[kState];
  if (s.byobRequest === null) return;
  s.byobRequest[kState].controller = undefined;
  s.byobRequest[kState].view = null;
  s.byobRequest = null;
}
function byteControllerClearPendingPullIntos(c) {
  invalidateBYOBRequest(c);
  c[kState].pendingPullIntos = [];
}
function byteControllerError(c, e) {
  const s = c[kState];
  if (s.stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(c);
  resetQueue(s);
  byteControllerClearAlgorithms(c);
  readableStreamError(s.stream, e);
}
function byteControllerClose(c) {
  const s = c[kState];
  if (s.closeRequested || s.stream[kState].state !== 'readable') return;
  if (s.queueTotalSize > 0) { s.closeRequested = true; return; }
  if (s.pendingPullIntos.length > 0) {
    const first = s.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = new InvalidState('Partial read');
      byteControllerError(c, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(c);
  readableStreamClose(s.stream);
}
function enqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  const s = c[kState];
  s.queue.push({ buffer, byteOffset, byteLength });
  s.queueTotalSize += byteLength;
}
function byteControllerEnqueue(c, chunk) {
  const s = c[kState];
  const stream = s.stream;
  if (s.closeRequested || stream[kState].state !== 'readable') return;
  const { byteOffset, byteLength } = chunk;
  const buffer = transferArrayBuffer(chunk.buffer);
  if (s.pendingPullIntos.length > 0) {
    const first = s.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw new InvalidState('Destination ArrayBuffer is detached');
    invalidateBYOBRequest(c);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(c, first);
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(c);
    if (numReadRequests(stream) === 0) {
      enqueueChunkToQueue(c, buffer, byteOffset, byteLength);
    } else {
      if (s.pendingPullIntos.length > 0) shiftPendingPullInto(c);
      readableStreamFulfillReadRequest(stream, new Uint8Array(buffer, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunkToQueue(c, buffer, byteOffset, byteLength);
    processPullIntoDescriptorsUsingQueue(c);
  } else {
    enqueueChunkToQueue(c, buffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(c);
}
function enqueueDetachedPullIntoToQueue(c, d) {
  if (d.bytesFilled > 0) enqueueChunkToQueue(c, d.buffer.slice(d.byteOffset, d.byteOffset + d.bytesFilled), 0, d.bytesFilled);
  shiftPendingPullInto(c);
}
function shiftPendingPullInto(c) {
  return c[kState].pendingPullIntos.shift();
}
function fillReadRequestFromQueue(c, request) {
  const s = c[kState];
  const entry = s.queue.shift();
  s.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(c);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}
function processReadRequestsUsingQueue(c) {
  const reader = c[kState].stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c[kState].queueTotalSize === 0) return;
    fillReadRequestFromQueue(c, reader[kState].readRequests.shift());
  }
}
function byteControllerHandleQueueDrain(c) {
  const s = c[kState];
  if (s.queueTotalSize === 0 && s.closeRequested) {
    byteControllerClearAlgorithms(c);
    readableStreamClose(s.stream);
  } else {
    byteControllerCallPullIfNeeded(c);
  }
}
function fillPullIntoDescriptorFromQueue(c, d) {
  const s = c[kState];
  const maxBytesToCopy = Math.min(s.queueTotalSize, d.byteLength - d.bytesFilled);
  const maxBytesFilled = d.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAligned = maxBytesFilled - (maxBytesFilled % d.elementSize);
  if (maxAligned >= d.minimumFill) { remaining = maxAligned - d.bytesFilled; ready = true; }
  const target = new Uint8Array(d.buffer);
  while (remaining > 0) {
    const head = s.queue[0];
    const n = Math.min(remaining, head.byteLength);
    target.set(new Uint8Array(head.buffer, head.byteOffset, n), d.byteOffset + d.bytesFilled);
    if (head.byteLength === n) s.queue.shift();
    else { head.byteOffset += n; head.byteLength -= n; }
    s.queueTotalSize -= n;
    d.bytesFilled += n;
    remaining -= n;
  }
  return ready;
}
function processPullIntoDescriptorsUsingQueue(c) {
  const s = c[kState];
  while (s.pendingPullIntos.length > 0) {
    if (s.queueTotalSize === 0) return;
    const d = s.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(c, d)) {
      shiftPendingPullInto(c);
      commitPullIntoDescriptor(s.stream, d);
    }
  }
}
function convertPullIntoDescriptor(d) {
  return new d.viewConstructor(d.buffer, d.byteOffset, d.bytesFilled / d.elementSize);
}
function commitPullIntoDescriptor(stream, d) {
  const done = stream[kState].state === 'closed';
  const view = convertPullIntoDescriptor(d);
  if (d.readerType === 'default') readableStreamFulfillReadRequest(stream, view, done);
  else readableStreamFulfillReadIntoRequest(stream, view, done);
}
function byteControllerPullInto(c, view, min, request) {
  const s = c[kState];
  const stream = s.stream;
  const isDataView = view instanceof DataView;
  const elementSize = isDataView ? 1 : view.constructor.BYTES_PER_ELEMENT;
  // Through the species (a Buffer's is FastBuffer): node makes a Buffer's result without the
  // deprecated Buffer() call and its DEP0005 warning.
  const ctor = isDataView ? DataView : view.constructor[Symbol.species] || view.constructor;
  const { byteOffset, byteLength } = view;
  const bufferByteLength = view.buffer.byteLength;
  let buffer;
  try { buffer = transferArrayBuffer(view.buffer); } catch (e) { request.error(e); return; }
  const d = {
    buffer, bufferByteLength, byteOffset, byteLength,
    bytesFilled: 0, minimumFill: min * elementSize, elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  if (s.pendingPullIntos.length > 0) {
    s.pendingPullIntos.push(d);
    stream[kState].reader[kState].readIntoRequests.push(request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new ctor(d.buffer, d.byteOffset, 0));
    return;
  }
  if (s.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(c, d)) {
      const filled = convertPullIntoDescriptor(d);
      byteControllerHandleQueueDrain(c);
      request.chunk(filled);
      return;
    }
    if (s.closeRequested) {
      const e = new InvalidState('ReadableStream closed');
      byteControllerError(c, e);
      request.error(e);
      return;
    }
  }
  s.pendingPullIntos.push(d);
  stream[kState].reader[kState].readIntoRequests.push(request);
  byteControllerCallPullIfNeeded(c);
}
function byteControllerRespond(c, bytesWritten) {
  const s = c[kState];
  const first = s.pendingPullIntos[0];
  if (s.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw new InvalidArgValue('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new InvalidArgValue('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) throw new InvalidArgValueRange('bytesWritten', bytesWritten);
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(c, bytesWritten);
}
function byteControllerRespondWithNewView(c, view) {
  const s = c[kState];
  const first = s.pendingPullIntos[0];
  if (s.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw new InvalidState('View is not zero-length');
  } else if (view.byteLength === 0) {
    throw new InvalidState('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) throw new InvalidArgValueRange('view', view);
  if (first.bytesFilled + view.byteLength > first.byteLength) throw new InvalidArgValueRange('view', view);
  if (first.bufferByteLength !== arrayBufferByteLength(view.buffer)) throw new InvalidArgValueRange('view', view);
  const bytesWritten = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(c, bytesWritten);
}
function byteControllerRespondInternal(c, bytesWritten) {
  const s = c[kState];
  const first = s.pendingPullIntos[0];
  invalidateBYOBRequest(c);
  if (s.stream[kState].state === 'closed') {
    if (first.readerType === 'none') shiftPendingPullInto(c);
    if (hasBYOBReader(s.stream)) {
      while (numReadIntoRequests(s.stream) > 0) commitPullIntoDescriptor(s.stream, shiftPendingPullInto(c));
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.readerType === 'none') {
      enqueueDetachedPullIntoToQueue(c, first);
      processPullIntoDescriptorsUsingQueue(c);
    } else if (first.bytesFilled >= first.minimumFill) {
      shiftPendingPullInto(c);
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        enqueueChunkToQueue(c, first.buffer.slice(end - remainder, end), 0, remainder);
      }
      first.bytesFilled -= remainder;
      commitPullIntoDescriptor(s.stream, first);
      processPullIntoDescriptorsUsingQueue(c);
    }
  }
  byteControllerCallPullIfNeeded(c);
}

// ---- tee / iteration / from ----
// The cancel algorithms of a tee's two branches: the source is canceled with both reasons
// once both branches are.
function teeCancels(stream, cancelPromise) {
  const reasons = [undefined, undefined];
  const canceled = [false, false];
  const cancel = (i) => (reason) => {
    canceled[i] = true;
    reasons[i] = reason;
    if (canceled[1 - i]) cancelPromise.resolve(readableStreamCancel(stream, reasons.slice()));
    return cancelPromise.promise;
  };
  return { canceled, cancel1: cancel(0), cancel2: cancel(1) };
}

function readableStreamTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false, readAgain = false;
  const cancelPromise = deferred();
  const { canceled, cancel1, cancel2 } = teeCancels(stream, cancelPromise);
  function pull() {
    if (reading) { readAgain = true; return resolved(); }
    reading = true;
    readerRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled[0]) defaultControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled[1]) defaultControllerEnqueue(branch2[kState].controller, chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        if (!canceled[0]) defaultControllerClose(branch1[kState].controller);
        if (!canceled[1]) defaultControllerClose(branch2[kState].controller);
        if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
      },
      error() { reading = false; },
    });
    return resolved();
  }
  const branch1 = createReadableStream(nop, pull, cancel1);
  const branch2 = createReadableStream(nop, pull, cancel2);
  reader[kState].closed.promise.catch((r) => {
    defaultControllerError(branch1[kState].controller, r);
    defaultControllerError(branch2[kState].controller, r);
    if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

// ReadableByteStreamTee: a branch read with a BYOB reader reads the source into its own view
// (the other branch gets a copy of what was read), else the source is read with a default reader.
function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  const readAgain = [false, false];
  const cancelPromise = deferred();
  const { canceled, cancel1, cancel2 } = teeCancels(stream, cancelPromise);
  const controllers = [];
  const errorBoth = (e) => { byteControllerError(controllers[0], e); byteControllerError(controllers[1], e); };
  function forwardReaderError(thisReader) {
    thisReader[kState].closed.promise.catch((r) => {
      if (thisReader !== reader) return;
      errorBoth(r);
      if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
    });
  }
  // After a chunk was handed on: pull again for a branch that asked meanwhile.
  function chunkDone() {
    reading = false;
    if (readAgain[0]) pull(0)();
    else if (readAgain[1]) pull(1)();
  }
  // Copies a chunk for the other branch; a failed copy cancels the source.
  function cloneOrCancel(chunk) {
    try { return copyBytes(chunk); } catch (e) {
      errorBoth(e);
      cancelPromise.resolve(readableStreamCancel(stream, e));
      return null;
    }
  }
  function respondClosed(c) { if (c[kState].pendingPullIntos.length > 0) byteControllerRespond(c, 0); }
  function pullWithDefaultReader() {
    if (reader instanceof ReadableStreamBYOBReader) {
      reader.releaseLock();
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readerRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain[0] = readAgain[1] = false;
          let chunk2 = chunk;
          if (!canceled[0] && !canceled[1]) {
            chunk2 = cloneOrCancel(chunk);
            if (chunk2 === null) return;
          }
          if (!canceled[0]) byteControllerEnqueue(controllers[0], chunk);
          if (!canceled[1]) byteControllerEnqueue(controllers[1], chunk2);
          chunkDone();
        });
      },
      close() {
        reading = false;
        if (!canceled[0]) byteControllerClose(controllers[0]);
        if (!canceled[1]) byteControllerClose(controllers[1]);
        respondClosed(controllers[0]);
        respondClosed(controllers[1]);
        if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
      },
      error() { reading = false; },
    });
  }
  function pullWithBYOBReader(view, i) {
    if (reader instanceof ReadableStreamDefaultReader) {
      reader.releaseLock();
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byob = controllers[i], other = controllers[1 - i];
    byobReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain[0] = readAgain[1] = false;
          if (!canceled[1 - i]) {
            const clone = cloneOrCancel(chunk);
            if (clone === null) return;
            if (!canceled[i]) byteControllerRespondWithNewView(byob, chunk);
            byteControllerEnqueue(other, clone);
          } else if (!canceled[i]) {
            byteControllerRespondWithNewView(byob, chunk);
          }
          chunkDone();
        });
      },
      close(chunk) {
        reading = false;
        if (!canceled[i]) byteControllerClose(byob);
        if (!canceled[1 - i]) byteControllerClose(other);
        if (chunk !== undefined) {
          if (!canceled[i]) byteControllerRespondWithNewView(byob, chunk);
          if (!canceled[1 - i]) respondClosed(other);
        }
        if (!canceled[i] || !canceled[1 - i]) cancelPromise.resolve();
      },
      error() { reading = false; },
    });
  }
  const pull = (i) => () => {
    if (reading) { readAgain[i] = true; return resolved(); }
    reading = true;
    const request = controllers[i].byobRequest;
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, i);
    return resolved();
  };
  const branch1 = createReadableByteStream(nop, pull(0), cancel1);
  const branch2 = createReadableByteStream(nop, pull(1), cancel2);
  controllers.push(branch1[kState].controller, branch2[kState].controller);
  forwardReaderError(reader);
  return [branch1, branch2];
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
function createStreamIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let ongoing;
  let started = false;
  let finished = false;
  function nextSteps() {
    if (finished) return resolved({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return rejected(new InvalidState('The reader is not bound to a ReadableStream'));
    }
    const d = deferred();
    readerRead(reader, {
      chunk: (value) => { ongoing = undefined; d.resolve({ value, done: false }); },
      close: () => {
        ongoing = undefined; finished = true;
        readerGenericRelease(reader);
        d.resolve({ done: true, value: undefined });
      },
      error: (e) => {
        ongoing = undefined; finished = true;
        readerGenericRelease(reader);
        d.reject(e);
      },
    });
    return d.promise;
  }
  async function returnSteps(value) {
    if (finished) return { done: true, value };
    finished = true;
    if (reader[kState].stream === undefined) throw new InvalidState('The reader is not bound to a ReadableStream');
    if (!preventCancel) {
      const result = readerGenericCancel(reader, value);
      readerGenericRelease(reader);
      await result;
      return { done: true, value };
    }
    readerGenericRelease(reader);
    return { done: true, value };
  }
  return Object.setPrototypeOf({
    next() {
      // Like node, the first read waits a microtask so the controller can start and pull.
      if (!started) { ongoing = resolved(); started = true; }
      ongoing = ongoing ? ongoing.then(nextSteps, nextSteps) : nextSteps();
      return ongoing;
    },
    return(value) {
      return ongoing ? ongoing.then(() => returnSteps(value), () => returnSteps(value)) : returnSteps(value);
    },
  }, AsyncIteratorPrototype);
}

function readableStreamFromIterable(iterable) {
  // node's getIterator: reading the methods of null/undefined throws the engine's TypeError, a
  // missing method is ERR_ARG_NOT_ITERABLE (formatted as %s) and a non-callable one a TypeError.
  let iterator;
  const asyncMethod = iterable[Symbol.asyncIterator];
  if (asyncMethod != null) {
    iterator = Reflect.apply(asyncMethod, iterable, []);
  } else {
    const syncMethod = iterable[Symbol.iterator];
    if (syncMethod === undefined) throw new ArgNotIterable(require('util').format('%s', iterable));
    const syncIterator = Reflect.apply(syncMethod, iterable, []);
    iterator = (async function* () { return yield* { [Symbol.iterator]: () => syncIterator }; })();
  }
  if (iterator === null || typeof iterator !== 'object') throw new InvalidState('The iterator method must return an object');
  const nextMethod = iterator.next;
  let stream;
  async function pull() {
    const nextPromise = Promise.resolve(nextMethod.call(iterator));
    return nextPromise.then((r) => {
      if (r === null || typeof r !== 'object') {
        throw new InvalidState('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (r.done) defaultControllerClose(stream[kState].controller);
      else defaultControllerEnqueue(stream[kState].controller, r.value);
    });
  }
  async function cancel(reason) {
    const ret = iterator.return;
    if (ret === undefined) return undefined;
    const returnPromise = Promise.resolve(ret.call(iterator, reason));
    return returnPromise.then((r) => {
      if (r === null || typeof r !== 'object') {
        throw new InvalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
      return undefined;
    });
  }
  stream = createReadableStream(nop, pull, cancel, 0);
  return stream;
}

// ---- pipeTo ----
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = new ReadableStreamDefaultReader(source);
  const writer = new WritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = resolved();
  const done = deferred();
  let abortAlgorithm;

  const waitForWritesToFinish = () => {
    const old = currentWrite;
    return currentWrite.then(() => (old !== currentWrite ? waitForWritesToFinish() : undefined));
  };
  const finalize = (isError, error) => {
    writerRelease(writer);
    readerGenericRelease(reader);
    if (signal) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) done.reject(error); else done.resolve();
  };
  const destWritableNotClosing = () => dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest);
  const shutdownWithAction = (action, originalIsError, originalError) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const rest = () => {
      action().then(() => finalize(originalIsError, originalError), (e) => finalize(true, e));
    };
    if (destWritableNotClosing()) waitForWritesToFinish().then(rest);
    else rest();
  };
  const shutdown = (isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destWritableNotClosing()) waitForWritesToFinish().then(() => finalize(isError, error));
    else finalize(isError, error);
  };

  if (signal) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) actions.push(() => (dest[kState].state === 'writable' ? writableStreamAbort(dest, error) : resolved()));
      if (!preventCancel) actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : resolved()));
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) { abortAlgorithm(); return done.promise; }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  const pipeStep = async () => {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    const d = deferred();
    readerRead(reader, {
      chunk: (chunk) => {
        currentWrite = writerWrite(writer, chunk);
        handled(currentWrite);
        d.resolve(false);
      },
      close: () => d.resolve(true),
      error: (e) => d.reject(e),
    });
    return d.promise;
  };
  const pipeLoop = async () => { while (!await pipeStep()); };

  // Errors forward, errors backward, closing forward, closing backward.
  const sourceState = () => source[kState];
  const destState = () => dest[kState];
  const onSourceError = (e) => {
    if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, e), true, e);
    else shutdown(true, e);
  };
  const onDestError = (e) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, e), true, e);
    else shutdown(true, e);
  };
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
    else shutdown();
  };
  if (sourceState().state === 'errored') onSourceError(sourceState().storedError);
  else reader[kState].closed.promise.then(undefined, onSourceError);
  if (destState().state === 'errored') onDestError(destState().storedError);
  else writer[kState].closed.promise.then(undefined, onDestError);
  if (sourceState().state === 'closed') onSourceClosed();
  else reader[kState].closed.promise.then(onSourceClosed, nop);
  if (writableStreamCloseQueuedOrInFlight(dest) || destState().state === 'closed') {
    const destClosed = new InvalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }
  handled(pipeLoop());
  return done.promise;
}

// ---- WritableStream ----
const kAbort = Symbol('kAbort');
const kError = Symbol('kError');
const kCloseSentinel = Symbol('kCloseSentinel');

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === kInternal) { initWritableState(this); return; }
    validateObject(sink, 'sink', { allowArray: true, allowFunction: true });
    validateObject(strategy, 'strategy', { allowArray: true, allowFunction: true, allowNullable: true });
    const type = sink.type;
    if (type !== undefined) throw new InvalidArgValueRange('type', type);
    initWritableState(this);
    const size = extractSizeAlgorithm(strategy == null ? undefined : strategy.size);
    const highWaterMark = extractHighWaterMark(strategy == null ? undefined : strategy.highWaterMark, 1);
    const controller = branded(WritableStreamDefaultController, 'WritableStreamDefaultController');
    const start = startOf(sink.start);
    const write = callbackOf(sink.write, 'sink.write');
    const close = callbackOf(sink.close, 'sink.close');
    const abort = callbackOf(sink.abort, 'sink.abort');
    setupWritableController(this, controller,
      () => (start ? start.call(sink, controller) : undefined),
      (chunk) => promiseCall(write, sink, chunk, controller),
      () => promiseCall(close, sink),
      (reason) => promiseCall(abort, sink, reason),
      highWaterMark, size);
  }
  get locked() { check(this, 'WritableStream'); return isWritableStreamLocked(this); }
  abort(reason = undefined) {
    const bad = checkP(this, 'WritableStream'); if (bad) return bad;
    if (isWritableStreamLocked(this)) return rejected(new InvalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }
  close() {
    const bad = checkP(this, 'WritableStream'); if (bad) return bad;
    if (isWritableStreamLocked(this)) return rejected(new InvalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) return rejected(new InvalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }
  getWriter() {
    check(this, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'WritableStream', { locked: this.locked, state: this[kState].state });
  }
}
setToStringTag(WritableStream, 'WritableStream');

function initWritableState(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: [], backpressure: false,
  };
  const closed = deferred();
  handled(closed.promise);
  stream[kIsClosedPromise] = closed;
}
function createWritableStream(start, write, close, abort, highWaterMark, size) {
  const stream = new WritableStream(kInternal);
  const controller = branded(WritableStreamDefaultController, 'WritableStreamDefaultController');
  setupWritableController(stream, controller, start, write, close, abort, highWaterMark, size);
  return stream;
}
function isWritableStreamLocked(stream) { return stream[kState].writer !== undefined; }

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return resolved();
  s.controller[kState].abortController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return resolved();
  if (s.pendingAbortRequest) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (s.state === 'erroring') { wasAlreadyErroring = true; reason = undefined; }
  const promise = deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}
function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return rejected(new InvalidState('WritableStream is closed'));
  }
  const promise = deferred();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer && s.backpressure && s.state === 'writable') writer[kState].ready.resolve();
  const c = s.controller;
  enqueueValueWithSize(c[kState], kCloseSentinel, 0);
  writableControllerAdvanceQueueIfNeeded(c);
  return promise.promise;
}
function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') { writableStreamStartErroring(stream, error); return; }
  writableStreamFinishErroring(stream);
}
function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer) writerEnsureReadyPromiseRejected(s.writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) writableStreamFinishErroring(stream);
}
function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  s.controller[kError]();
  const storedError = s.storedError;
  for (const r of s.writeRequests) r.reject(storedError);
  s.writeRequests = [];
  if (!s.pendingAbortRequest) { writableStreamRejectCloseAndClosedPromiseIfNeeded(stream); return; }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  s.controller[kAbort](abortRequest.reason).then(() => {
    abortRequest.promise.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}
function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}
function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}
function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest) { s.pendingAbortRequest.promise.resolve(); s.pendingAbortRequest = undefined; }
  }
  s.state = 'closed';
  if (s.writer) s.writer[kState].closed.resolve();
  stream[kIsClosedPromise].resolve();
}
function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest) { s.pendingAbortRequest.promise.reject(error); s.pendingAbortRequest = undefined; }
  writableStreamDealWithRejection(stream, error);
}
function writableStreamCloseQueuedOrInFlight(stream) {
  return stream[kState].closeRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}
function writableStreamHasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}
function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest) { s.closeRequest.reject(s.storedError); s.closeRequest = undefined; }
  stream[kIsClosedPromise].reject(s.storedError);
  if (s.writer) {
    s.writer[kState].closed.reject(s.storedError);
    handled(s.writer[kState].closed.promise);
  }
}
function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve();
  }
  s.backpressure = backpressure;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (isWritableStreamLocked(stream)) throw new InvalidState('WritableStream is locked');
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream, ready: undefined, closed: undefined };
    const s = stream[kState];
    s.writer = this;
    if (s.state === 'writable') {
      this[kState].ready = !writableStreamCloseQueuedOrInFlight(stream) && s.backpressure ? deferred() : settledDeferred('resolve');
      this[kState].closed = deferred();
    } else if (s.state === 'erroring') {
      this[kState].ready = settledDeferred('reject', s.storedError);
      this[kState].closed = deferred();
    } else if (s.state === 'closed') {
      this[kState].ready = settledDeferred('resolve');
      this[kState].closed = settledDeferred('resolve');
    } else {
      this[kState].ready = settledDeferred('reject', s.storedError);
      this[kState].closed = settledDeferred('reject', s.storedError);
    }
  }
  get closed() {
    const bad = checkP(this, 'WritableStreamDefaultWriter'); if (bad) return bad;
    return this[kState].closed.promise;
  }
  get desiredSize() {
    check(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw new InvalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }
  get ready() {
    const bad = checkP(this, 'WritableStreamDefaultWriter'); if (bad) return bad;
    return this[kState].ready.promise;
  }
  abort(reason = undefined) {
    const bad = checkP(this, 'WritableStreamDefaultWriter'); if (bad) return bad;
    if (this[kState].stream === undefined) return rejected(new InvalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(this[kState].stream, reason);
  }
  close() {
    const bad = checkP(this, 'WritableStreamDefaultWriter'); if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return rejected(new InvalidState('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(stream)) return rejected(new InvalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }
  releaseLock() {
    check(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }
  write(chunk = undefined) {
    const bad = checkP(this, 'WritableStreamDefaultWriter'); if (bad) return bad;
    if (this[kState].stream === undefined) return rejected(new InvalidState('Writer is not bound to a WritableStream'));
    return writerWrite(this, chunk);
  }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'WritableStreamDefaultWriter', {
      stream: this[kState].stream, close: this[kState].closed.promise, ready: this[kState].ready.promise,
      desiredSize: this[kState].stream ? writerGetDesiredSize(this) : null,
    });
  }
}
setToStringTag(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  const c = stream[kState].controller[kState];
  return c.highWaterMark - c.queueTotalSize;
}
function writerEnsureReadyPromiseRejected(writer, error) {
  const ws = writer[kState];
  if (ws.ready.state === 'pending') ws.ready.reject(error);
  else ws.ready = settledDeferred('reject', error);
  handled(ws.ready.promise);
}
function writerEnsureClosedPromiseRejected(writer, error) {
  const ws = writer[kState];
  if (ws.closed.state === 'pending') ws.closed.reject(error);
  else ws.closed = settledDeferred('reject', error);
  handled(ws.closed.promise);
}
function writerRelease(writer) {
  const stream = writer[kState].stream;
  const err = new InvalidState('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, err);
  writerEnsureClosedPromiseRejected(writer, err);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}
function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = writableControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return rejected(new InvalidState('Mismatched WritableStreams'));
  const s = stream[kState];
  if (s.state === 'errored') return rejected(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') {
    return rejected(new InvalidState('WritableStream is closed'));
  }
  if (s.state === 'erroring') return rejected(s.storedError);
  const promise = deferred();
  s.writeRequests.push(promise);
  writableControllerWrite(controller, chunk, chunkSize);
  return promise.promise;
}
function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') return resolved();
  if (s.state === 'errored') return rejected(s.storedError);
  return writableStreamClose(stream);
}

class WritableStreamDefaultController {
  constructor() { if (arguments[0] !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get signal() { check(this, 'WritableStreamDefaultController'); return this[kState].abortController.signal; }
  error(error = undefined) {
    check(this, 'WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableControllerError(this, error);
  }
  [kAbort](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableControllerClearAlgorithms(this);
    return result;
  }
  [kError]() { resetQueue(this[kState]); }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'WritableStreamDefaultController', { stream: this[kState].stream });
  }
}
setToStringTag(WritableStreamDefaultController, 'WritableStreamDefaultController');

function setupWritableController(stream, controller, start, write, close, abort, highWaterMark, size) {
  const { AbortController } = require('internal/web');
  controller[kState] = {
    stream, queue: [], queueTotalSize: 0, started: false, highWaterMark, sizeAlgorithm: size,
    writeAlgorithm: write, closeAlgorithm: close, abortAlgorithm: abort, abortController: new AbortController(),
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (e) => writableControllerErrorIfNeeded(controller, e);
  writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(controller));
  const startResult = start();
  new Promise((r) => r(startResult)).then(() => {
    controller[kState].started = true;
    writableControllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    controller[kState].started = true;
    writableStreamDealWithRejection(stream, r);
  });
}
function writableControllerClearAlgorithms(c) {
  const s = c[kState];
  s.writeAlgorithm = undefined;
  s.closeAlgorithm = undefined;
  s.abortAlgorithm = undefined;
  s.sizeAlgorithm = undefined;
}
function writableControllerGetChunkSize(c, chunk) {
  const s = c[kState];
  if (s.sizeAlgorithm === undefined) return 1;
  try { return s.sizeAlgorithm(chunk); } catch (e) { writableControllerErrorIfNeeded(c, e); return 1; }
}
function writableControllerGetDesiredSize(c) { return c[kState].highWaterMark - c[kState].queueTotalSize; }
function writableControllerGetBackpressure(c) { return writableControllerGetDesiredSize(c) <= 0; }
function writableControllerWrite(c, chunk, size) {
  try { enqueueValueWithSize(c[kState], chunk, size); } catch (e) { writableControllerErrorIfNeeded(c, e); return; }
  const stream = c[kState].stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(c));
  }
  writableControllerAdvanceQueueIfNeeded(c);
}
function writableControllerAdvanceQueueIfNeeded(c) {
  const s = c[kState];
  const stream = s.stream;
  if (!s.started || stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') { writableStreamFinishErroring(stream); return; }
  if (s.queue.length === 0) return;
  const value = s.queue[0].value;
  if (value === kCloseSentinel) writableControllerProcessClose(c);
  else writableControllerProcessWrite(c, value);
}
function writableControllerErrorIfNeeded(c, e) {
  if (c[kState].stream[kState].state === 'writable') writableControllerError(c, e);
}
function writableControllerProcessClose(c) {
  const s = c[kState];
  const stream = s.stream;
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = undefined;
  dequeueValue(s);
  const p = s.closeAlgorithm();
  writableControllerClearAlgorithms(c);
  p.then(() => writableStreamFinishInFlightClose(stream), (r) => writableStreamFinishInFlightCloseWithError(stream, r));
}
function writableControllerProcessWrite(c, chunk) {
  const s = c[kState];
  const stream = s.stream;
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
  s.writeAlgorithm(chunk).then(() => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream[kState].state;
    dequeueValue(s);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableControllerGetBackpressure(c));
    }
    writableControllerAdvanceQueueIfNeeded(c);
  }, (reason) => {
    if (stream[kState].state === 'writable') writableControllerClearAlgorithms(c);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}
function writableControllerError(c, e) {
  writableControllerClearAlgorithms(c);
  writableStreamStartErroring(c[kState].stream, e);
}

// ---- TransformStream ----
class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    validateObject(transformer, 'transformer', { allowArray: true, allowFunction: true });
    validateObject(writableStrategy, 'writableStrategy', { allowArray: true, allowFunction: true, allowNullable: true });
    validateObject(readableStrategy, 'readableStrategy', { allowArray: true, allowFunction: true, allowNullable: true });
    // Members are read once, in node's order.
    const readableType = transformer.readableType;
    const writableType = transformer.writableType;
    const start = transformer.start;
    if (readableType !== undefined) throw new InvalidArgValueRange('transformer.readableType', readableType);
    if (writableType !== undefined) throw new InvalidArgValueRange('transformer.writableType', writableType);
    const rHwm = readableStrategy == null ? undefined : readableStrategy.highWaterMark;
    const rSize = readableStrategy == null ? undefined : readableStrategy.size;
    const wHwm = writableStrategy == null ? undefined : writableStrategy.highWaterMark;
    const wSize = writableStrategy == null ? undefined : writableStrategy.size;
    const readableHighWaterMark = extractHighWaterMark(rHwm, 0);
    const readableSize = extractSizeAlgorithm(rSize);
    const writableHighWaterMark = extractHighWaterMark(wHwm, 1);
    const writableSize = extractSizeAlgorithm(wSize);
    const startPromise = deferred();
    this[kType] = 'TransformStream';
    initializeTransformStream(this, startPromise.promise, writableHighWaterMark, writableSize, readableHighWaterMark, readableSize);
    const controller = branded(TransformStreamDefaultController, 'TransformStreamDefaultController');
    const transform = callbackOf(transformer.transform, 'transformer.transform');
    const flush = callbackOf(transformer.flush, 'transformer.flush');
    const cancel = callbackOf(transformer.cancel, 'transformer.cancel');
    setupTransformController(this, controller,
      transform ? (chunk) => promiseCall(transform, transformer, chunk, controller) : (chunk) => {
        try { transformControllerEnqueue(controller, chunk); return resolved(); } catch (e) { return rejected(e); }
      },
      () => promiseCall(flush, transformer, controller),
      (reason) => promiseCall(cancel, transformer, reason));
    if (start !== undefined) {
      if (typeof start !== 'function') throw new TypeError('FunctionPrototypeCall is not a function');
      startPromise.resolve(start.call(transformer, controller));
    }
    else startPromise.resolve();
  }
  get readable() { check(this, 'TransformStream'); return this[kState].readable; }
  get writable() { check(this, 'TransformStream'); return this[kState].writable; }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'TransformStream', {
      readable: this.readable, writable: this.writable, backpressure: this[kState].backpressure,
    });
  }
}
setToStringTag(TransformStream, 'TransformStream');

function initializeTransformStream(stream, startPromise, wHwm, wSize, rHwm, rSize) {
  stream[kState] = { readable: undefined, writable: undefined, backpressure: undefined, backpressureChange: undefined, controller: undefined };
  const start = () => startPromise;
  stream[kState].writable = createWritableStream(start,
    (chunk) => transformSinkWrite(stream, chunk),
    () => transformSinkClose(stream),
    (reason) => transformSinkAbort(stream, reason),
    wHwm, wSize);
  stream[kState].readable = createReadableStream(start,
    () => transformSourcePull(stream),
    (reason) => transformSourceCancel(stream, reason),
    rHwm, rSize);
  transformSetBackpressure(stream, true);
}
function transformStreamError(stream, e) {
  defaultControllerError(stream[kState].readable[kState].controller, e);
  transformErrorWritableAndUnblockWrite(stream, e);
}
function transformErrorWritableAndUnblockWrite(stream, e) {
  transformControllerClearAlgorithms(stream[kState].controller);
  writableControllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  if (stream[kState].backpressure) transformSetBackpressure(stream, false);
}
function transformUnblockWrite(stream) {
  if (stream[kState].backpressure) transformSetBackpressure(stream, false);
}
function transformSetBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange !== undefined) s.backpressureChange.resolve();
  s.backpressureChange = deferred();
  s.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor() { if (arguments[0] !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get desiredSize() {
    check(this, 'TransformStreamDefaultController');
    return defaultControllerGetDesiredSize(this[kState].stream[kState].readable[kState].controller);
  }
  enqueue(chunk = undefined) { check(this, 'TransformStreamDefaultController'); transformControllerEnqueue(this, chunk); }
  error(reason = undefined) { check(this, 'TransformStreamDefaultController'); transformStreamError(this[kState].stream, reason); }
  terminate() { check(this, 'TransformStreamDefaultController'); transformControllerTerminate(this); }
  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'TransformStreamDefaultController', { stream: this[kState].stream });
  }
}
setToStringTag(TransformStreamDefaultController, 'TransformStreamDefaultController');

function setupTransformController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm = resolved) {
  controller[kState] = { stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finishPromise: undefined };
  stream[kState].controller = controller;
}
function transformControllerClearAlgorithms(c) {
  c[kState].transformAlgorithm = undefined;
  c[kState].flushAlgorithm = undefined;
  c[kState].cancelAlgorithm = undefined;
}
function transformControllerEnqueue(c, chunk) {
  const stream = c[kState].stream;
  const rc = stream[kState].readable[kState].controller;
  if (!defaultControllerCanCloseOrEnqueue(rc)) throw new InvalidState('Unable to enqueue');
  try {
    defaultControllerEnqueue(rc, chunk);
  } catch (e) {
    transformErrorWritableAndUnblockWrite(stream, e);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = defaultControllerHasBackpressure(rc);
  if (backpressure !== stream[kState].backpressure) transformSetBackpressure(stream, true);
}
function transformControllerTerminate(c) {
  const stream = c[kState].stream;
  defaultControllerClose(stream[kState].readable[kState].controller);
  transformErrorWritableAndUnblockWrite(stream, new InvalidState('TransformStream has been terminated'));
}
function transformPerform(c, chunk) {
  return c[kState].transformAlgorithm(chunk).then(undefined, (r) => {
    transformStreamError(c[kState].stream, r);
    throw r;
  });
}
function transformSinkWrite(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const writable = stream[kState].writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformPerform(controller, chunk);
    });
  }
  return transformPerform(controller, chunk);
}
// The transformer's cancel() runs once for a cancelled readable side or an aborted writable side
// (node 20's finishPromise, shared with close/flush).
function transformSinkAbort(stream, reason) {
  const { controller, readable } = stream[kState];
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise;
  const d = deferred();
  c.finishPromise = d.promise;
  const cancelPromise = c.cancelAlgorithm(reason);
  transformControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') d.reject(readable[kState].storedError);
    else { defaultControllerError(readable[kState].controller, reason); d.resolve(); }
  }, (e) => {
    defaultControllerError(readable[kState].controller, e);
    d.reject(e);
  });
  return d.promise;
}
function transformSinkClose(stream) {
  const { controller, readable } = stream[kState];
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise;
  const d = deferred();
  c.finishPromise = d.promise;
  const flushPromise = c.flushAlgorithm();
  transformControllerClearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') d.reject(readable[kState].storedError);
    else { defaultControllerClose(readable[kState].controller); d.resolve(); }
  }, (e) => {
    defaultControllerError(readable[kState].controller, e);
    d.reject(e);
  });
  return d.promise;
}
function transformSourcePull(stream) {
  transformSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}
function transformSourceCancel(stream, reason) {
  const { controller, writable } = stream[kState];
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise;
  const d = deferred();
  c.finishPromise = d.promise;
  const cancelPromise = c.cancelAlgorithm(reason);
  transformControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') d.reject(writable[kState].storedError);
    else {
      writableControllerErrorIfNeeded(writable[kState].controller, reason);
      transformUnblockWrite(stream);
      d.resolve();
    }
  }, (e) => {
    writableControllerErrorIfNeeded(writable[kState].controller, e);
    transformUnblockWrite(stream);
    d.reject(e);
  });
  return d.promise;
}

// ---- TextEncoderStream / TextDecoderStream ----
class TextEncoderStream {
  constructor() {
    const { TextEncoder } = require('internal/web');
    const encoder = new TextEncoder();
    let pendingHigh = null;
    this[kType] = 'TextEncoderStream';
    this[kState] = {
      transform: new TransformStream({
        transform(chunk, controller) {
          let str = `${chunk}`;
          if (pendingHigh !== null) { str = pendingHigh + str; pendingHigh = null; }
          const last = str.charCodeAt(str.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) { pendingHigh = str[str.length - 1]; str = str.slice(0, -1); }
          const value = encoder.encode(str);
          if (value.byteLength > 0) controller.enqueue(value);
        },
        flush(controller) {
          if (pendingHigh !== null) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        },
      }),
    };
  }
  get encoding() { check(this, 'TextEncoderStream'); return 'utf-8'; }
  get readable() { check(this, 'TextEncoderStream'); return this[kState].transform.readable; }
  get writable() { check(this, 'TextEncoderStream'); return this[kState].transform.writable; }
  [kInspect](depth, options) {
    check(this, 'TextEncoderStream');
    return customInspect(this, depth, options, 'TextEncoderStream', { encoding: this.encoding, readable: this.readable, writable: this.writable });
  }
}

// ---- CompressionStream / DecompressionStream ----
// As node's: a zlib stream behind a readable/writable pair.
function zlibPair(format, make) {
  const zlib = require('zlib');
  const handle = make(zlib, format);
  if (handle === undefined) throw new codes.ERR_INVALID_ARG_VALUE('format', format);
  return newReadableWritablePairFromDuplex(handle);
}
const compressors = (zlib, format) => (format === 'deflate' ? zlib.createDeflate() : format === 'deflate-raw'
  ? zlib.createDeflateRaw() : format === 'gzip' ? zlib.createGzip() : undefined);
const decompressors = (zlib, format) => (format === 'deflate' ? zlib.createInflate() : format === 'deflate-raw'
  ? zlib.createInflateRaw() : format === 'gzip' ? zlib.createGunzip() : undefined);

// The two classes differ only in their name and the zlib streams they wrap.
function zlibStreamClass(name, make) {
  const C = class {
    constructor(format) {
      this[kType] = name;
      this[kState] = { transform: zlibPair(format, make) };
    }
    get readable() { check(this, name); return this[kState].transform.readable; }
    get writable() { check(this, name); return this[kState].transform.writable; }
    [kInspect](depth, options) {
      check(this, name);
      return customInspect(this, depth, options, name, { readable: this.readable, writable: this.writable });
    }
  };
  Object.defineProperty(C, 'name', { value: name });
  setToStringTag(C, name);
  return C;
}
const CompressionStream = zlibStreamClass('CompressionStream', compressors);
const DecompressionStream = zlibStreamClass('DecompressionStream', decompressors);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const { TextDecoder } = require('internal/web');
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const value = decoder.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush(controller) {
          const value = decoder.decode();
          if (value) controller.enqueue(value);
          controller.terminate();
        },
      }),
    };
  }
  get encoding() { check(this, 'TextDecoderStream'); return this[kState].decoder.encoding; }
  get fatal() { check(this, 'TextDecoderStream'); return this[kState].decoder.fatal; }
  get ignoreBOM() { check(this, 'TextDecoderStream'); return this[kState].decoder.ignoreBOM; }
  get readable() { check(this, 'TextDecoderStream'); return this[kState].transform.readable; }
  get writable() { check(this, 'TextDecoderStream'); return this[kState].transform.writable; }
  [kInspect](depth, options) {
    check(this, 'TextDecoderStream');
    return customInspect(this, depth, options, 'TextDecoderStream', {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM, readable: this.readable, writable: this.writable,
    });
  }
}

// ---- node stream <-> web stream adapters ----
function prematureToAbort(error) {
  if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}
// The adapters check for the stream's state objects (or write/on) rather than readability or
// writability, as node's: a Duplex opened one way only gives a closed/canceled web side.
function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !Stream.isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  // node reads only `strategy` off the options, unvalidated (a bad one fails in ReadableStream).
  const strategy = options?.strategy || (objectMode
    ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size(chunk) { return chunk.byteLength; } });
  let controller;
  const { Buffer } = require('buffer');
  function onData(chunk) {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  // Set once the web side is canceled (a failed pipeTo/pipeThrough cancels its source): the
  // stream's end after that closes nothing (close() on the canceled stream would throw).
  let wasCanceled = false;
  function onFinished(error) {
    cleanup();
    // A legacy stream may emit 'error' again once finished: node keeps a no-op listener for it.
    streamReadable.on('error', nop);
    error = prematureToAbort(error);
    if (error) return controller.error(error);
    if (wasCanceled) return;
    controller.close();
  }
  // Paused until the web stream pulls (a 'data' listener alone would start the flow).
  streamReadable.pause();
  streamReadable.on('data', onData);
  const cleanup = eos(streamReadable, onFinished);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { wasCanceled = true; destroyer(streamReadable, reason); },
  }, strategy);
}
// node's check of the adapters' options.encoding (its arguments swapped, as node's are).
function validateEncodingOption(encoding) {
  if (encoding !== undefined && !require('buffer').Buffer.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}
function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncodingOption(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Stream.Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      const done = () => {
        try { callback(error); } catch (e) { process.nextTick(() => { throw e; }); }
      };
      if (!closed) { reader.cancel(error).then(done, done); return; }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => { closed = true; destroyer(readable, error); });
  return readable;
}
function newWritableStreamFromStreamWritable(streamWritable) {
  if (!streamWritable || typeof streamWritable.write !== 'function' || typeof streamWritable.on !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !Stream.isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller, backpressurePromise, closed;
  function onDrain() { if (backpressurePromise !== undefined) backpressurePromise.resolve(); }
  const cleanup = eos(streamWritable, (error) => {
    error = prematureToAbort(error);
    cleanup();
    streamWritable.on('error', nop);
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      if (closed !== undefined) { closed.reject(error); closed = undefined; }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) { closed.resolve(); closed = undefined; return; }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressurePromise = deferred();
        return backpressurePromise.promise.finally(() => { backpressurePromise = undefined; });
      }
    },
    abort(reason) { destroyer(streamWritable, reason); },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return resolved();
    },
  }, strategy);
}
function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Stream.Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    writev(chunks, callback) {
      const done = (error) => {
        error = error.filter((e) => e);
        try { callback(error.length === 0 ? undefined : error); } catch (e) { process.nextTick(() => destroyer(writable, e)); }
      };
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))).then(done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const { Buffer } = require('buffer');
        chunk = Buffer.from(chunk, encoding);
        chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      const done = (error) => {
        try { callback(error); } catch (e) { destroyer(writable, e); }
      };
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    destroy(error, callback) {
      const done = () => {
        try { callback(error); } catch (e) { process.nextTick(() => { throw e; }); }
      };
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = (error) => {
        try { callback(error); } catch (e) { process.nextTick(() => destroyer(writable, e)); }
      };
      if (!closed) writer.close().then(done, done);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroyer(writable, new codes.ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => { closed = true; destroyer(writable, error); });
  return writable;
}
function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  const destroyed = isDestroyed(duplex);
  const isWritable = !destroyed && Stream.isWritable(duplex);
  const isReadable = !destroyed && Stream.isReadable(duplex);
  const writable = isWritable ? newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!isWritable) writable.close();
  const readable = isReadable ? newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
  if (!isReadable) readable.cancel();
  return { writable, readable };
}
function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  if (!isWritableStream(writableStream)) throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncodingOption(encoding);
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false, readableClosed = false;
  const duplex = new Stream.Duplex({
    allowHalfOpen, highWaterMark, objectMode, encoding, decodeStrings, signal,
    write(chunk, enc, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const { Buffer } = require('buffer');
        chunk = Buffer.from(chunk, enc);
        chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      const done = (error) => { try { callback(error); } catch (e) { destroyer(duplex, e); } };
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    final(callback) {
      const done = (error) => { try { callback(error); } catch (e) { process.nextTick(() => destroyer(duplex, e)); } };
      if (!writableClosed) writer.close().then(done, done);
    },
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) duplex.push(null); else duplex.push(chunk.value);
      }, (error) => destroyer(duplex, error));
    },
    destroy(error, callback) {
      const done = () => { try { callback(error); } catch (e) { process.nextTick(() => { throw e; }); } };
      const closeWriter = () => (error != null ? writer.abort(error) : writer.close());
      const tasks = [];
      if (!writableClosed) tasks.push(closeWriter());
      if (!readableClosed) tasks.push(reader.cancel(error));
      if (tasks.length) Promise.all(tasks).then(done, done); else done();
    },
  });
  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroyer(duplex, new codes.ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => { writableClosed = true; readableClosed = true; destroyer(duplex, error); });
  reader.closed.then(() => { readableClosed = true; }, (error) => { writableClosed = true; readableClosed = true; destroyer(duplex, error); });
  return duplex;
}

// As node (WebIDL): the classes' methods and accessors are enumerable, as is ReadableStream.from.
for (const C of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream, TransformStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, ByteLengthQueuingStrategy,
  CountQueuingStrategy, TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream]) {
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    if (k !== 'constructor') Object.defineProperty(C.prototype, k, { enumerable: true });
  }
}
Object.defineProperty(ReadableStream, 'from', { enumerable: true });
module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream, TransformStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, ByteLengthQueuingStrategy,
  CountQueuingStrategy, TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
};
Object.defineProperty(module.exports, Symbol.for('rjs.stream.webAdapters'), {
  value: {
    newReadableStreamFromStreamReadable, newStreamReadableFromReadableStream, newWritableStreamFromStreamWritable,
    newStreamWritableFromWritableStream, newReadableWritablePairFromDuplex, newStreamDuplexFromReadableWritablePair,
  },
});
