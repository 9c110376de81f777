// `zlib`: deflate/inflate, gzip/gunzip, raw and unzip as one-shot functions (sync and
// callback) and as Transform streams, over the native codec in node/zlib.rs; Brotli the same way,
// its options as node's Brotli constructor validates them.
'use strict';

const native = internalBinding('zlib');
// kMaxLength: the default and largest maxOutputLength, read once as node's zlib reads it.
const { Buffer, kMaxLength } = require('buffer');
const E = () => require('internal/errors').codes;
const { validateFunction } = require('internal/validators');

const constants = {"Z_NO_FLUSH":0,"Z_PARTIAL_FLUSH":1,"Z_SYNC_FLUSH":2,"Z_FULL_FLUSH":3,"Z_FINISH":4,"Z_BLOCK":5,"Z_OK":0,"Z_STREAM_END":1,"Z_NEED_DICT":2,"Z_ERRNO":-1,"Z_STREAM_ERROR":-2,"Z_DATA_ERROR":-3,"Z_MEM_ERROR":-4,"Z_BUF_ERROR":-5,"Z_VERSION_ERROR":-6,"Z_NO_COMPRESSION":0,"Z_BEST_SPEED":1,"Z_BEST_COMPRESSION":9,"Z_DEFAULT_COMPRESSION":-1,"Z_FILTERED":1,"Z_HUFFMAN_ONLY":2,"Z_RLE":3,"Z_FIXED":4,"Z_DEFAULT_STRATEGY":0,"ZLIB_VERNUM":4880,"DEFLATE":1,"INFLATE":2,"GZIP":3,"GUNZIP":4,"DEFLATERAW":5,"INFLATERAW":6,"UNZIP":7,"BROTLI_DECODE":8,"BROTLI_ENCODE":9,"Z_MIN_WINDOWBITS":8,"Z_MAX_WINDOWBITS":15,"Z_DEFAULT_WINDOWBITS":15,"Z_MIN_CHUNK":64,"Z_MAX_CHUNK":Infinity,"Z_DEFAULT_CHUNK":16384,"Z_MIN_MEMLEVEL":1,"Z_MAX_MEMLEVEL":9,"Z_DEFAULT_MEMLEVEL":8,"Z_MIN_LEVEL":-1,"Z_MAX_LEVEL":9,"Z_DEFAULT_LEVEL":-1,"BROTLI_OPERATION_PROCESS":0,"BROTLI_OPERATION_FLUSH":1,"BROTLI_OPERATION_FINISH":2,"BROTLI_OPERATION_EMIT_METADATA":3,"BROTLI_PARAM_MODE":0,"BROTLI_MODE_GENERIC":0,"BROTLI_MODE_TEXT":1,"BROTLI_MODE_FONT":2,"BROTLI_DEFAULT_MODE":0,"BROTLI_PARAM_QUALITY":1,"BROTLI_MIN_QUALITY":0,"BROTLI_MAX_QUALITY":11,"BROTLI_DEFAULT_QUALITY":11,"BROTLI_PARAM_LGWIN":2,"BROTLI_MIN_WINDOW_BITS":10,"BROTLI_MAX_WINDOW_BITS":24,"BROTLI_LARGE_MAX_WINDOW_BITS":30,"BROTLI_DEFAULT_WINDOW":22,"BROTLI_PARAM_LGBLOCK":3,"BROTLI_MIN_INPUT_BLOCK_BITS":16,"BROTLI_MAX_INPUT_BLOCK_BITS":24,"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING":4,"BROTLI_PARAM_SIZE_HINT":5,"BROTLI_PARAM_LARGE_WINDOW":6,"BROTLI_PARAM_NPOSTFIX":7,"BROTLI_PARAM_NDIRECT":8,"BROTLI_DECODER_RESULT_ERROR":0,"BROTLI_DECODER_RESULT_SUCCESS":1,"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT":2,"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT":3,"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION":0,"BROTLI_DECODER_PARAM_LARGE_WINDOW":1,"BROTLI_DECODER_NO_ERROR":0,"BROTLI_DECODER_SUCCESS":1,"BROTLI_DECODER_NEEDS_MORE_INPUT":2,"BROTLI_DECODER_NEEDS_MORE_OUTPUT":3,"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE":-1,"BROTLI_DECODER_ERROR_FORMAT_RESERVED":-2,"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE":-3,"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET":-4,"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME":-5,"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE":-6,"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE":-7,"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT":-8,"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1":-9,"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2":-10,"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM":-11,"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY":-12,"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS":-13,"BROTLI_DECODER_ERROR_FORMAT_PADDING_1":-14,"BROTLI_DECODER_ERROR_FORMAT_PADDING_2":-15,"BROTLI_DECODER_ERROR_FORMAT_DISTANCE":-16,"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET":-19,"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS":-20,"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES":-21,"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS":-22,"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP":-25,"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1":-26,"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2":-27,"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES":-30,"BROTLI_DECODER_ERROR_UNREACHABLE":-31};
Object.freeze(constants);

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const k of Object.keys(codes)) codes[codes[k]] = k;

const MODES = {
  Deflate: 1, Inflate: 2, Gzip: 3, Gunzip: 4, DeflateRaw: 5, InflateRaw: 6, Unzip: 7,
  BrotliDecompress: 8, BrotliCompress: 9,
};
const isBrotli = (mode) => mode === MODES.BrotliDecompress || mode === MODES.BrotliCompress;
// The flush kinds each family's streams use: node's zlibDefaultOpts and brotliDefaultOpts.
const zlibFlushes = { flush: constants.Z_NO_FLUSH, finishFlush: constants.Z_FINISH, fullFlush: constants.Z_FULL_FLUSH, max: constants.Z_BLOCK };
const brotliFlushes = {
  flush: constants.BROTLI_OPERATION_PROCESS, finishFlush: constants.BROTLI_OPERATION_FINISH,
  fullFlush: constants.BROTLI_OPERATION_FLUSH, max: constants.BROTLI_OPERATION_EMIT_METADATA,
};
const flushesOf = (mode) => (isBrotli(mode) ? brotliFlushes : zlibFlushes);

function zlibError(r) {
  if (r.code === 'ERR_BUFFER_TOO_LARGE') return bufferTooLarge(r.max);
  const err = new Error(r.message);
  err.errno = r.errno;
  err.code = r.code;
  return err;
}
// The name V8 gives the native handle node's zlibOnError runs on.
const handleName = (mode) => (mode === MODES.BrotliDecompress ? 'BrotliDecoder' : mode === MODES.BrotliCompress ? 'BrotliEncoder' : 'Zlib');
// node's frames for an error its codec reports: zlibOnError, called from the binding.
const onErrorFrames = (mode) => ['genericNodeError (node:internal/errors:984:15)', 'wrappedFn (node:internal/errors:538:14)',
  `${handleName(mode)}.zlibOnError [as onerror] (node:zlib:189:17)`];
// `err`'s stack as node's: `frames` (node's own), then `caller` (frames below them), no more
// than Error.stackTraceLimit in all.
function withFrames(err, frames, caller = []) {
  const limit = Error.stackTraceLimit;
  const stack = err.stack;
  if (typeof limit !== 'number' || typeof stack !== 'string') return err;
  const at = stack.indexOf('\n    at ');
  const head = at === -1 ? stack : stack.slice(0, at);
  const all = [...frames, ...caller].slice(0, Math.max(0, Math.floor(limit)));
  err.stack = head + all.map((f) => `\n    at ${f}`).join('');
  return err;
}
// The frames of the code that called into zlib (rjs's own node:zlib frames left out).
function callerFrames() {
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number' || limit <= 0) return [];
  Error.stackTraceLimit = limit + 16;
  const stack = String(new Error().stack);
  Error.stackTraceLimit = limit;
  const lines = stack.split('\n').filter((l) => l.startsWith('    at ')).map((l) => l.slice(7));
  let i = 0;
  while (i < lines.length && lines[i].includes('(node:zlib:')) i++;
  return lines.slice(i);
}
// A sync call's error: node's frames (the codec's error through zlibOnError, or the size check,
// in processChunkSync, zlibBufferSync and the exported wrapper, named after its receiver as V8
// names it) over the caller's, its crash report headed by the line of node's zlibBufferSync path
// that throws it.
function syncError(r, mode, self, fnName) {
  const err = zlibError(r);
  const tooLarge = r.code === 'ERR_BUFFER_TOO_LARGE';
  const wrapper = self !== null && (typeof self === 'object' || typeof self === 'function')
    ? `${self === module.exports ? 'Object' : (typeof self.constructor === 'function' && self.constructor.name) || 'Object'}.syncBufferWrapper [as ${fnName}]`
    : 'syncBufferWrapper';
  withFrames(err, [...(tooLarge ? ['processChunkSync (node:zlib:445:15)'] : [...onErrorFrames(mode), 'processChunkSync (node:zlib:415:12)']),
    'zlibBufferSync (node:zlib:178:12)', `${wrapper} (node:zlib:767:14)`], callerFrames());
  const header = tooLarge
    ? 'node:zlib:445\n        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);\n        ^\n'
    : 'node:zlib:425\n      throw self[kError];\n      ^\n';
  require('internal/loop').markThrow(err, header, false);
  return err;
}
// A stream's codec error: node's zlibOnError frames alone (the binding calls it).
const streamError = (r, mode) => (r.code === 'ERR_BUFFER_TOO_LARGE' ? zlibError(r) : withFrames(zlibError(r), onErrorFrames(mode)));
function bufferTooLarge(max) {
  return new (E().ERR_BUFFER_TOO_LARGE)(max);
}
const kFlushFlag = Symbol('kFlushFlag');
// node's maxFlush: the more flushing of two kinds, in zlib's order (Brotli's map onto it).
const flushiness = [];
[0, 5, 1, 2, 3, 4].forEach((flag, i) => { flushiness[flag] = i; });
const maxFlush = (a, b) => (flushiness[a] > flushiness[b] ? a : b);
const isErr = (r) => r !== null && typeof r === 'object' && !ArrayBuffer.isView(r);

function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new (E().ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

// node's checkFiniteNumber: undefined and NaN mean the default, a non-number or an infinity throws.
function finiteOrDefault(number, name) {
  if (number === undefined || Number.isNaN(number)) return false;
  if (Number.isFinite(number)) return true;
  if (typeof number !== 'number') throw new (E().ERR_INVALID_ARG_TYPE)(name, 'number', number);
  throw new (E().ERR_OUT_OF_RANGE)(name, 'a finite number', number);
}
function checkRange(number, name, lower, upper, def) {
  if (!finiteOrDefault(number, name)) return def;
  if (number < lower || number > upper) throw new (E().ERR_OUT_OF_RANGE)(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

// The options node's Zlib and ZlibBase constructors validate, in their order; returns what
// the native codec is made with (windowBits 0: an inflater reads the window from the header).
function zlibOptionsOf(opts, mode) {
  const o = { level: -1, windowBits: 15, memLevel: 8, strategy: 0, dictionary: undefined };
  // node reads the properties of whatever truthy value it is given (a number has none).
  if (!opts) return o;
  const inflating = mode === MODES.Inflate || mode === MODES.Gunzip || mode === MODES.Unzip;
  if ((opts.windowBits == null || opts.windowBits === 0) && inflating) {
    o.windowBits = 0;
  } else {
    // node's DeflateRaw turns windowBits 8 into 9 in the caller's options object.
    if (mode === MODES.DeflateRaw && opts.windowBits === 8) opts.windowBits = 9;
    o.windowBits = checkRange(opts.windowBits, 'options.windowBits', 8 + (mode === MODES.Gzip ? 1 : 0), 15, 15);
  }
  o.level = checkRange(opts.level, 'options.level', -1, 9, -1);
  o.memLevel = checkRange(opts.memLevel, 'options.memLevel', 1, 9, 8);
  o.strategy = checkRange(opts.strategy, 'options.strategy', 0, 4, 0);
  const dictionary = opts.dictionary;
  if (dictionary !== undefined && !ArrayBuffer.isView(dictionary) && !(dictionary instanceof ArrayBuffer) &&
      !(typeof SharedArrayBuffer === 'function' && dictionary instanceof SharedArrayBuffer)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
  }
  if (dictionary !== undefined) {
    o.dictionary = ArrayBuffer.isView(dictionary) ? new Uint8Array(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength) : new Uint8Array(dictionary);
  }
  checkBaseOptions(opts, zlibFlushes);
  return o;
}

// The options node's ZlibBase validates for every kind of stream.
function checkBaseOptions(opts, flushes) {
  if (finiteOrDefault(opts.chunkSize, 'options.chunkSize') && opts.chunkSize < 64) {
    throw new (E().ERR_OUT_OF_RANGE)('options.chunkSize', '>= 64', opts.chunkSize);
  }
  checkRange(opts.flush, 'options.flush', 0, flushes.max, flushes.flush);
  checkRange(opts.finishFlush, 'options.finishFlush', 0, flushes.max, flushes.finishFlush);
  checkRange(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
}

// node's Brotli constructor: options.params as libbrotli's init array (uint32 by
// BROTLI_PARAM_* key, 0xffffffff unset), checked key by key in property order.
const kMaxBrotliParam = Math.max(...Object.keys(constants).filter((k) => k.startsWith('BROTLI_PARAM_')).map((k) => constants[k]));
function brotliParamsOf(opts) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || (params[key] | 0) !== -1) {
        throw new (E().ERR_BROTLI_INVALID_PARAM)(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new (E().ERR_INVALID_ARG_TYPE)('options.params[key]', 'number', value);
      }
      params[key] = value;
    }
  }
  if (opts) checkBaseOptions(opts, brotliFlushes);
  return Array.from(params);
}
// Native handles answer close() as node's do (minizlib swaps it out around _processChunk).
const kPending = Symbol('kPending');
const kLastFlush = Symbol('kLastFlush');
const kOwner = Symbol('owner_symbol');
const handleProto = {
  close() { native.close(this); },
  // node's binding step, which packages drive directly (pngjs's sync inflate, jimp): the input
  // in[inOff, inOff + inLen) through the codec into out[outOff, outOff + outLen); the stream's
  // _writeState gets [availOutAfter, availInAfter]. Output beyond outLen waits for the next call.
  writeSync(flush, input, inOff, inLen, out, outOff, outLen) {
    let availIn = inLen;
    if (inLen > 0 || this[kPending] === undefined || flush !== this[kLastFlush]) {
      const res = native.process(this, input.subarray(inOff, inOff + inLen), flush, kMaxLength);
      if (isErr(res)) {
        const err = zlibError(res);
        if (this[kOwner] === undefined) throw err;
        this[kOwner].destroy(err);
        return;
      }
      this[kLastFlush] = flush;
      availIn = inLen - native.consumed(this);
      const before = this[kPending];
      this[kPending] = before === undefined ? res : Buffer.concat([before, res]);
    }
    const pending = this[kPending];
    const n = Math.min(pending.length, outLen);
    pending.copy(out, outOff, 0, n);
    this[kPending] = n === pending.length ? undefined : pending.subarray(n);
    if (this[kOwner] !== undefined) {
      const state = this[kOwner]._writeState;
      state[0] = outLen - n;
      state[1] = availIn;
    }
  },
};
// A codec of `mode` from validated options: zlibOptionsOf's for zlib, brotliParamsOf's array
// for Brotli.
function makeHandle(mode, o) {
  const handle = isBrotli(mode) ? native.create(mode, -1, o) :
    native.create(mode, Math.trunc(o.level), undefined, o.windowBits, o.memLevel, o.strategy, o.dictionary);
  if (handle === null) throw new (E().ERR_ZLIB_INITIALIZATION_FAILED)();
  return Object.setPrototypeOf(handle, handleProto);
}
const optionsOf = (mode, opts) => (isBrotli(mode) ? brotliParamsOf(opts) : zlibOptionsOf(opts, mode));

// The output of a one-shot call, as maxOutputLength and options.info let it out.
const maxOutputOf = (opts) => (opts && Number.isFinite(opts.maxOutputLength) ? opts.maxOutputLength : kMaxLength);
// node's zlibBufferSync: the whole input with the finish flush (options.finishFlush:
// Z_SYNC_FLUSH lets a truncated stream give what it has), run on a codec of its own.
function processSync(mode, buffer, opts, name, self, fnName) {
  const options = optionsOf(mode, opts);
  const input = toInput(buffer);
  const handle = makeHandle(mode, options);
  const finish = opts && Number.isFinite(opts.finishFlush) ? opts.finishFlush : flushesOf(mode).finishFlush;
  const out = native.process(handle, input, finish, maxOutputOf(opts));
  const used = native.consumed(handle);
  // Freed now rather than at the next collection, as node's zlibBufferSync closes its engine.
  native.close(handle);
  if (isErr(out)) throw syncError(out, mode, self, fnName);
  if (!(opts && opts.info)) return out;
  // node returns the stream that did the work, closed; rjs makes one of the same class in
  // that state.
  const engine = new (getClass(name))(opts);
  engine.bytesWritten = used;
  engine._handle.close();
  engine._handle = null;
  return { buffer: out, engine };
}

// node's zlibBuffer: the callback forms end a stream with the input and collect its output.
function zlibBuffer(engine, buffer, callback, mode) {
  validateFunction(callback, 'callback');
  if (ArrayBuffer.isView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer)) {
    buffer = Buffer.from(buffer);
  }
  const buffers = [];
  let nread = 0;
  const onEnd = () => {
    const buf = nread === 0 ? Buffer.alloc(0) : buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
    engine.close();
    callback(null, engine._info ? { buffer: buf, engine } : buf);
  };
  engine.on('data', (chunk) => {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.close();
      engine.removeListener('end', onEnd);
      // node's frames: its 'data' listener, run by push() from the codec's callback.
      const cls = engine.constructor.name;
      callback(withFrames(bufferTooLarge(engine._maxOutputLength), [`${cls}.zlibBufferOnData (node:zlib:140:13)`,
        `${cls}.emit (node:events:524:28)`, 'addChunk (node:internal/streams/readable:561:12)',
        'readableAddChunkPushByteMode (node:internal/streams/readable:512:3)', 'Readable.push (node:internal/streams/readable:392:5)',
        `${handleName(mode)}.processCallback (node:zlib:525:32)`]));
    }
  });
  engine.on('error', (err) => {
    engine.removeListener('end', onEnd);
    callback(err);
  });
  engine.on('end', onEnd);
  engine.end(buffer);
}

const fns = {};
for (const [name, mode] of Object.entries(MODES)) {
  const lower = name[0].toLowerCase() + name.slice(1);
  fns[`${lower}Sync`] = function (buffer, opts) { return processSync(mode, buffer, opts, name, this, `${lower}Sync`); };
  fns[lower] = function (buffer, opts, callback) {
    if (typeof opts === 'function') { callback = opts; opts = {}; }
    return zlibBuffer(new (getClass(name))(opts), buffer, callback, mode);
  };
}

// Output reaches readers in pieces of at most chunkSize bytes, as node's output buffer fills:
// a piece ends where the buffer is full, and the next write continues the same buffer.
// As node's processCallback, a full buffer whose piece the readable side refused (push() false)
// waits for the next _read before the rest goes out and the chunk completes (`done`); else the
// codec's next step (node: another thread-pool job) goes on a loop turn later.
function pushOut(stream, out, done) {
  const size = stream._chunkSize;
  let off = 0;
  const step = () => {
    while (off < out.length) {
      const n = Math.min(size - stream._outOffset, out.length - off);
      const accepted = stream.push(off === 0 && n === out.length ? out : out.subarray(off, off + n));
      off += n;
      stream._outOffset += n;
      if (stream._outOffset < size) continue;
      stream._outOffset = 0;
      if (stream.destroyed) break;
      if (!accepted) {
        const oldRead = stream._read;
        stream._read = (m) => {
          stream._read = oldRead;
          step();
          stream._read(m);
        };
      } else {
        require('internal/loop').queueCompletion(step);
      }
      return;
    }
    done();
  };
  step();
}

// Stream classes: Transforms whose chunks go through one native codec.
const classes = {};
let Transform;
function makeClass(name, mode) {
  function ZlibStream(opts) {
    if (!(this instanceof ZlibStream)) return new ZlibStream(opts);
    Transform.call(this, { ...(opts || {}), objectMode: false, readableObjectMode: false, writableObjectMode: false });
    const options = optionsOf(mode, opts);
    this.bytesWritten = 0;
    this._handle = makeHandle(mode, options);
    this._handle[kOwner] = this;
    // node's ZlibBase/Zlib state, which code such as minizlib and tests read.
    this._writeState = new Uint32Array(2);
    const o = opts || {};
    const flushes = flushesOf(mode);
    this._chunkSize = Number.isFinite(o.chunkSize) ? o.chunkSize : constants.Z_DEFAULT_CHUNK;
    // The output buffer node's streams step their handle into (pngjs drives writeSync with it).
    this._outBuffer = Buffer.allocUnsafe(this._chunkSize);
    this._outOffset = 0;
    this._defaultFlushFlag = Number.isFinite(o.flush) ? o.flush : flushes.flush;
    this._finishFlushFlag = Number.isFinite(o.finishFlush) ? o.finishFlush : flushes.finishFlush;
    this._defaultFullFlushFlag = flushes.fullFlush;
    this._info = o.info;
    this._maxOutputLength = Number.isFinite(o.maxOutputLength) ? o.maxOutputLength : kMaxLength;
    if (!isBrotli(mode)) {
      this._level = options.level;
      this._strategy = options.strategy;
    }
    // What reset() makes a new Brotli handle from.
    Object.defineProperty(this, '_brotliParams', { value: isBrotli(mode) ? options : undefined, writable: true, enumerable: false });
  }
  Object.setPrototypeOf(ZlibStream.prototype, Transform.prototype);
  Object.setPrototypeOf(ZlibStream, Transform);
  Object.defineProperty(ZlibStream, 'name', { value: name });
  ZlibStream.prototype._transform = function (chunk, encoding, cb) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    // flush() writes an empty chunk carrying its flush kind, as node's kFlushBuffers.
    let flag = data[kFlushFlag] !== undefined ? data[kFlushFlag] : this._defaultFlushFlag;
    // The last chunk also applies the finish flush, as node's.
    if (this.writableEnded && this.writableLength === data.length) flag = maxFlush(flag, this._finishFlushFlag);
    const out = native.process(this._handle, data, flag);
    // Input after the end of a decoder's stream is not used: bytesWritten leaves it out and the
    // readable side ends, as node's processCallback does when input is left over.
    const used = isErr(out) ? 0 : native.consumed(this._handle);
    this.bytesWritten += used;
    // Each chunk completes a loop turn later, as node's thread-pool zlib work does.
    require('internal/loop').queueCompletion(() => {
      if (isErr(out)) return cb(streamError(out, mode));
      pushOut(this, out, () => {
        if (used < data.length) this.push(null);
        cb();
      });
    });
  };
  ZlibStream.prototype._flush = function (cb) {
    this._transform(Buffer.alloc(0), '', cb);
  };
  // As node's: 'finish' does not wait for the flush, which Transform's prefinish starts.
  ZlibStream.prototype._final = function (cb) {
    cb();
  };
  // As node: queued behind pending writes as an empty chunk that carries the flush kind.
  ZlibStream.prototype.flush = function (kind, cb) {
    if (typeof kind === 'function' || (kind === undefined && !cb)) { cb = kind; kind = this._defaultFullFlushFlag; }
    if (this.writableFinished) {
      if (cb) process.nextTick(cb);
    } else if (this.writableEnded) {
      if (cb) this.once('end', cb);
    } else {
      const marker = Buffer.alloc(0);
      marker[kFlushFlag] = kind;
      this.write(marker, '', cb);
    }
  };
  // node's internal step, which minizlib (tar, npm) drives directly. With a callback the output
  // is pushed a loop turn later; without one it is returned and the handle is closed, as node's
  // processChunkSync leaves it (`_handle` null).
  ZlibStream.prototype._processChunk = function (chunk, flushFlag, cb) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const out = native.process(this._handle, data, flushFlag);
    if (typeof cb === 'function') {
      this.bytesWritten += data.length;
      require('internal/loop').queueCompletion(() => {
        if (isErr(out)) return cb(streamError(out, mode));
        pushOut(this, out, cb);
      });
      return;
    }
    if (isErr(out)) throw zlibError(out);
    // As processChunkSync: the input this call consumed (not a running total).
    this.bytesWritten = data.length;
    if (this._handle) this._handle.close();
    this._handle = null;
    return out.length === 0 ? Buffer.alloc(0) : out;
  };
  // As node: the new level applies after a sync flush of what was written before.
  ZlibStream.prototype.params = function (level, strategy, cb) {
    checkRange(level, 'level', -1, 9);
    checkRange(strategy, 'strategy', 0, 4);
    if (this._level !== level || this._strategy !== strategy) {
      this.flush(constants.Z_SYNC_FLUSH, () => {
        if (this._handle) native.params(this._handle, level, strategy);
        if (this.destroyed) return;
        this._level = level;
        this._strategy = strategy;
        if (cb) cb();
      });
    } else if (cb) {
      process.nextTick(cb);
    }
  };
  // The codec's memory is freed with the stream, as node's _close does.
  ZlibStream.prototype._destroy = function (err, cb) {
    if (this._handle) this._handle.close();
    this._handle = null;
    cb(err);
  };
  defineBytesRead(ZlibStream.prototype);
  Object.defineProperty(ZlibStream.prototype, '_closed', { configurable: true, enumerable: true, get() { return !this._handle; } });
  ZlibStream.prototype.reset = function () {
    if (!this._handle) throw new (E().ERR_INTERNAL_ASSERTION)('zlib binding closed');
    this._outOffset = 0;
    if (!isBrotli(mode)) return native.reset(this._handle);
    this._handle.close();
    this._handle = makeHandle(mode, this._brotliParams);
  };
  ZlibStream.prototype.close = function (cb) { if (cb) this.once('close', cb); this.destroy(); };
  return ZlibStream;
}
// The legacy name of bytesWritten (DEP0108), as node's ZlibBase.prototype.bytesRead.
function defineBytesRead(proto) {
  const { deprecate } = require('util');
  const msg = 'zlib.bytesRead is deprecated and will change its meaning in the future. Use zlib.bytesWritten instead.';
  Object.defineProperty(proto, 'bytesRead', {
    configurable: true,
    enumerable: true,
    get: deprecate(function () { return this.bytesWritten; }, msg, 'DEP0108'),
    set: deprecate(function (value) { this.bytesWritten = value; }, msg, 'DEP0108'),
  });
}
function getClass(name) {
  if (!classes[name]) {
    Transform = Transform || require('stream').Transform;
    classes[name] = makeClass(name, MODES[name]);
  }
  return classes[name];
}

module.exports = {
  crc32(data, value = 0) {
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw new (E().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    require('internal/validators').validateUint32(value, 'value');
    return native.crc32(typeof data === 'string' ? Buffer.from(data) : toInput(data), value);
  },
  ...fns,
  constants,
};
// As node: the return-code table is frozen and cannot be replaced.
Object.defineProperty(module.exports, 'codes', { enumerable: true, writable: false, value: Object.freeze(codes) });
// The deprecated copies of the constants on the module itself (not the Brotli ones), as node.
for (const key of Object.keys(constants)) {
  if (!key.startsWith('BROTLI')) Object.defineProperty(module.exports, key, { value: constants[key], enumerable: false, writable: false });
}
for (const name of Object.keys(MODES)) {
  Object.defineProperty(module.exports, name, { enumerable: true, configurable: true, get: () => getClass(name) });
  module.exports[`create${name}`] = (opts) => new (getClass(name))(opts);
}
