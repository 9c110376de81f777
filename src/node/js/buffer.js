// `buffer`: the Buffer class (a Uint8Array subclass) with node's argument handling and errors,
// number read/write methods, inspect output, Blob/File, atob/btoa. Encoding, searching,
// comparing and copying bytes are native (node/buffer.rs, `internalBinding('buffer')`).
'use strict';

const native = internalBinding('buffer');
const { validateInteger, validateNumber, validateString } = require('internal/validators');
const E = () => require('internal/errors').codes;
const { kClone, kDeserialize, untransferable } = require('internal/web');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;

// Encoding ids shared with node/buffer.rs.
const UTF8 = 0, UTF16LE = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;
const kNames = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const kAliases = {
  __proto__: null,
  utf8: UTF8, 'utf-8': UTF8, ucs2: UTF16LE, 'ucs-2': UTF16LE, utf16le: UTF16LE, 'utf-16le': UTF16LE,
  latin1: LATIN1, binary: LATIN1, ascii: ASCII, base64: BASE64, base64url: BASE64URL, hex: HEX,
};

// The encoding id for a name as node's normalizeEncoding (null/undefined/'' mean utf8, a
// non-string is unknown), or -1 if unknown.
function encodingId(enc) {
  if (enc === undefined || enc === null || enc === '') return UTF8;
  if (typeof enc !== 'string') return -1;
  const id = kAliases[enc];
  if (id !== undefined) return id;
  const lower = enc.toLowerCase();
  return lower in kAliases ? kAliases[lower] : -1;
}

// As node's getEncodingOps (toString, write, indexOf, byteLength): the argument is stringified,
// so null is 'null' and '' is unknown; -1 if unknown.
function opsId(enc) {
  if (typeof enc !== 'string') enc = `${enc}`;
  const id = kAliases[enc];
  if (id !== undefined) return id;
  const lower = enc.toLowerCase();
  return lower in kAliases ? kAliases[lower] : -1;
}

function encodingIdOrThrow(enc, line, indent = 4) {
  const id = opsId(enc);
  if (id === -1) throw unknownEncoding(enc, line, indent);
  return id;
}

class FastBuffer extends Uint8Array {}

const isUint8Array = (v) => v instanceof Uint8Array;
// By the engine's brand, as node's: an ArrayBuffer from another realm (vm) is one, an object that
// only inherits from ArrayBuffer.prototype is not.
const internalType = internalBinding('native').internalType;
function isAnyArrayBuffer(v) {
  if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return false;
  const type = internalType(v);
  return type === 'ArrayBuffer' || type === 'SharedArrayBuffer';
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)('string', 'string', arg), 273,
        "      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);");
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

// DEP0005 as node's showFlaggedDeprecation: once, and not for a call made from a dependency
// (unless --pending-deprecation). node gives up looking after 10000 calls; a look here formats a
// whole stack (~0.4 ms, ~50x node's), so it gives up after 100: a dependency's Buffer() loop stays fast.
const kMaxNodeModulesChecks = 100;
let bufferWarningEmitted = false;
let nodeModulesChecks = 0;
function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > kMaxNodeModulesChecks ||
      (!pendingDeprecation() && isInsideNodeModules())) return;
  bufferWarningEmitted = true; // before emitting: a stack formatter calling Buffer() must not warn again
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}
const pendingDeprecation = () =>
  process.execArgv.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
// node's isInsideNodeModules: whether the first stack frame with a file path (not node's own code)
// is under a node_modules folder; the whole stack is read, without the user's prepareStackTrace.
function isInsideNodeModules() {
  const { prepareStackTrace, stackTraceLimit } = Error;
  let stack;
  try {
    if (prepareStackTrace !== undefined) Error.prepareStackTrace = undefined;
    Error.stackTraceLimit = Infinity;
    stack = `${new Error().stack}`;
  } finally {
    if (prepareStackTrace !== undefined) Error.prepareStackTrace = prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
  for (const line of stack.split('\n').slice(1)) {
    const at = /\(?([^()\s]+):\d+:\d+\)?$/.exec(line.trim());
    if (at === null || !/^\/|\\/.test(at[1])) continue;
    return /^(?:.*)[\\/]node_modules[\\/]/.test(at[1]);
  }
  return false;
}

Buffer.prototype = FastBuffer.prototype;
native.setPrototype(FastBuffer.prototype);
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
Buffer.poolSize = 8 * 1024;

// ---- construction ----

// `line`: node's line of the validateNumber call in the Buffer function named `fn`, whose frame
// the error then starts at, as node's hideStackFrames leaves it.
function validateSize(size, fn, line) {
  if (!(typeof size === 'number' && size >= 0 && size <= kMaxLength)) {
    if (fn === undefined) validateNumber(size, 'size', 0, kMaxLength);
    const err = withNodeFrame(() => validateNumber(size, 'size', 0, kMaxLength), `Function.${fn} (node:buffer:${line}:3)`);
    require('internal/loop').markThrow(err, 'node:internal/errors:541\n      throw error;\n      ^\n',
      `node:buffer:${line}\n  validateNumber(size, 'size', 0, kMaxLength);\n  ^\n`);
    throw err;
  }
}
// The error `make` makes or throws, its leading frames of rjs's buffer code (or the `own`
// module's) and of the validators and error constructors it called replaced by node's `frame`
// (or frames, an array), at full Error.stackTraceLimit (taken with room for the frames dropped).
const kBufferFrames = /\(node:(?:buffer|internal\/validators|internal\/errors):/;
function withNodeFrame(make, frame, own = kBufferFrames) {
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number') Error.stackTraceLimit = limit + 10;
  let err;
  try {
    try { err = make(); } catch (e) { err = e; }
    const lines = String(err.stack).split('\n');
    const at = lines.findIndex((l) => l.startsWith('    at '));
    if (at !== -1) {
      let end = at;
      while (end < lines.length && own.test(lines[end])) end++;
      lines.splice(at, end - at, ...[].concat(frame).map((f) => `    at ${f}`));
      err.stack = lines.slice(0, typeof limit === 'number' ? at + Math.max(limit, 0) : lines.length).join('\n');
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  return err;
}

// node's pool: Buffers under half of Buffer.poolSize made by allocUnsafe, from(string),
// from(array) and concat are views on a shared ArrayBuffer at 8-aligned offsets (their .buffer is
// the pool, .byteOffset their place in it). The pool and its offset live in buffer.rs, which
// answers undefined when it needs a new pool: this makes it (node's start-up leaves the first
// user Buffer at offset 8) and marks it untransferable as node's createPool does.
let poolCreated = false;
function createPool() {
  const pool = native.alloc(Buffer.poolSize).buffer;
  untransferable.add(pool);
  native.setPool(pool, poolCreated ? 0 : 8);
  poolCreated = true;
}
// `size` bytes of a new pool (poolAlloc answered undefined: the current one has no room).
function allocateInNewPool(size) {
  createPool();
  return native.poolAlloc(size, Buffer.poolSize);
}
// `encoding` a name (or undefined for utf8); null for an unknown one.
function poolFromString(string, encoding) {
  let b = native.poolFromString(string, encoding, Buffer.poolSize);
  if (b === undefined) { createPool(); b = native.poolFromString(string, encoding, Buffer.poolSize); }
  return b;
}

// (Buffer.from makes the native call itself first, and calls this when it gets no Buffer.)
function fromString(string, encoding) {
  if (typeof encoding !== 'string' || encoding.length === 0) return poolFromString(string, UTF8);
  return poolFromString(string, encoding) ?? poolFromString(string, encodingIdOrThrow(encoding, 484, 6));
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) byteOffset = 0;
  else { byteOffset = +byteOffset; if (Number.isNaN(byteOffset)) byteOffset = 0; }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw thrownAtBuffer(new (E().ERR_BUFFER_OUT_OF_BOUNDS)('offset'), 503, "    throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');");
  if (length === undefined) length = maxLength;
  else {
    length = +length;
    if (!(length > 0)) length = 0;
    else if (length > maxLength) {
      throw thrownAtBuffer(new (E().ERR_BUFFER_OUT_OF_BOUNDS)('length'), 512, "        throw new ERR_BUFFER_OUT_OF_BOUNDS('length');");
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj, len = obj.length) {
  if (!(len > 0)) return new FastBuffer(); // NaN too: ToLength makes it 0
  // node's new FastBuffer(length) refuses it
  if (len > kMaxLength) throw new RangeError(`Invalid typed array length: ${len}`);
  const b = native.poolAlloc(len, Buffer.poolSize) ?? allocateInNewPool(len);
  b.set(obj);
  return b;
}

function fromObject(obj) {
  const len = obj.length; // read once (a typed array's length is a slow getter in Boa)
  if (len !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof len !== 'number') return new FastBuffer();
    return fromArrayLike(obj, len);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

const ArrayProtoValueOf = Array.prototype.valueOf;
const ObjectProtoValueOf = Object.prototype.valueOf;
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    // the common case in one native call: a Buffer, or undefined (a new pool is needed) or null
    // (an unknown encoding) for fromString's steps
    const b = native.poolFromString(value, typeof encodingOrOffset === 'string' && encodingOrOffset.length !== 0
      ? encodingOrOffset : UTF8, Buffer.poolSize);
    return b ? b : fromString(value, encodingOrOffset);
  }
  // a plain array (its valueOf is itself): straight to the copy, the steps below would end there
  if (Array.isArray(value) && value.valueOf === ArrayProtoValueOf) return fromArrayLike(value);
  if (typeof value === 'object' && value !== null) {
    // a Uint8Array or Buffer (whose valueOf is itself): its bytes, copied natively
    if (value instanceof Uint8Array && value.valueOf === ObjectProtoValueOf) {
      return value.length === 0 ? new FastBuffer() : copyBytes(value);
    }
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw thrownAtBuffer(withNodeFrame(() => new (E().ERR_INVALID_ARG_TYPE)('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value),
    'Function.from (node:buffer:322:9)'), 322, '  throw new ERR_INVALID_ARG_TYPE(');
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)('view', ['TypedArray'], view), 339,
      "    throw new ERR_INVALID_ARG_TYPE('view', [ 'TypedArray' ], view);");
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else offset = 0;
    let end;
    if (length !== undefined) { validateInteger(length, 'length', 0); end = offset + length; } else end = viewLength;
    view = view.subarray(offset, Math.min(end, viewLength));
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
};

Buffer.of = function of(...items) {
  const b = native.alloc(items.length);
  b.set(items);
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size, 'alloc', 392);
  const buf = native.alloc(size);
  if (fill !== undefined && fill !== 0 && size > 0) return _fill(buf, fill, 0, buf.length, encoding);
  return buf;
};
Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size, 'allocUnsafe', 405);
  return native.poolAlloc(size, Buffer.poolSize) ?? allocateInNewPool(size);
};
Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size, 'allocUnsafeSlow', 415);
  return native.alloc(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return native.alloc(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// node's validateOffset: an integer in [min, max] (messages use "&&").
function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

// ---- statics ----

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };
Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidBufferArg('buf1', buf1, 557);
  if (!isUint8Array(buf2)) throw invalidBufferArg('buf2', buf2, 561);
  if (buf1 === buf2) return 0;
  return native.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingId(encoding) !== -1;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw thrownHidden(new (E().ERR_INVALID_ARG_TYPE)('list', 'Array', list));
  const n = list.length;
  if (n === 0) return new FastBuffer();
  // (all Uint8Arrays and no length: nothing below can throw)
  let all = length === undefined;
  for (let i = 0; all && i < n; i++) all = list[i] instanceof Uint8Array;
  if (!all) {
    // As node: the total is summed first (a null/undefined entry throws reading .length),
    // or the given length validated, before the entries are checked.
    if (length === undefined) {
      for (let i = 0; i < list.length; i++) if (list[i] == null) void list[i].length;
    } else validateOffset(length, 'length');
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) {
        throw thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]), 601,
          '      throw new ERR_INVALID_ARG_TYPE(');
      }
    }
  }
  // node's concat copies into allocUnsafe's Buffer: a small one is pooled
  let b = native.concat(list, length, Buffer.poolSize);
  if (b === undefined) { createPool(); b = native.concat(list, length, Buffer.poolSize); }
  return b;
};
// A copy of a Uint8Array's bytes, pooled when small.
function copyBytes(u8) {
  let b = native.copyBytes(u8, Buffer.poolSize);
  if (b === undefined) { createPool(); b = native.copyBytes(u8, Buffer.poolSize); }
  return b;
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)('string', ['string', 'Buffer', 'ArrayBuffer'], string), 776,
      '    throw new ERR_INVALID_ARG_TYPE(');
  }
  const len = string.length;
  if (len === 0) return 0;
  switch (encoding === undefined ? UTF8 : opsId(encoding)) {
    case UTF16LE: return len * 2;
    case LATIN1: case ASCII: return len;
    case HEX: return len >>> 1;
    case BASE64: case BASE64URL: return base64ByteLength(string, len);
    default: return native.byteLengthUtf8(string);
  }
};

Buffer[Symbol('kIsEncodingSymbol')] = Buffer.isEncoding; // as node's (internal/util kIsEncodingSymbol)

// ---- prototype: strings ----

// The methods are staged here and defined onto Buffer.prototype at the end, in node's order
// (each defined once: deleting and re-adding would leave the prototype slower to look up).
const proto = { __proto__: null };

// The raw <enc>Slice/<enc>Write methods take their indices as node's C++ ParseArrayIndex:
// undefined is the default, anything else ToInteger'd, a negative one out of range.
// An error as node's C++ throws them: the plain class with an own `code`, no code in the stack.
// (`fromCaller`: the stack starts at the caller of node:buffer, as a C++ method's error's does;
// node's report then shows the caller's line)
function nativeError(Base, code, message, fromCaller = false) {
  const err = new Base(message);
  err.code = code;
  if (fromCaller) {
    const lines = `${err.stack}`.split('\n');
    let first = 1;
    while (first < lines.length && lines[first].includes('(node:buffer:')) first++;
    err.stack = [lines[0], ...lines.slice(first)].join('\n');
  }
  return err;
}
const indexOutOfRange = () => nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range', true);
function arrayIndex(v, dflt) {
  if (v === undefined) return dflt;
  v = Math.trunc(+v) || 0;
  if (v < 0) throw indexOutOfRange();
  return v;
}
// The raw methods are shaped as node's C++ functions: named, length 0, enumerable, not constructors.
function rawMethod(name, body) {
  return Object.defineProperty(body, 'length', { value: 0 });
}
function sliceFn(id, name) {
  return rawMethod(name, { [name](start, end) {
    const len = this.length;
    if (len === 0) return '';
    start = arrayIndex(start, 0);
    end = arrayIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw indexOutOfRange();
    if (end - start > kLongDecode) return decodeLong(this, id, start, end);
    return native.decode(this, id, start, end);
  } }[name]);
}
function writeFn(id, name) {
  return rawMethod(name, { [name](string, offset, length) {
    if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string', true);
    const len = this.length;
    offset = arrayIndex(offset, 0);
    if (offset > len) throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds', true);
    length = arrayIndex(length, len - offset);
    return native.write(this, string, id, offset, Math.min(length, len - offset));
  } }[name]);
}
for (let id = 0; id < kNames.length; id++) {
  const name = kNames[id] === 'utf16le' ? 'ucs2' : kNames[id];
  for (const [suffix, make] of [['Slice', sliceFn], ['Write', writeFn]]) {
    const key = `${name}${suffix}`;
    Object.defineProperty(proto, key, { value: make(id, key), writable: true, configurable: true, enumerable: true });
  }
}

// Decoding a range this long may pass V8's string length limit, which node's C++ refuses with
// ERR_STRING_TOO_LONG (before decoding, or for UTF-8 whose length is not known, after).
const kLongDecode = kStringMaxLength >> 2;
function decodeLong(buf, id, start, end) {
  const n = end - start;
  const length = id === HEX ? n * 2 : id === UTF16LE ? n >> 1 : id === BASE64 || id === BASE64URL ? Math.ceil(n / 3) * 4 : n;
  // (UTF-8 makes at most n UTF-16 units, exactly n for ASCII)
  if (length > kStringMaxLength && (id !== UTF8 || native.isAscii(buf.subarray(start, end)))) throw stringTooLong();
  const str = native.decode(buf, id, start, end);
  if (str.length > kStringMaxLength) throw stringTooLong();
  return str;
}
function stringTooLong() {
  return nativeError(Error, 'ERR_STRING_TOO_LONG', `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
}

function toString(encoding, start, end) {
  if (start === undefined && end === undefined) { // the whole buffer (no `arguments`: slow in Boa)
    // undefined or a known name, on a Uint8Array of ordinary length: one native call
    const text = native.toStringAll(this, encoding);
    if (text !== null) return text;
    const len = this.length;
    if (len === 0) return '';
    const id = encoding === undefined ? UTF8 : encodingIdOrThrow(encoding, 861);
    return len > kLongDecode ? decodeLong(this, id, 0, len) : native.decode(this, id, 0, len);
  }
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const id = encoding === undefined ? UTF8 : encodingIdOrThrow(encoding, 861);
  if (end - start > kLongDecode) return decodeLong(this, id, start, end);
  return native.decode(this, id, start, end);
}

function write(string, offset, length, encoding) {
  const len = this.length; // read once: the getter is slow in Boa
  if (offset === undefined) {
    if (typeof string !== 'string') throw notAString(kWriteAll);
    return native.write(this, string, UTF8, 0, len);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = len;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, len);
    const remaining = len - offset;
    if (length === undefined) length = remaining;
    else if (typeof length === 'string') { encoding = length; length = remaining; }
    else { validateOffset(length, 'length', 0, len); if (length > remaining) length = remaining; }
  }
  const utf8 = !encoding || encoding === 'utf8';
  const id = utf8 ? UTF8 : encoding === 'ascii' ? ASCII : encodingIdOrThrow(encoding, 1138);
  if (typeof string !== 'string') {
    throw notAString(utf8 ? kWriteUtf8 : encoding === 'ascii' ? kWriteAscii : writeOpsSite(encoding, id));
  }
  return native.write(this, string, id, offset, length);
}
// The string is checked where node's C++ <enc>Write checks it: its report shows node's line that
// called it.
const notAString = (site) => thrownAt(nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string'), ...site);
const kWriteAll = ['node:buffer:1105', '    return this.utf8Write(string, 0, this.length);', 16];
const kWriteUtf8 = ['node:buffer:1132', '    return this.utf8Write(string, offset, length);', 16];
const kWriteAscii = ['node:buffer:1134', '    return this.asciiWrite(string, offset, length);', 16];
// node's encodingOps lines: `write: (buf, string, offset, len) => buf.<enc>Write(string, offset, len),`
const kOpsLines = { __proto__: null, utf8: 634, ucs2: 643, utf16le: 652, latin1: 661, ascii: 670, base64: 683, hex: 710 };
function writeOpsSite(encoding, id) {
  if (id === BASE64URL) return ['node:buffer:697', '      buf.base64urlWrite(string, offset, len),', 10];
  let ops = kNames[id];
  if (id === UTF16LE && !`${encoding}`.toLowerCase().startsWith('utf')) ops = 'ucs2';
  const method = ops === 'utf16le' ? 'ucs2' : ops;
  return [`node:buffer:${kOpsLines[ops]}`, `    write: (buf, string, offset, len) => buf.${method}Write(string, offset, len),`, 45];
}

// ---- prototype: bytes ----

const invalidFillValue = (value) =>
  thrownAtBuffer(new (E().ERR_INVALID_ARG_VALUE)('value', value), 1094, "        throw new ERR_INVALID_ARG_VALUE('value', value);");
function _fill(buf, value, offset, end, encoding) {
  const original = value;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') { encoding = offset; offset = 0; end = buf.length; }
    else if (typeof end === 'string') { encoding = end; end = buf.length; }
    const id = encodingId(encoding);
    if (id === -1) { validateString(encoding, 'encoding'); throw unknownEncoding(encoding, 1045, 6); }
    if (value.length === 0) value = 0;
    else if (value.length === 1) {
      if (id === UTF8) { const code = value.charCodeAt(0); if (code < 128) value = code; }
      else if (id === LATIN1) value = value.charCodeAt(0);
    }
  } else encoding = undefined;
  if (offset === undefined) { offset = 0; end = buf.length; }
  else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  // As node's bindingFill: the value's bytes are made once the range is known valid.
  if (typeof value === 'string') {
    value = native.fromString(value, encodingId(encoding));
    if (value.length === 0) throw invalidFillValue(original);
  } else if (ArrayBuffer.isView(value)) {
    value = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (value.length === 0) throw invalidFillValue(original);
  } else if (typeof value !== 'number') {
    value = +value & 255; // ToNumber: a BigInt or Symbol throws, as node's Uint32Value
  }
  if (end - offset + offset > buf.byteLength) throw new (E().ERR_BUFFER_OUT_OF_BOUNDS)();
  // Boa's TypedArray fill goes element by element; the native fill is a memset.
  if (typeof value === 'number') native.fill(buf, value & 255, offset, end);
  else native.fill(buf, value, offset, end);
  return buf;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw invalidBufferArg('target', target, 209);
  if (targetStart === undefined) targetStart = 0;
  else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) {
      throw thrownAtBuffer(new (E().ERR_OUT_OF_RANGE)('targetStart', '>= 0', targetStart), 216,
        "      throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);");
    }
  }
  if (sourceStart === undefined) sourceStart = 0;
  else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw thrownAtBuffer(new (E().ERR_OUT_OF_RANGE)('sourceStart', `>= 0 && <= ${this.length}`, sourceStart), 224,
        '      throw new ERR_OUT_OF_RANGE(\'sourceStart\', `>= 0 && <= ${source.length}`, sourceStart);');
    }
  }
  if (sourceEnd === undefined) sourceEnd = this.length;
  else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) {
      throw thrownAtBuffer(new (E().ERR_OUT_OF_RANGE)('sourceEnd', '>= 0', sourceEnd), 232,
        "      throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);");
    }
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return native.copy(this, target, targetStart, sourceStart, Math.min(sourceEnd, this.length));
}

function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw invalidBufferArg('target', target, 923);
  if (arguments.length === 1) return native.compare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0; else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length; else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0; else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length; else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return native.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
}

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer), 868,
      '    throw new ERR_INVALID_ARG_TYPE(');
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || native.compare(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) throw thrownHidden(new (E().ERR_INVALID_ARG_TYPE)('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer));
  if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
  else if (byteOffset > 0x7fffffff) byteOffset = 0x7fffffff;
  else if (byteOffset < -0x80000000) byteOffset = -0x80000000;
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : buffer.length;
  if (typeof val === 'number') return native.indexOf(buffer, (val >>> 0) & 255, byteOffset, dir);
  const id = encoding === undefined ? UTF8 : opsId(encoding);
  let needle;
  if (typeof val === 'string') {
    if (id === -1) throw unknownEncoding(encoding, 996, 6);
    needle = native.fromString(val, id);
  } else if (isUint8Array(val)) {
    needle = val;
  } else {
    throw thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)('value', ['number', 'string', 'Buffer', 'Uint8Array'], val), 1006,
      '  throw new ERR_INVALID_ARG_TYPE(');
  }
  if (id === UTF16LE && (typeof val === 'string' || needle.length !== 0)) {
    return indexOfUcs2(buffer, needle, Math.trunc(byteOffset), dir, typeof val === 'string');
  }
  if (needle.length === 0) return indexOfOffset(buffer.length, Math.trunc(byteOffset), 0, dir);
  return native.indexOf(buffer, needle, byteOffset, dir);
}

// node's IndexOfOffset: where a search of `needleLength` bytes starts (-1: nowhere).
function indexOfOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

// A ucs2 search as node's: over whole 16-bit units only (a match at an odd byte does not
// count); a string needle sees the haystack without its odd last byte. Like node, a Buffer
// needle that is not found reports the last even byte offset when the haystack's length is odd.
function indexOfUcs2(buffer, needle, offset, forward, needleIsString) {
  const hlen = needleIsString ? buffer.length & ~1 : buffer.length;
  const nlen = needle.length;
  const start = indexOfOffset(hlen, offset, nlen, forward);
  if (nlen === 0) return start;
  if (hlen === 0 || start <= -1) return -1;
  if ((forward && nlen + start > hlen) || nlen > hlen) return -1;
  if (hlen < 2 || nlen < 2) return -1;
  const units = hlen >> 1;
  const needleUnits = nlen >> 1;
  const bytes = needleUnits * 2 === nlen ? needle : needle.subarray(0, needleUnits * 2);
  let pos = (start >> 1) * 2;
  for (;;) {
    const p = native.indexOf(buffer, bytes, pos, forward);
    if (p === -1 || p + bytes.length > units * 2) break;
    if (p % 2 === 0) return p;
    pos = forward ? p + 1 : p - 1;
    if (pos < 0) break;
  }
  if (needleIsString) return -1;
  return units * 2 === hlen ? -1 : units * 2;
}

const kSwapLines = { __proto__: null, 2: 1193, 4: 1208, 8: 1225 };
function swapper(size) {
  return function swap() {
    if (this.length % size !== 0) {
      throw thrownAtBuffer(new (E().ERR_INVALID_BUFFER_SIZE)(`${size * 8}-bits`), kSwapLines[size],
        `    throw new ERR_INVALID_BUFFER_SIZE('${size * 8}-bits');`);
    }
    native.swap(this, size);
    return this;
  };
}

const nativeSubarray = native.subarray;
// node has two such functions: subarray and slice (the same thing under its own name)
const slice = named('slice', subarrayFn());
const subarray = subarrayFn();
function subarrayFn() {
  return function subarray(start, end) {
    // numbers (or omitted) on a Uint8Array: the native path
    if ((typeof start === 'number' || start === undefined) && (typeof end === 'number' || end === undefined) &&
        this instanceof Uint8Array && nativeSubarray !== undefined) {
      return nativeSubarray(this, start, end);
    }
    const len = this.length;
    start = adjustOffset(start, len);
    end = end !== undefined ? adjustOffset(end, len) : len;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  };
}
function named(name, fn) {
  return Object.defineProperty(fn, 'name', { value: name, configurable: true });
}
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) { offset += length; return offset > 0 ? offset : 0; }
  if (offset < length) return offset;
  return length;
}

// ---- prototype: numbers ----

// An error thrown as node's internal/buffer throws it at `line`: an uncaught one is reported with
// that source line, as node's report shows it. Reported as an unhandled rejection (or from an ES
// module's top level), node points where the error was made: at the `new` of `throw new`.
function thrownAt(err, where, source, column = source.length - source.trimStart().length) {
  const made = source.search(/throw (?:new |lazyDOMException\()/);
  const rejection = made === -1 ? undefined : `${where}\n${source}\n${' '.repeat(made + 6)}^\n`;
  require('internal/loop').markThrow(err, `${where}\n${source}\n${' '.repeat(column)}^\n`, rejection);
  return err;
}
// node:buffer's own throw statements (`source` with its indentation)
const thrownAtBuffer = (err, line, source) => thrownAt(err, `node:buffer:${line}`, source);
const invalidBufferArg = (name, value, line) => thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'Uint8Array'], value),
  line, `    throw new ERR_INVALID_ARG_TYPE('${name}', ['Buffer', 'Uint8Array'], ${name});`);
// node's frames for an unknown encoding at its throw `line` (where they do not depend on the caller)
const kEncodingFrames = {
  __proto__: null,
  861: ['Buffer.toString (node:buffer:861:11)'],
  1138: ['Buffer.write (node:buffer:1138:11)'],
  484: ['fromString (node:buffer:484:13)', 'Function.from (node:buffer:297:12)'],
};
function unknownEncoding(enc, line, indent) {
  const frames = kEncodingFrames[line];
  const err = frames === undefined ? new (E().ERR_UNKNOWN_ENCODING)(enc) : withNodeFrame(() => new (E().ERR_UNKNOWN_ENCODING)(enc), frames);
  return thrownAtBuffer(err, line,
    `${' '.repeat(indent)}throw new ERR_UNKNOWN_ENCODING(encoding);`);
}
// a validator's error: node's hideStackFrames rethrows it
const thrownHidden = (err) => thrownAt(err, 'node:internal/errors:541', '      throw error;');
// `frame`: node's frame of the method that called its boundsError, when known.
function boundsError(value, length, type, frame) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw boundsThrow(() => new (E().ERR_OUT_OF_RANGE)(type || 'offset', 'an integer', value), 82,
      "    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);", frame);
  }
  if (length < 0) throw boundsThrow(() => new (E().ERR_BUFFER_OUT_OF_BOUNDS)(), 86, '    throw new ERR_BUFFER_OUT_OF_BOUNDS();', frame);
  throw boundsThrow(() => new (E().ERR_OUT_OF_RANGE)(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value), 88,
    "  throw new ERR_OUT_OF_RANGE(type || 'offset',", frame);
}
// The error `make` makes, thrown at node's internal/buffer `line` (`source`): its frames start
// with node's boundsError there (its `new`), then `frame`.
function boundsThrow(make, line, source, frame) {
  const column = source.length - source.trimStart().length + 7;
  const frames = [`boundsError (node:internal/buffer:${line}:${column})`];
  if (frame !== undefined) frames.push(frame);
  return thrownAt(withNodeFrame(make, frames), `node:internal/buffer:${line}`, source);
}
// node's lines of the fixed-width read methods (internal/buffer), for their frames.
const kReadLines = {
  __proto__: null,
  UInt8: 254, Int8: 426, UInt16LE: 245, UInt16BE: 334, Int16LE: 416, Int16BE: 508, UInt32LE: 222, UInt32BE: 311, Int32LE: 392, Int32BE: 484,
};
function checkRead(buf, offset, n) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
}
function checkInt(value, min, max, buf, offset, n) {
  if (value > max || value < min) {
    const s = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (n > 4) {
      range = min === 0 || min === 0n
        ? `>= 0${s} and < 2${s} ** ${n * 8}${s}`
        : `>= -(2${s} ** ${n * 8 - 1}${s}) and < 2${s} ** ${n * 8 - 1}${s}`;
    } else range = `>= ${min}${s} and <= ${max}${s}`;
    // (node's 8-bit writers check the range themselves)
    const err = new (E().ERR_OUT_OF_RANGE)('value', range, value);
    if (n === 1) throw thrownAt(err, 'node:internal/buffer:740', "    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);");
    throw thrownAt(err, 'node:internal/buffer:74', "    throw new ERR_OUT_OF_RANGE('value', range, value);");
  }
  checkRead(buf, offset, n);
}

function readUnsigned(buf, o, n, le) {
  // the common widths unrolled (each interpreted loop step costs)
  if (n === 4) {
    return le ? buf[o] + buf[o + 1] * 0x100 + buf[o + 2] * 0x10000 + buf[o + 3] * 0x1000000
      : buf[o] * 0x1000000 + buf[o + 1] * 0x10000 + buf[o + 2] * 0x100 + buf[o + 3];
  }
  if (n === 2) return le ? buf[o] + buf[o + 1] * 0x100 : buf[o] * 0x100 + buf[o + 1];
  if (n === 1) return buf[o];
  let v = 0;
  if (le) for (let i = n - 1; i >= 0; i--) v = v * 256 + buf[o + i];
  else for (let i = 0; i < n; i++) v = v * 256 + buf[o + i];
  return v;
}
function writeBytes(buf, value, o, n, le) {
  if (n <= 4) {
    // range-checked already: the low 32 bits (a Uint8Array store keeps the low byte)
    const w = value | 0;
    if (n === 1) buf[o] = w;
    else if (n === 2) {
      if (le) { buf[o] = w; buf[o + 1] = w >>> 8; } else { buf[o] = w >>> 8; buf[o + 1] = w; }
    } else if (n === 4) {
      if (le) { buf[o] = w; buf[o + 1] = w >>> 8; buf[o + 2] = w >>> 16; buf[o + 3] = w >>> 24; }
      else { buf[o] = w >>> 24; buf[o + 1] = w >>> 16; buf[o + 2] = w >>> 8; buf[o + 3] = w; }
    } else if (le) { buf[o] = w; buf[o + 1] = w >>> 8; buf[o + 2] = w >>> 16; }
    else { buf[o] = w >>> 16; buf[o + 1] = w >>> 8; buf[o + 2] = w; }
    return o + n;
  }
  let v = Number.isNaN(value) ? 0 : Math.trunc(value);
  if (v < 0) v += 2 ** (8 * n);
  for (let i = 0; i < n; i++) {
    buf[le ? o + i : o + n - 1 - i] = v % 256;
    v = Math.floor(v / 256);
  }
  return o + n;
}

// The public 1/2/4-byte methods, as node's: the offset's type and the first and last byte checked
// inline, the bytes read or stored without helper calls (each call costs in the interpreter).
function fastRead(n, le, signed) {
  const name = `${signed ? 'Int' : 'UInt'}${n * 8}${n === 1 ? '' : le ? 'LE' : 'BE'}`;
  const frame = `Buffer.read${name} (node:internal/buffer:${kReadLines[name]}:5)`;
  return function (offset = 0) {
    if (typeof offset !== 'number') validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + n - 1];
    if (first === undefined || last === undefined) boundsError(offset, this.length - n, undefined, frame);
    if (n === 1) return signed ? first | (first & 0x80) * 0x1fffffe : first;
    if (n === 2) {
      const v = le ? first + last * 0x100 : first * 0x100 + last;
      return signed ? v | (v & 0x8000) * 0x1fffe : v;
    }
    const b1 = this[offset + 1];
    const b2 = this[offset + 2];
    if (le) return first + b1 * 0x100 + b2 * 0x10000 + (signed ? last << 24 : last * 0x1000000);
    return (signed ? first << 24 : first * 0x1000000) + b1 * 0x10000 + b2 * 0x100 + last;
  };
}
function fastWrite(n, le, min, max) {
  return function (value, offset = 0) {
    value = +value;
    if (n === 1 && typeof offset !== 'number') validateNumber(offset, 'offset');
    if (value > max || value < min) checkInt(value, min, max, this, offset, n); // throws
    if (typeof offset !== 'number') validateNumber(offset, 'offset');
    if (this[offset] === undefined || this[offset + n - 1] === undefined) boundsError(offset, this.length - n);
    const w = value | 0; // in range: the low 32 bits; a Uint8Array store keeps the low byte
    if (n === 1) this[offset] = w;
    else if (n === 2) {
      this[offset] = le ? w : w >>> 8;
      this[offset + 1] = le ? w >>> 8 : w;
    } else if (le) {
      this[offset] = w; this[offset + 1] = w >>> 8; this[offset + 2] = w >>> 16; this[offset + 3] = w >>> 24;
    } else {
      this[offset] = w >>> 24; this[offset + 1] = w >>> 16; this[offset + 2] = w >>> 8; this[offset + 3] = w;
    }
    return offset + n;
  };
}

function defineIntMethods(n, le) {
  const suffix = n === 1 ? '' : le ? 'LE' : 'BE';
  const bits = n * 8;
  const umax = 2 ** bits - 1;
  const smin = -(2 ** (bits - 1));
  const smax = 2 ** (bits - 1) - 1;
  const readU = function (offset = 0) { checkRead(this, offset, n); return readUnsigned(this, offset, n, le); };
  const readS = function (offset = 0) {
    checkRead(this, offset, n);
    const v = readUnsigned(this, offset, n, le);
    return v > smax ? v - 2 ** bits : v;
  };
  // write{U,}Int{LE,BE} pass their offset as given (undefined fails after the value's range
  // check, as in node); the public fixed-width methods default it to 0.
  const makeWrite = (min, max) => function (value, offset) {
    value = +value;
    if (n === 1) validateNumber(offset, 'offset');
    checkInt(value, min, max, this, offset, n);
    return writeBytes(this, value, offset, n, le);
  };
  const writeUv = makeWrite(0, umax);
  const writeSv = makeWrite(smin, smax);
  if (n === 1 || n === 2 || n === 4) { // the 3-byte methods are internal in node too
    const fastU = fastRead(n, le, false);
    const fastS = fastRead(n, le, true);
    const writeU = fastWrite(n, le, 0, umax);
    for (const u of ['UInt', 'Uint']) {
      proto[`read${u}${bits}${suffix}`] = fastU;
      proto[`write${u}${bits}${suffix}`] = writeU;
    }
    proto[`readInt${bits}${suffix}`] = fastS;
    proto[`writeInt${bits}${suffix}`] = fastWrite(n, le, smin, smax);
    return { readU: fastU, readS: fastS, writeUv, writeSv };
  }
  return { readU, readS, writeUv, writeSv };
}

const byWidth = { LE: [], BE: [] };
for (const le of [true, false]) {
  for (let n = 1; n <= 6; n++) byWidth[le ? 'LE' : 'BE'][n] = defineIntMethods(n, le);
}
for (const end of ['LE', 'BE']) {
  const implFor = (offset, byteLength, isRead) => {
    if (isRead && offset === undefined) throw new (E().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
    const impl = byWidth[end][byteLength];
    if (impl === undefined || !Number.isInteger(byteLength)) boundsError(byteLength, 6, 'byteLength');
    return impl;
  };
  // read*(offset, byteLength) / write*(value, offset, byteLength), with node's lengths (2 / 3).
  const variableWidth = (kind) => (kind.startsWith('read')
    ? function (offset, byteLength) { return implFor(offset, byteLength, true)[kind].call(this, offset); }
    : function (value, offset, byteLength) { return implFor(offset, byteLength, false)[kind].call(this, value, offset); });
  const readU = variableWidth('readU');
  const writeU = variableWidth('writeUv');
  for (const u of ['UInt', 'Uint']) {
    proto[`read${u}${end}`] = readU;
    proto[`write${u}${end}`] = writeU;
  }
  proto[`readInt${end}`] = variableWidth('readS');
  proto[`writeInt${end}`] = variableWidth('writeSv');
}

const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64b = new Uint8Array(f64.buffer);
function defineFloat(name, arr, bytes, n) {
  for (const le of [true, false]) {
    const suffix = le ? 'LE' : 'BE';
    proto[`read${name}${suffix}`] = function (offset = 0) {
      checkRead(this, offset, n);
      for (let i = 0; i < n; i++) bytes[le ? i : n - 1 - i] = this[offset + i];
      return arr[0];
    };
    proto[`write${name}${suffix}`] = function (value, offset = 0) {
      value = +value;
      checkRead(this, offset, n);
      arr[0] = value;
      for (let i = 0; i < n; i++) this[offset + i] = bytes[le ? i : n - 1 - i];
      return offset + n;
    };
  }
}
defineFloat('Float', f32, f32b, 4);
defineFloat('Double', f64, f64b, 8);

for (const le of [true, false]) {
  const suffix = le ? 'LE' : 'BE';
  const readU64 = function (offset = 0) {
    checkRead(this, offset, 8);
    const a = readUnsigned(this, offset + (le ? 4 : 0), 4, le);
    const b = readUnsigned(this, offset + (le ? 0 : 4), 4, le);
    return (BigInt(a) << 32n) + BigInt(b);
  };
  const readI64 = function (offset = 0) { return BigInt.asIntN(64, readU64.call(this, offset)); };
  const writeBig = (min, max) => function (value, offset = 0) {
    checkInt(value, min, max, this, offset, 8);
    if (typeof value !== 'bigint') {
      // as V8's error from node's `value & 0xffffffffn`
      throw thrownAt(new TypeError('Cannot mix BigInt and other types, use explicit conversions'),
        `node:internal/buffer:${le ? 583 : 609}`, '  let lo = Number(value & 0xffffffffn);', 24);
    }
    const v = BigInt.asUintN(64, value);
    writeBytes(this, Number(v >> 32n), offset + (le ? 4 : 0), 4, le);
    writeBytes(this, Number(v & 0xffffffffn), offset + (le ? 0 : 4), 4, le);
    return offset + 8;
  };
  const writeU64 = writeBig(0n, 0xffffffffffffffffn);
  for (const u of ['UInt', 'Uint']) { // the Uint spellings are the same functions, as node's aliases
    proto[`readBig${u}64${suffix}`] = readU64;
    proto[`writeBig${u}64${suffix}`] = writeU64;
  }
  proto[`readBigInt64${suffix}`] = readI64;
  proto[`writeBigInt64${suffix}`] = writeBig(-(2n ** 63n), 2n ** 63n - 1n);
}
// the number methods are named as node's: the Uint aliases carry the UInt name, the float ones
// their byte order relative to a little-endian host
for (const k of Object.getOwnPropertyNames(proto)) {
  if (/^(read|write)(Big)?(U?Int|Uint|Float|Double)/.test(k)) {
    const name = k.replace('Uint', 'UInt').replace(/(Float|Double)(LE|BE)$/, (_, t, e) => t + (e === 'LE' ? 'Forwards' : 'Backwards'));
    Object.defineProperty(proto[k], 'name', { value: name, configurable: true });
  }
}

// ---- inspect ----

function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = native.inspectHex(this, actualMax);
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // node's getOwnNonIndexProperties: enumerable (or, with showHidden, all) names and symbols.
    const keys = require('internal/inspect').getOwnNonIndexProperties(this, ctx.showHidden ? 0 : 2);
    if (keys.length) {
      const obj = { __proto__: null };
      for (const k of keys) obj[k] = this[k];
      const { inspect } = require('internal/inspect');
      if (this.length !== 0) str += ', ';
      str += inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}

// As node's: plain (constructible) functions, enumerable; parent/offset fixed getters.
const methods = {
  toString, write, copy, compare, equals, subarray, slice,
  toLocaleString: toString,
  fill: function fill(value, offset, end, encoding) {
    // a byte over the whole buffer: one native memset (ToUint8 as TypedArray fill's)
    if (typeof value === 'number' && offset === undefined && this instanceof Uint8Array) {
      native.fill(this, value, 0, undefined);
      return this;
    }
    return _fill(this, value, offset, end, encoding);
  },
  indexOf: function indexOf(val, byteOffset, encoding) { return bidirectionalIndexOf(this, val, byteOffset, encoding, true); },
  lastIndexOf: function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },
  includes: function includes(val, byteOffset, encoding) { return this.indexOf(val, byteOffset, encoding) !== -1; },
  swap16: named('swap16', swapper(2)), swap32: named('swap32', swapper(4)), swap64: named('swap64', swapper(8)),
  toJSON: function toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },
  inspect,
  [Symbol.for('nodejs.util.inspect.custom')]: inspect,
};
for (const k of Reflect.ownKeys(methods)) {
  Object.defineProperty(proto, k, { value: methods[k], writable: true, configurable: true, enumerable: true });
}
// The methods in node's definition order (for...in over a Buffer and util.inspect(Buffer.prototype)
// list them so).
function nodeKeyOrder() {
  const keys = [];
  for (const rw of ['read', 'write']) {
    for (const t of ['BigUInt64', 'BigUint64', 'BigInt64']) keys.push(`${rw}${t}LE`, `${rw}${t}BE`);
  }
  for (const rw of ['read', 'write']) {
    for (const t of ['UInt', 'Uint', 'Int']) {
      keys.push(`${rw}${t}LE`, `${rw}${t}32LE`, `${rw}${t}16LE`, `${rw}${t}8`, `${rw}${t}BE`, `${rw}${t}32BE`, `${rw}${t}16BE`);
    }
  }
  for (const rw of ['read', 'write']) keys.push(`${rw}FloatLE`, `${rw}FloatBE`, `${rw}DoubleLE`, `${rw}DoubleBE`);
  for (const kind of ['Slice', 'Write']) {
    for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) keys.push(enc + kind);
  }
  return keys.concat(['parent', 'offset', 'copy', 'toString', 'equals', 'inspect', 'compare', 'indexOf', 'lastIndexOf',
    'includes', 'fill', 'write', 'toJSON', 'subarray', 'slice', 'swap16', 'swap32', 'swap64', 'toLocaleString']);
}
// parent and offset: fixed getters, defined in their place
const kViewGetters = {
  __proto__: null,
  parent: { enumerable: true, get() { return this instanceof Buffer ? this.buffer : undefined; } },
  offset: { enumerable: true, get() { return this instanceof Buffer ? this.byteOffset : undefined; } },
};
const ordered = nodeKeyOrder();
for (const k of [...ordered, ...Reflect.ownKeys(proto).filter((k) => !ordered.includes(k))]) {
  Object.defineProperty(Buffer.prototype, k, kViewGetters[k] ?? Object.getOwnPropertyDescriptor(proto, k));
}

// ---- atob / btoa ----

// Their DOMException, reported as thrown by node's lazyDOMException call at `line` (`indent` deep).
function invalidCharacter(line, indent, message = 'Invalid character') {
  const err = new (require('internal/web').DOMException)(message, 'InvalidCharacterError');
  const call = message === 'Invalid character' ? "lazyDOMException('Invalid character', 'InvalidCharacterError');" : 'lazyDOMException(';
  return thrownAtBuffer(err, line, `${' '.repeat(indent)}throw ${call}`);
}

function btoa(input) {
  if (arguments.length === 0) throw thrownAtBuffer(new (E().ERR_MISSING_ARGS)('input'), 1276, "    throw new ERR_MISSING_ARGS('input');");
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw invalidCharacter(1280, 4);
  }
  return native.decode(native.fromString(input, LATIN1), BASE64);
}

function atob(input) {
  if (arguments.length === 0) throw thrownAtBuffer(new (E().ERR_MISSING_ARGS)('input'), 1287, "    throw new ERR_MISSING_ARGS('input');");
  // node 20's forgiving-base64 checks: ASCII whitespace ignored, '=' (at most two) only at the
  // end; a remainder of 1 without the '=' is "not correctly encoded", else '=' must pad to 4.
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input)) throw invalidCharacter(1294, 6);
  const equals = input.endsWith('==') ? 2 : input.endsWith('=') ? 1 : 0;
  const data = input.length - equals;
  if (data % 4 === 1) throw invalidCharacter(1296, 6, 'The string to be decoded is not correctly encoded.');
  if (equals !== 0 && input.length % 4 !== 0) throw invalidCharacter(1294, 6);
  return native.decode(native.fromString(input, BASE64), LATIN1);
}

// ---- Blob / File ----

const kBytes = Symbol('kBytes');
const kParts = Symbol('kParts'); // the non-empty source parts: stream() yields one chunk each
const kType = Symbol('kType');
const kPieces = Symbol('kPieces'); // node's part count (empty ones too), which paces arrayBuffer()
const identity = (v) => v;
const isBlob = (v) => v !== null && typeof v === 'object' && v[kBytes] !== undefined;
const invalidBlobThis = () => new (E().ERR_INVALID_THIS)('Blob');

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new (E().ERR_INVALID_ARG_TYPE)('sources', 'a sequence', sources);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new (E().ERR_INVALID_ARG_TYPE)('options', 'a dictionary', options);
    }
    // each option read once, type before endings, as node's destructuring
    const { type: typeOption = '', endings: endingsOption = 'transparent' } = options ?? {};
    const endings = `${endingsOption}`;
    if (endings !== 'transparent' && endings !== 'native') throw new (E().ERR_INVALID_ARG_VALUE)('options.endings', endings);
    const parts = [];
    let pieces = 0;
    for (const s of sources) {
      pieces += s instanceof Blob ? s[kPieces] : 1;
      if (s instanceof Blob) parts.push(...s[kParts]);
      else if (isAnyArrayBuffer(s)) parts.push(new Uint8Array(s.slice(0)));
      else if (ArrayBuffer.isView(s)) parts.push(new Uint8Array(s.buffer.slice(s.byteOffset, s.byteOffset + s.byteLength)));
      else parts.push(native.fromString(endings === 'native' ? `${s}`.replace(/\n|\r\n/g, '\n') : `${s}`, UTF8));
    }
    this[kParts] = parts.filter((p) => p.length !== 0);
    this[kPieces] = pieces;
    this[kBytes] = parts.length ? native.concat(parts) : native.alloc(0);
    const type = `${typeOption}`;
    this[kType] = /[^\u0020-\u007e]/.test(type) ? '' : type.toLowerCase();
  }
  get type() {
    if (!isBlob(this)) throw invalidBlobThis();
    return this[kType];
  }
  get size() {
    if (!isBlob(this)) throw invalidBlobThis();
    return this[kBytes].length;
  }
  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw invalidBlobThis();
    const from = adjustOffset(start, this.size);
    const to = adjustOffset(end, this.size);
    const parts = [];
    let at = 0;
    for (const p of this[kParts]) {
      const lo = Math.max(from - at, 0);
      const hi = Math.min(to - at, p.length);
      if (lo < hi) parts.push(p.subarray(lo, hi));
      at += p.length;
    }
    return new Blob(parts, { type: contentType });
  }
  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(invalidBlobThis());
    const b = this[kBytes];
    // node's reader pulls a part per two microtasks: the bytes of n parts settle 2n - 1 ticks on.
    let done = Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    for (let i = 1; i < 2 * this[kPieces]; i++) done = done.then(identity);
    return done;
  }
  text() {
    if (!isBlob(this)) return Promise.reject(invalidBlobThis());
    // settles a turn after arrayBuffer() would, as node's (which awaits it); UTF-8 decoded as
    // TextDecoder does (a leading BOM dropped)
    return this.arrayBuffer().then((ab) => {
      const bytes = new Uint8Array(ab);
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      return native.decode(bytes, UTF8, bom, ab.byteLength);
    });
  }
  bytes() {
    if (!isBlob(this)) throw invalidBlobThis();
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }
  stream() {
    if (!isBlob(this)) throw invalidBlobThis();
    const { ReadableStream } = require('stream/web');
    // one part per pull, nothing read before the first read (highWaterMark 0), as node's
    const parts = this[kParts];
    let next = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (next < parts.length) controller.enqueue(new Uint8Array(parts[next++]));
        if (next === parts.length) {
          controller.close();
          controller.byobRequest?.respond(0);
        }
      },
    }, { highWaterMark: 0 });
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/inspect');
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
  // a clone (of a File too) is a Blob over the same bytes, as node's ClonedBlob
  [kClone]() {
    if (!isBlob(this)) return undefined;
    return { data: { parts: this[kParts], bytes: this[kBytes], type: this[kType], pieces: this[kPieces] }, deserializeInfo: Blob };
  }
  [kDeserialize]({ parts, bytes, type, pieces }) {
    this[kParts] = parts;
    this[kBytes] = bytes;
    this[kType] = type;
    this[kPieces] = pieces;
  }
}

// node's File keeps name and lastModified in private fields (a foreign receiver fails as
// V8's private-member read does).
const privateRead = (name) => new TypeError(`Cannot read private member #${name} from an object whose class did not declare it`);
class File extends Blob {
  #name;
  #lastModified;
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new (E().ERR_MISSING_ARGS)('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`.toWellFormed();
    let lastModified = options?.lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#lastModified = lastModified;
  }
  get name() {
    if (!(this !== null && typeof this === 'object' && #name in this)) throw privateRead('name');
    return this.#name;
  }
  get lastModified() {
    if (!(this !== null && typeof this === 'object' && #lastModified in this)) throw privateRead('lastModified');
    return this.#lastModified;
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/inspect');
    const fields = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    return `File ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// node's WebIDL shape: enumerable members, a data (read-only) toStringTag
const enumerable = { enumerable: true };
Object.defineProperties(Blob.prototype, {
  type: enumerable, size: enumerable, slice: enumerable, stream: enumerable, text: enumerable, arrayBuffer: enumerable,
  [Symbol.toStringTag]: { value: 'Blob', configurable: true },
});
Object.defineProperties(File.prototype, {
  name: enumerable, lastModified: enumerable,
  [Symbol.toStringTag]: { value: 'File', configurable: true },
});

// ---- module helpers ----

// The bytes isUtf8/isAscii validate: a detached ArrayBuffer is refused as node's C++ does (a view
// over one simply has no bytes).
function toBytes(input, name, line) {
  if (isAnyArrayBuffer(input)) {
    if (input.byteLength === 0 && isDetached(input)) {
      throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
    }
    return new Uint8Array(input);
  }
  if (ArrayBuffer.isView(input)) {
    if (input.byteLength === 0) return new Uint8Array(0);
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input), line,
    "  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);");
}

function isDetached(arrayBuffer) {
  try { arrayBuffer.slice(0, 0); return false; } catch { return true; }
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw thrownAtBuffer(new (E().ERR_INVALID_ARG_TYPE)('source', ['Buffer', 'Uint8Array'], source), 1251,
      "      throw new ERR_INVALID_ARG_TYPE('source',");
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = encodingId(fromEncoding);
  const to = encodingId(toEncoding);
  const ok = [UTF8, UTF16LE, LATIN1, ASCII];
  if (!ok.includes(from) || !ok.includes(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  // As node's ICU/simdutf paths: utf8->ucs2 and ucs2->utf8 reject malformed input; ascii input
  // bytes above 0x7f are U+FFFD (or U+0080.. to ucs2); ascii/latin1 output substitutes '?'.
  if (from === UTF8 && to === UTF16LE && !native.isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  let text;
  if (from === ASCII) {
    text = native.decode(source, LATIN1, 0, source.length);
    if (to !== UTF16LE) text = text.replace(/[\x80-\xff]/g, '\ufffd');
  } else {
    text = native.decode(source, from, 0, source.length);
  }
  if (from === UTF16LE && to === UTF8 && (source.length < 2 || !text.isWellFormed())) {
    throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  }
  if (to === ASCII) text = text.replace(/[^\x00-\x7f]/gu, '?');
  else if (to === LATIN1) text = text.replace(/[^\x00-\xff]/gu, '?');
  return native.fromString(text, to);
}
function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return thrownAtBuffer(err, 1267, '    throw err;');
}

function resolveObjectURL(url) {
  const { blobUrlStore, blobUrlId } = require('internal/web');
  const blob = blobUrlStore.get(blobUrlId(`${url}`));
  // a new Blob over the same bytes each time, as node's
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8(input) { return native.isUtf8(toBytes(input, 'input', 1312)); },
  isAscii(input) { return native.isAscii(toBytes(input, 'input', 1320)); },
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};
// for string_decoder: decoding with node's string length limit, node's uncaught-error report
Object.defineProperty(module.exports, Symbol.for('rjs.buffer.internals'), {
  value: {
    kLongDecode, // a range longer than this is decoded by decodeLong
    decodeLong,
    thrownAt,
    withNodeFrame,
  },
});
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(v) { validateNumber(v, 'INSPECT_MAX_BYTES', 0); INSPECT_MAX_BYTES = v; },
});
// As node's, lazy accessors until first read (node loads them from internal/blob).
require('internal/inspect').defineLazyProperties(module.exports, ['Blob', 'resolveObjectURL', 'File'],
  () => ({ Blob, resolveObjectURL, File }));
