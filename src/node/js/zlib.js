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
function bufferTooLarge(max) {
  return new (E().ERR_BUFFER_TOO_LARGE)(max);
}
const kFlushFlag = Symbol('kFlushFlag');
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

// The options node's Zlib and ZlibBase constructors validate, in their order; returns the level
// (the native codec takes only that; windowBits, memLevel, strategy are checked, not applied).
function levelOf(opts, mode) {
  // node reads the properties of whatever truthy value it is given (a number has none).
  if (!opts) return -1;
  const inflating = mode === MODES.Inflate || mode === MODES.Gunzip || mode === MODES.Unzip;
  if (!((opts.windowBits == null || opts.windowBits === 0) && inflating)) {
    checkRange(opts.windowBits, 'options.windowBits', 8 + (mode === MODES.Gzip ? 1 : 0), 15, 15);
  }
  // node's DeflateRaw turns windowBits 8 into 9 in the caller's options object.
  if (mode === MODES.DeflateRaw && opts.windowBits === 8) opts.windowBits = 9;
  const level = checkRange(opts.level, 'options.level', -1, 9, -1);
  checkRange(opts.memLevel, 'options.memLevel', 1, 9, 8);
  checkRange(opts.strategy, 'options.strategy', 0, 4, 0);
  const dictionary = opts.dictionary;
  if (dictionary !== undefined && !ArrayBuffer.isView(dictionary) && !(dictionary instanceof ArrayBuffer) &&
      !(typeof SharedArrayBuffer === 'function' && dictionary instanceof SharedArrayBuffer)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
  }
  checkBaseOptions(opts, zlibFlushes);
  return Math.trunc(level);
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
const handleProto = { close() { native.close(this); } };
function zlibHandle(mode, level) {
  return Object.setPrototypeOf(native.create(mode, level), handleProto);
}
function brotliHandle(mode, params) {
  const handle = native.create(mode, -1, params);
  if (handle === null) throw new (E().ERR_ZLIB_INITIALIZATION_FAILED)();
  return Object.setPrototypeOf(handle, handleProto);
}

// zlib's own reasons for the first bytes of a bad stream (the native codec reports only that
// the data is corrupt): the zlib/gzip header, then the first block's type and stored length.
function dataErrorMessage(mode, b) {
  let at = 0;
  if (mode === MODES.Inflate || (mode === MODES.Unzip && !(b[0] === 0x1f && b[1] === 0x8b))) {
    if (b.length < 2) return undefined;
    if (((b[0] << 8) + b[1]) % 31 !== 0) return 'incorrect header check';
    if ((b[0] & 0x0f) !== 8) return 'unknown compression method';
    if ((b[0] >> 4) + 8 > 15) return 'invalid window size';
    if (b[1] & 0x20) return undefined; // a preset dictionary: zlib asks for it
    at = 2;
  } else if (mode === MODES.Gunzip || mode === MODES.Unzip) {
    if (b.length < 2) return undefined;
    if (b[0] !== 0x1f || b[1] !== 0x8b) return 'incorrect header check';
    if (b.length > 3 && b[2] !== 8) return 'unknown compression method';
    return undefined;
  } else if (mode !== MODES.InflateRaw) {
    return undefined;
  }
  if (b.length <= at) return undefined;
  const type = (b[at] >> 1) & 3;
  if (type === 3) return 'invalid block type';
  if (type === 0 && b.length >= at + 5 && (b[at + 1] | (b[at + 2] << 8)) !== (~(b[at + 3] | (b[at + 4] << 8)) & 0xffff)) {
    return 'invalid stored block lengths';
  }
  return undefined;
}

// Preset dictionaries. The native codec has none, so a compressed stream declares the
// dictionary (FDICT and its Adler-32, as zlib writes) without referring to it, which any zlib
// given the dictionary decodes; a stream that declares one is checked for it as zlib does and
// decoded without it (enough for streams whose data does not reach back into it).
function dictionaryOf(opts) {
  const d = opts && opts.dictionary;
  if (d === undefined || d === null) return undefined;
  const bytes = ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : new Uint8Array(d);
  return bytes.length === 0 ? undefined : bytes;
}
function adler32(bytes) {
  let a = 1, b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
function withDictHeader(out, dict) {
  if (out.length < 2) return out;
  let flg = (out[1] & 0xc0) | 0x20;
  flg += 31 - ((out[0] * 256 + flg) % 31);
  const head = Buffer.from([out[0], flg, 0, 0, 0, 0]);
  head.writeUInt32BE(adler32(dict), 2);
  return Buffer.concat([head, out.subarray(2)]);
}
function withoutDictHeader(input, opts) {
  if (input.length < 6 || (input[0] & 0x0f) !== 8 || ((input[0] << 8) + input[1]) % 31 !== 0 || !(input[1] & 0x20)) return input;
  const dict = dictionaryOf(opts);
  if (dict === undefined) throw zlibError({ code: 'Z_NEED_DICT', errno: 2, message: 'Missing dictionary' });
  const id = ((input[2] << 24) | (input[3] << 16) | (input[4] << 8) | input[5]) >>> 0;
  if (id !== adler32(dict)) throw zlibError({ code: 'Z_NEED_DICT', errno: 2, message: 'Bad dictionary' });
  let flg = input[1] & 0xc0;
  flg += 31 - ((input[0] * 256 + flg) % 31);
  return Buffer.concat([Buffer.from([input[0], flg]), input.subarray(6)]);
}

// Why a one-member gzip stream failed its trailer check, as zlib tells: the trailer cut short,
// the CRC-32 or the length. The deflate body ends where the shortest prefix decodes.
function gzipTrailerError(input) {
  if (input.length < 10 || input[0] !== 0x1f || input[1] !== 0x8b) return undefined;
  const flags = input[3];
  let at = 10;
  if (flags & 4) at += 2 + (input[at] | (input[at + 1] << 8));
  if (flags & 8) while (at < input.length && input[at++] !== 0);
  if (flags & 16) while (at < input.length && input[at++] !== 0);
  if (flags & 2) at += 2;
  for (let end = Math.max(at + 1, input.length - 8); end <= input.length; end++) {
    const body = native.process(native.create(MODES.InflateRaw, -1), input.subarray(at, end), 4);
    if (isErr(body)) continue;
    const trailer = Buffer.from(input.buffer, input.byteOffset + end, input.length - end);
    if (trailer.length < 8) return { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' };
    if (trailer.length > 8) return undefined;
    if (native.crc32(body, 0) !== trailer.readUInt32LE(0)) return { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect data check' };
    if ((body.length >>> 0) !== trailer.readUInt32LE(4)) return { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect length check' };
    return undefined;
  }
  return undefined;
}

// The output of a one-shot call, as maxOutputLength and options.info let it out.
const maxOutputOf = (opts) => (opts && Number.isFinite(opts.maxOutputLength) ? opts.maxOutputLength : kMaxLength);
function syncResult(out, opts, name) {
  const maxOutputLength = maxOutputOf(opts);
  if (out.length > maxOutputLength) throw bufferTooLarge(maxOutputLength);
  // node returns the stream that did the work; rjs makes one of the same class for it.
  return opts && opts.info ? { buffer: out, engine: new (getClass(name))(opts) } : out;
}

function brotliSync(mode, buffer, opts, name) {
  const handle = brotliHandle(mode, brotliParamsOf(opts));
  const input = toInput(buffer);
  const finish = opts && Number.isFinite(opts.finishFlush) ? opts.finishFlush : brotliFlushes.finishFlush;
  const out = native.process(handle, input, finish, maxOutputOf(opts));
  native.close(handle);
  if (isErr(out)) throw zlibError(out);
  return syncResult(out, opts, name);
}

function processSync(mode, buffer, opts, name) {
  if (isBrotli(mode)) return brotliSync(mode, buffer, opts, name);
  let input = toInput(buffer);
  if (mode === MODES.Unzip && input.length === 0) {
    levelOf(opts, mode);
    throw zlibError({ code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
  }
  const handle = native.create(mode, levelOf(opts, mode));
  // A zlib stream needing a larger window than options.windowBits allows, as zlib refuses it.
  if (mode === MODES.Inflate && opts && opts.windowBits >= 8 && input.length >= 2 &&
      dataErrorMessage(mode, input) === undefined && (input[0] >> 4) + 8 > opts.windowBits) {
    throw zlibError({ code: 'Z_DATA_ERROR', errno: -3, message: 'invalid window size' });
  }
  // options.finishFlush ends the input (Z_SYNC_FLUSH lets a truncated stream give what it has).
  const finish = opts && typeof opts.finishFlush === 'number' && !Number.isNaN(opts.finishFlush) ? opts.finishFlush : 4;
  if (mode === MODES.Inflate || (mode === MODES.Unzip && input[0] !== 0x1f)) input = withoutDictHeader(input, opts);
  let out = native.process(handle, input, finish, maxOutputOf(opts));
  // Freed now rather than at the next collection, as node's zlibBufferSync closes its engine.
  native.close(handle);
  if (mode === MODES.Deflate && !isErr(out) && dictionaryOf(opts) !== undefined) out = withDictHeader(out, dictionaryOf(opts));
  if (isErr(out) && out.code === 'ERR_BUFFER_TOO_LARGE') throw zlibError(out);
  if (isErr(out)) {
    const reason = dataErrorMessage(mode, input);
    if (reason !== undefined && (out.code === 'Z_DATA_ERROR' || out.code === 'Z_BUF_ERROR')) {
      throw zlibError({ code: 'Z_DATA_ERROR', errno: -3, message: reason });
    }
    if (out.message === 'incorrect data check' && (mode === MODES.Gunzip || mode === MODES.Unzip)) {
      const why = gzipTrailerError(input);
      if (why !== undefined) throw zlibError(why);
    }
    // A zlib stream whose deflate body decodes failed on its Adler-32 trailer.
    if (out.code === 'Z_DATA_ERROR' && input.length > 6 && (mode === MODES.Inflate || (mode === MODES.Unzip && input[0] !== 0x1f)) &&
        !isErr(native.process(native.create(MODES.InflateRaw, -1), input.subarray(2), 4))) {
      throw zlibError({ code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect data check' });
    }
    throw zlibError(out);
  }
  return syncResult(out, opts, name);
}

const fns = {};
for (const [name, mode] of Object.entries(MODES)) {
  const lower = name[0].toLowerCase() + name.slice(1);
  fns[`${lower}Sync`] = function (buffer, opts) { return processSync(mode, buffer, opts, name); };
  fns[lower] = function (buffer, opts, callback) {
    if (typeof opts === 'function') { callback = opts; opts = {}; }
    validateFunction(callback, 'callback');
    let result, error = null;
    try { result = processSync(mode, buffer, opts, name); } catch (e) {
      // Argument errors throw at the call; data errors (they carry an errno) and an over-long
      // output reach the callback.
      if (typeof e.errno !== 'number' && e.code && e.code.startsWith('ERR_') && e.code !== 'ERR_BUFFER_TOO_LARGE') throw e;
      error = e;
    }
    require('internal/loop').queueCompletion(() => (error ? callback(error) : callback(null, result)));
  };
}

// Output reaches readers in pieces of at most chunkSize bytes, as node's output buffer fills:
// a piece ends where the buffer is full, and the next write continues the same buffer.
function pushOut(stream, out) {
  const size = stream._chunkSize;
  for (let off = 0; off < out.length;) {
    const n = Math.min(size - stream._outOffset, out.length - off);
    stream.push(off === 0 && n === out.length ? out : out.subarray(off, off + n));
    off += n;
    stream._outOffset += n;
    if (stream._outOffset >= size) stream._outOffset = 0;
  }
}

// Stream classes: Transforms whose chunks go through one native codec.
const classes = {};
let Transform;
function makeClass(name, mode) {
  function ZlibStream(opts) {
    if (!(this instanceof ZlibStream)) return new ZlibStream(opts);
    Transform.call(this, { ...(opts || {}), readableObjectMode: false, writableObjectMode: false });
    const brotliParams = isBrotli(mode) ? brotliParamsOf(opts) : undefined;
    const level = brotliParams === undefined ? levelOf(opts, mode) : -1;
    this.bytesWritten = 0;
    this._handle = brotliParams === undefined ? zlibHandle(mode, level) : brotliHandle(mode, brotliParams);
    // node's ZlibBase/Zlib state, which code such as minizlib and tests read.
    const o = opts || {};
    this._outBuffer = undefined;
    this._outOffset = 0;
    const flushes = flushesOf(mode);
    this._chunkSize = Number.isFinite(o.chunkSize) ? o.chunkSize : constants.Z_DEFAULT_CHUNK;
    this._defaultFlushFlag = Number.isFinite(o.flush) ? o.flush : flushes.flush;
    this._finishFlushFlag = Number.isFinite(o.finishFlush) ? o.finishFlush : flushes.finishFlush;
    this._defaultFullFlushFlag = flushes.fullFlush;
    this._info = o.info;
    this._maxOutputLength = Number.isFinite(o.maxOutputLength) ? o.maxOutputLength : kMaxLength;
    if (brotliParams === undefined) {
      this._level = level;
      this._strategy = Number.isFinite(o.strategy) ? o.strategy : constants.Z_DEFAULT_STRATEGY;
    }
    // What reset() makes a new handle from.
    Object.defineProperty(this, '_brotliParams', { value: brotliParams, writable: true, enumerable: false });
    // A Deflate stream's header still to declare the dictionary (see withDictHeader).
    Object.defineProperty(this, '_dictBytes', { value: dictionaryOf(o), writable: true, enumerable: false });
    Object.defineProperty(this, '_dictionary', { value: mode === MODES.Deflate ? this._dictBytes : undefined, writable: true, enumerable: false });
    // An Inflate/Unzip stream holds its first bytes until it knows whether they declare a
    // dictionary (withoutDictHeader); null once decided.
    Object.defineProperty(this, '_dictHead', { value: mode === MODES.Inflate || mode === MODES.Unzip ? Buffer.alloc(0) : null, writable: true, enumerable: false });
    Object.defineProperty(this, '_head', { value: Buffer.alloc(0), writable: true, enumerable: false });
  }
  Object.setPrototypeOf(ZlibStream.prototype, Transform.prototype);
  Object.setPrototypeOf(ZlibStream, Transform);
  Object.defineProperty(ZlibStream, 'name', { value: name });
  ZlibStream.prototype._transform = function (chunk, encoding, cb) {
    let data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    const chunkLength = data.length;
    this.bytesWritten += chunkLength;
    // flush() writes an empty chunk carrying its flush kind, as node's kFlushBuffers.
    const flag = data[kFlushFlag] !== undefined ? data[kFlushFlag] : this._defaultFlushFlag;
    if (this._dictHead !== null && data.length > 0) {
      data = Buffer.concat([this._dictHead, data]);
      const declares = data.length >= 2 && data[0] !== 0x1f && (data[0] & 0x0f) === 8 && ((data[0] << 8) + data[1]) % 31 === 0 && (data[1] & 0x20);
      if (data.length < 2 || (declares && data.length < 6)) {
        this._dictHead = data;
        return cb();
      }
      this._dictHead = null;
      if (declares) {
        try {
          data = withoutDictHeader(data, { dictionary: this._dictBytes });
        } catch (err) {
          require('internal/loop').queueCompletion(() => cb(err));
          return;
        }
      }
    }
    // A write cannot end the stream: its finish kind flushes instead.
    const flushes = flushesOf(mode);
    let out = native.process(this._handle, data, flag === flushes.finishFlush ? flushes.fullFlush : flag);
    if (this._dictionary !== undefined && !isErr(out) && out.length >= 2) {
      out = withDictHeader(out, this._dictionary);
      this._dictionary = undefined;
    }
    // The stream's first bytes give a bad header or first block zlib's reason, as the one-shot
    // forms do.
    if (this._head.length < 16) this._head = Buffer.concat([this._head, data.subarray(0, 16)]);
    if (isErr(out) && dataErrorMessage(mode, this._head) !== undefined) {
      out = { code: 'Z_DATA_ERROR', errno: -3, message: dataErrorMessage(mode, this._head) };
    }
    // Input after the end of a decoder's stream is not used: bytesWritten leaves it out and the
    // readable side ends, as node's processCallback does when input is left over.
    const leftover = isErr(out) ? 0 : data.length - native.consumed(this._handle);
    this.bytesWritten -= Math.min(leftover, chunkLength);
    // Each chunk completes a loop turn later, as node's thread-pool zlib work does.
    require('internal/loop').queueCompletion(() => {
      if (isErr(out)) return cb(zlibError(out));
      pushOut(this, out);
      if (leftover > 0) this.push(null);
      cb();
    });
  };
  ZlibStream.prototype._flush = function (cb) {
    const held = this._dictHead;
    this._dictHead = null;
    let out = native.process(this._handle, held, this._finishFlushFlag);
    if (this._dictionary !== undefined && !isErr(out) && out.length >= 2) {
      out = withDictHeader(out, this._dictionary);
      this._dictionary = undefined;
    }
    if (isErr(out) && dataErrorMessage(mode, this._head) !== undefined) {
      out = { code: 'Z_DATA_ERROR', errno: -3, message: dataErrorMessage(mode, this._head) };
    }
    // zlib's unzip that saw no byte at all cannot tell the format: the input ended early.
    if (mode === MODES.Unzip && this._head.length === 0 && this._finishFlushFlag === constants.Z_FINISH) {
      out = { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' };
    }
    require('internal/loop').queueCompletion(() => {
      if (isErr(out)) return cb(zlibError(out));
      pushOut(this, out);
      cb();
    });
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
        if (isErr(out)) return cb(zlibError(out));
        pushOut(this, out);
        cb();
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
  // The native codec keeps its level; params validates and records them as node does.
  ZlibStream.prototype.params = function (level, strategy, cb) {
    checkRange(level, 'level', -1, 9);
    checkRange(strategy, 'strategy', 0, 4);
    if (this._level !== level || this._strategy !== strategy) {
      this.flush(constants.Z_SYNC_FLUSH, () => {
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
    if (this._handle) this._handle.close();
    this._handle = isBrotli(mode) ? brotliHandle(mode, this._brotliParams) : zlibHandle(mode, this._level);
    this._outOffset = 0;
    if (mode === MODES.Deflate) this._dictionary = this._dictBytes;
    if (mode === MODES.Inflate || mode === MODES.Unzip) this._dictHead = Buffer.alloc(0);
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
