// node:v8 -- heap statistics derived from the wasm linear memory, no-op flags, and the
// structured-clone serializer in V8's wire format (version 15: same tags, varints, string and
// BigInt encodings, object back-references, host objects for ArrayBufferViews as node's
// DefaultSerializer writes them), so buffers from node deserialize here and vice versa. A value
// V8 keeps as a heap number but is an int32 (e.g. 0.5 + 0.5) is written as an int here; an
// array is written densely when it has no holes. Heap snapshots and queryObjects fail with
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM; coverage, promise hooks and GC profiles are empty.
'use strict';

const { Buffer } = require('buffer');
const internalType = internalBinding('native').internalType;
// The buffer binding's string codecs (encoding ids of src/node/buffer.rs).
const { write: writeString, decode: decodeString } = internalBinding('buffer');
const UTF8 = 0, UTF16LE = 1, LATIN1 = 2;
let errorCodes;
function codes() { return (errorCodes = errorCodes || require('internal/errors').codes); }

// ---- heap statistics -------------------------------------------------------------------------
const kHeapLimit = 4 * 1024 * 1024 * 1024 - 64 * 1024; // wasm32: 65535 pages of 64 KiB
function memoryBytes() { return internalBinding('vm').memoryBytes(); }

function getHeapStatistics() {
  const total = memoryBytes();
  const used = Math.floor(total * 0.9);
  return {
    total_heap_size: total,
    total_heap_size_executable: 0,
    total_physical_size: total,
    total_available_size: kHeapLimit - used,
    used_heap_size: used,
    heap_size_limit: kHeapLimit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

const kHeapSpaces = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space', 'shared_large_object_space'];
function getHeapSpaceStatistics() {
  const total = memoryBytes();
  const used = Math.floor(total * 0.9);
  // The whole linear memory is reported as old space; the others are empty.
  return kHeapSpaces.map((name) => {
    const old = name === 'old_space';
    return {
      space_name: name,
      space_size: old ? total : 0,
      space_used_size: old ? used : 0,
      space_available_size: old ? total - used : 0,
      physical_space_size: old ? total : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

function setFlagsFromString(flags) {
  if (typeof flags !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('flags', 'string', flags);
}

function setHeapSnapshotNearHeapLimit(limit) {
  require('internal/validators').validateInteger(limit, 'limit', 1, 2 ** 32 - 1);
}

// No heap snapshots; the arguments are checked as node's first.
function getHeapSnapshot(options = undefined) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  throw new (codes().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)('v8.getHeapSnapshot');
}
function writeHeapSnapshot(path = undefined, options = undefined) {
  if (path !== undefined) {
    if (typeof path !== 'string' && !Buffer.isBuffer(path) && !(path instanceof URL)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'Buffer', 'URL'], path);
    }
  }
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  throw new (codes().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)('v8.writeHeapSnapshot');
}

// The engine reports no collections: a profile has no statistics.
class GCProfiler {
  #startTime = undefined;

  start() {
    if (this.#startTime === undefined) this.#startTime = Date.now();
  }

  stop() {
    if (this.#startTime === undefined) return undefined;
    const startTime = this.#startTime;
    this.#startTime = undefined;
    return { version: 1, startTime, statistics: [], endTime: Date.now() };
  }
}

class ERR_NOT_BUILDING_SNAPSHOT extends Error {
  constructor() {
    super('Operation cannot be invoked when not building startup snapshot');
    Object.defineProperty(this, 'code', { value: 'ERR_NOT_BUILDING_SNAPSHOT', enumerable: true, writable: true, configurable: true });
  }

  toString() { return `Error [ERR_NOT_BUILDING_SNAPSHOT]: ${this.message}`; }
}
let snapshotErrorReady = false;
function notBuildingSnapshot() {
  if (!snapshotErrorReady) {
    require('internal/errors').defineCodeStack(ERR_NOT_BUILDING_SNAPSHOT.prototype, 'ERR_NOT_BUILDING_SNAPSHOT');
    snapshotErrorReady = true;
  }
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}
const startupSnapshot = {
  addDeserializeCallback: notBuildingSnapshot,
  addSerializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
  isBuildingSnapshot: () => 0,
};

function queryObjects(ctor) {
  require('internal/validators').validateFunction(ctor, 'constructor');
  throw new (codes().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)('v8.queryObjects');
}

// The engine has no promise hooks: registering one is accepted (after node's checks) and never
// called.
function hookSetter(argName) {
  return (hook) => {
    require('internal/validators').validateFunction(hook, argName);
    return () => {};
  };
}
const promiseHooks = {
  createHook({ init, before, after, settled } = {}) {
    for (const [hook, name] of [[init, 'initHook'], [before, 'beforeHook'], [after, 'afterHook'], [settled, 'settledHook']]) {
      if (hook !== undefined) require('internal/validators').validateFunction(hook, name);
    }
    return () => {};
  },
  onInit: hookSetter('initHook'),
  onBefore: hookSetter('beforeHook'),
  onAfter: hookSetter('afterHook'),
  onSettled: hookSetter('settledHook'),
};

// ---- serializer ------------------------------------------------------------------------------
const kLatestVersion = 15;
const T = {
  version: 0xff, padding: 0, verifyCount: 0x3f, hole: 0x2d, undefined: 0x5f, null: 0x30, true: 0x54,
  false: 0x46, int32: 0x49, uint32: 0x55, double: 0x4e, bigint: 0x5a, utf8: 0x53, oneByte: 0x22,
  twoByte: 0x63, ref: 0x5e, beginObject: 0x6f, endObject: 0x7b, beginSparse: 0x61, endSparse: 0x40,
  beginDense: 0x41, endDense: 0x24, date: 0x44, trueObject: 0x79, falseObject: 0x78,
  numberObject: 0x6e, bigintObject: 0x7a, stringObject: 0x73, regexp: 0x52, beginMap: 0x3b,
  endMap: 0x3a, beginSet: 0x27, endSet: 0x2c, arrayBuffer: 0x42, resizableArrayBuffer: 0x7e,
  transfer: 0x74, view: 0x56, shared: 0x75, host: 0x5c, error: 0x72,
};
const kViewTags = {
  Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77, Uint16Array: 0x57,
  Int32Array: 0x64, Uint32Array: 0x44, Float32Array: 0x66, Float64Array: 0x46, BigInt64Array: 0x71,
  BigUint64Array: 0x51, DataView: 0x3f,
};
const kErrorTags = { EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46, SyntaxError: 0x53, TypeError: 0x54, URIError: 0x55 };
const kRegExpFlags = 'gimyusldv'; // bit i of V8's flag word is kRegExpFlags[i]
const scratch = new DataView(new ArrayBuffer(8));
const scratchBytes = new Uint8Array(scratch.buffer);
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const hasOwn = Object.prototype.hasOwnProperty;
const kTwoByteChar = /[^\x00-\xff]/;
const kIndexKey = /^(?:0|[1-9]\d*)$/;
const isArrayIndex = (k) => kIndexKey.test(k) && +k < 4294967295;

// The native serdes binding's argument errors: a plain TypeError with a code, as node's C++
// THROW_ERR_INVALID_ARG_TYPE makes them.
function nativeTypeError(message) {
  const e = new TypeError(message);
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

function viewBytes(view, what) {
  if (!ArrayBuffer.isView(view)) throw nativeTypeError(`${what} must be a TypedArray or a DataView`);
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function cloneErrorText(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') {
    try { return Function.prototype.toString.call(value); } catch { return 'function'; }
  }
  const type = internalType(value);
  if (type === 'Generator' || type === 'AsyncGenerator') return `[object ${type}]`;
  // V8 names a proxy by its target without running traps: an array's is [object Array].
  if (type === 'Proxy' && Array.isArray(value)) return '[object Array]';
  let name = 'Object';
  try {
    for (let p = Object.getPrototypeOf(value); p; p = Object.getPrototypeOf(p)) {
      const c = hasOwn.call(p, 'constructor') ? p.constructor : undefined;
      if (typeof c === 'function' && typeof c.name === 'string' && c.name) { name = c.name; break; }
    }
  } catch { /* keep Object */ }
  return `#<${name}>`;
}

class Serializer {
  constructor() {
    this._buf = new Uint8Array(64);
    this._view = new DataView(this._buf.buffer);
    this._len = 0;
    this._ids = new Map();
    this._nextId = 0;
    this._transfers = new Map();
    this._viewsAsHost = false;
  }

  _cloneError(value) {
    return this._cloneErrorText(`${cloneErrorText(value)} could not be cloned.`);
  }

  _cloneErrorText(message) {
    const make = this._getDataCloneError;
    return typeof make === 'function' ? make.call(this, message) : new Error(message);
  }

  _reserve(n) {
    if (this._len + n <= this._buf.length) return;
    const next = new Uint8Array(Math.max(this._buf.length * 2, this._len + n));
    next.set(this._buf.subarray(0, this._len));
    this._buf = next;
    this._view = new DataView(next.buffer);
  }

  _byte(b) {
    this._reserve(1);
    this._buf[this._len++] = b;
  }

  _varint(n) {
    this._reserve(10);
    while (n >= 0x80) {
      this._buf[this._len++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this._buf[this._len++] = n;
  }

  _double(d) {
    this._reserve(8);
    this._view.setFloat64(this._len, d, true);
    this._len += 8;
  }

  _bytes(u8) {
    this._reserve(u8.length);
    this._buf.set(u8, this._len);
    this._len += u8.length;
  }

  // Hot paths (numbers, strings) write into the buffer directly: every call costs here.
  _number(v) {
    this._reserve(10);
    const buf = this._buf;
    let len = this._len;
    if ((v | 0) === v && (v !== 0 || 1 / v > 0)) {
      buf[len++] = 0x49; // int32, zigzag varint
      let n = ((v << 1) ^ (v >> 31)) >>> 0;
      while (n >= 0x80) {
        buf[len++] = (n & 0x7f) | 0x80;
        n >>>= 7;
      }
      buf[len++] = n;
    } else {
      buf[len++] = 0x4e; // double
      this._view.setFloat64(len, v, true);
      len += 8;
    }
    this._len = len;
  }

  _bigintContents(v) {
    let mag = v < 0n ? -v : v;
    const digits = [];
    while (mag > 0n) {
      digits.push(mag & 0xffffffffffffffffn);
      mag >>= 64n;
    }
    this._varint(digits.length * 16 + (v < 0n ? 1 : 0));
    for (const d of digits) {
      scratch.setBigUint64(0, d, true);
      this._bytes(scratchBytes);
    }
  }

  _string(s) {
    const n = s.length;
    if (!kTwoByteChar.test(s)) {
      this._reserve(n + 6);
      const buf = this._buf;
      let len = this._len;
      buf[len++] = 0x22; // one-byte string
      let m = n;
      while (m >= 0x80) {
        buf[len++] = (m & 0x7f) | 0x80;
        m >>>= 7;
      }
      buf[len++] = m;
      this._len = n === 0 ? len : len + writeString(buf, s, LATIN1, len, n);
      return;
    }
    const byteLength = s.length * 2;
    // Two-byte characters start at an even offset, as V8 aligns them.
    if ((this._len + 1 + varintSize(byteLength)) & 1) this._byte(T.padding);
    this._byte(T.twoByte);
    this._varint(byteLength);
    this._reserve(byteLength);
    this._len += writeString(this._buf, s, UTF16LE, this._len, byteLength);
  }

  _value(v) {
    switch (typeof v) {
      case 'undefined': return this._byte(T.undefined);
      case 'boolean': return this._byte(v ? T.true : T.false);
      case 'number': return this._number(v);
      case 'bigint':
        this._byte(T.bigint);
        return this._bigintContents(v);
      case 'string': return this._string(v);
      case 'object':
        if (v === null) return this._byte(T.null);
        return this._object(v);
      default: throw this._cloneError(v);
    }
  }

  _object(o) {
    const seen = this._ids.get(o);
    if (seen !== undefined) {
      this._byte(T.ref);
      return this._varint(seen);
    }
    const type = internalType(o);
    const isView = type === 'TypedArray' || type === 'DataView';
    // A view's buffer is written before the view itself (and gets the lower id).
    if (isView && !this._viewsAsHost && !this._ids.has(o.buffer)) this._object(o.buffer);
    this._ids.set(o, this._nextId++);
    switch (type) {
      case '':
        if (Array.isArray(o)) return this._array(o);
        if (isUncloneablePlain(o)) throw this._cloneError(o);
        this._byte(T.beginObject);
        return this._varint(this._propertiesThen(o, Object.keys(o), T.endObject));
      case 'Error': return this._error(o);
      case 'Date':
        this._byte(T.date);
        return this._double(Date.prototype.getTime.call(o));
      case 'RegExp': {
        this._byte(T.regexp);
        this._string(regExpSource(o.source));
        let bits = 0;
        const flags = o.flags;
        for (let i = 0; i < kRegExpFlags.length; i++) if (flags.includes(kRegExpFlags[i])) bits |= 1 << i;
        return this._varint(bits);
      }
      case 'Map': {
        const entries = [...Map.prototype.entries.call(o)];
        this._byte(T.beginMap);
        for (const [k, v] of entries) {
          this._value(k);
          this._value(v);
        }
        this._byte(T.endMap);
        return this._varint(entries.length * 2);
      }
      case 'Set': {
        const values = [...Set.prototype.values.call(o)];
        this._byte(T.beginSet);
        for (const v of values) this._value(v);
        this._byte(T.endSet);
        return this._varint(values.length);
      }
      case 'ArrayBuffer': {
        const id = this._transfers.get(o);
        if (id !== undefined) {
          this._byte(T.transfer);
          return this._varint(id);
        }
        if (o.resizable) {
          this._byte(T.resizableArrayBuffer);
          this._varint(o.byteLength);
          this._varint(o.maxByteLength);
        } else {
          this._byte(T.arrayBuffer);
          this._varint(o.byteLength);
        }
        return this._bytes(new Uint8Array(o));
      }
      case 'SharedArrayBuffer': {
        if (typeof this._getSharedArrayBufferId !== 'function') throw this._cloneError(o);
        this._byte(T.shared);
        return this._varint(this._getSharedArrayBufferId(o) >>> 0);
      }
      case 'TypedArray':
      case 'DataView':
        if (this._viewsAsHost) {
          this._byte(T.host);
          return this._writeHostObject(o);
        }
        this._byte(T.view);
        this._byte(type === 'DataView' ? kViewTags.DataView : kViewTags[typedArrayTag.call(o)]);
        this._varint(o.byteOffset);
        this._varint(o.byteLength);
        return this._varint(0);
      case 'Number':
        this._byte(T.numberObject);
        return this._double(Number.prototype.valueOf.call(o));
      case 'String':
        this._byte(T.stringObject);
        return this._string(String.prototype.valueOf.call(o));
      case 'Boolean': return this._byte(Boolean.prototype.valueOf.call(o) ? T.trueObject : T.falseObject);
      case 'BigInt':
        this._byte(T.bigintObject);
        return this._bigintContents(BigInt.prototype.valueOf.call(o));
      default: throw this._cloneError(o);
    }
  }

  // Own enumerable string-keyed properties; array-index keys are written as numbers.
  _properties(o, keys) {
    let written = 0;
    for (const k of keys) {
      if (!hasOwn.call(o, k)) continue; // removed by a getter meanwhile
      const c = k.charCodeAt(0);
      if (c >= 48 && c <= 57 && isArrayIndex(k)) this._number(+k);
      else this._string(k);
      this._value(o[k]);
      written++;
    }
    return written;
  }

  _array(a) {
    const length = a.length;
    const keys = Object.keys(a);
    let dense = true;
    for (let i = 0; i < length && dense; i++) if (!hasOwn.call(a, i)) dense = false;
    if (dense) {
      this._byte(T.beginDense);
      this._varint(length);
      // An array of numbers that are not all int32 has V8's double elements: all doubles.
      let doubles = length > 0;
      let allInt = true;
      for (let i = 0; i < length && doubles; i++) {
        const e = a[i];
        if (typeof e !== 'number') doubles = false;
        else if ((e | 0) !== e || Object.is(e, -0)) allInt = false;
      }
      if (doubles && !allInt) {
        for (let i = 0; i < length; i++) {
          this._byte(T.double);
          this._double(a[i]);
        }
      } else {
        for (let i = 0; i < length; i++) this._value(a[i]);
      }
      this._varint(this._propertiesThen(a, keys.slice(length), T.endDense));
      return this._varint(length);
    }
    this._byte(T.beginSparse);
    this._varint(length);
    this._varint(this._propertiesThen(a, keys, T.endSparse));
    return this._varint(length);
  }

  _propertiesThen(o, keys, endTag) {
    const n = this._properties(o, keys);
    this._byte(endTag);
    return n;
  }

  _error(e) {
    const message = Object.getOwnPropertyDescriptor(e, 'message');
    const cause = Object.getOwnPropertyDescriptor(e, 'cause');
    this._byte(T.error);
    const tag = kErrorTags[String(e.name)];
    if (tag !== undefined) this._byte(tag);
    if (message && 'value' in message) {
      this._byte(0x6d); // 'm'
      this._string(String(message.value));
    }
    if (cause && 'value' in cause) {
      this._byte(0x63); // 'c'
      this._value(cause.value);
    }
    const stack = e.stack;
    if (typeof stack === 'string') {
      this._byte(0x73); // 's'
      this._string(stack);
    }
    this._byte(0x2e); // '.'
  }

  writeHeader() {
    this._byte(T.version);
    this._varint(kLatestVersion);
  }

  writeValue(value) {
    this._value(value);
    return true;
  }

  releaseBuffer() {
    // Its own ArrayBuffer of exactly the written length, as node's.
    const out = Buffer.from(this._buf.buffer.slice(0, this._len));
    this._buf = new Uint8Array(64);
    this._view = new DataView(this._buf.buffer);
    this._len = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    this._transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) { this._varint(value >>> 0); }

  writeUint64(hi, lo) { this._varint((hi >>> 0) * 2 ** 32 + (lo >>> 0)); }

  writeDouble(value) { this._double(Number(value)); }

  writeRawBytes(source) { this._bytes(viewBytes(source, 'source')); }

  _setTreatArrayBufferViewsAsHostObjects(flag) { this._viewsAsHost = Boolean(flag); }

  _writeHostObject(object) {
    throw this._cloneErrorText(`Unserializable host object: ${cloneErrorText(object)}`);
  }
}
Serializer.prototype._getDataCloneError = Error;

// The engine escapes "/" inside character classes too; V8's source keeps those bare.
function regExpSource(source) {
  if (!source.includes('\\/')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      out += inClass && next === '/' ? '/' : ch + (next === undefined ? '' : next);
      i++;
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}

function varintSize(n) {
  let size = 1;
  while (n >= 0x80) { n = Math.floor(n / 0x80); size++; }
  return size;
}

// Plain-looking objects V8 refuses: arguments objects, WeakRef, FinalizationRegistry, iterators.
function isUncloneablePlain(o) {
  const p = Object.getPrototypeOf(o);
  // Fast path for ordinary objects (an arguments object has an own "callee").
  if ((p === Object.prototype || p === null) && !hasOwn.call(o, 'callee')) return false;
  const tag = Object.prototype.toString.call(o);
  return tag === '[object Arguments]' || tag === '[object WeakRef]' || tag === '[object FinalizationRegistry]';
}

// ---- deserializer ----------------------------------------------------------------------------
const kViewCtors = {
  0x62: Int8Array, 0x42: Uint8Array, 0x43: Uint8ClampedArray, 0x77: Int16Array, 0x57: Uint16Array,
  0x64: Int32Array, 0x44: Uint32Array, 0x66: Float32Array, 0x46: Float64Array, 0x71: BigInt64Array,
  0x51: BigUint64Array, 0x3f: DataView,
};
const kErrorCtors = { 0x45: EvalError, 0x52: RangeError, 0x46: ReferenceError, 0x53: SyntaxError, 0x54: TypeError, 0x55: URIError };

function corrupt() { return new Error('Unable to deserialize cloned data.'); }
function badVersion() { return new Error('Unable to deserialize cloned data due to invalid or unsupported version.'); }

class Deserializer {
  constructor(buffer) {
    const bytes = viewBytes(buffer, 'buffer');
    this.buffer = buffer;
    this._bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this._view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this._pos = 0;
    this._version = 0;
    this._objects = [];
    this._transfers = new Map();
  }

  _need(n) {
    if (this._pos + n > this._bytes.length) throw corrupt();
  }

  _byte() {
    this._need(1);
    return this._bytes[this._pos++];
  }

  _tag() {
    let t;
    do t = this._byte(); while (t === T.padding);
    return t;
  }

  _peekTag() {
    let p = this._pos;
    while (p < this._bytes.length && this._bytes[p] === T.padding) p++;
    return p < this._bytes.length ? this._bytes[p] : -1;
  }

  _varint() {
    const bytes = this._bytes;
    const end = bytes.length;
    let pos = this._pos;
    let result = 0;
    let scale = 1;
    for (;;) {
      if (pos >= end) throw corrupt();
      const b = bytes[pos++];
      result += (b & 0x7f) * scale;
      if (b < 0x80) {
        this._pos = pos;
        return result;
      }
      scale *= 0x80;
    }
  }

  _double() {
    this._need(8);
    const d = this._view.getFloat64(this._pos, true);
    this._pos += 8;
    return d;
  }

  _raw(n) {
    this._need(n);
    const start = this._pos;
    this._pos += n;
    return start;
  }

  _bigintContents() {
    const bitfield = this._varint();
    const start = this._raw(bitfield >>> 1);
    let hex = '';
    for (let i = this._pos - 1; i >= start; i--) hex += (this._bytes[i] < 16 ? '0' : '') + this._bytes[i].toString(16);
    const mag = hex ? BigInt(`0x${hex}`) : 0n;
    return bitfield & 1 ? -mag : mag;
  }

  _stringOf(tag) {
    const n = this._varint();
    const start = this._raw(n);
    const enc = tag === T.oneByte ? LATIN1 : tag === T.twoByte ? UTF16LE : UTF8;
    if (tag === T.twoByte && n % 2) throw corrupt();
    return decodeString(this._bytes, enc, start, start + n);
  }

  _string() {
    const tag = this._tag();
    if (tag !== T.oneByte && tag !== T.twoByte && tag !== T.utf8) throw corrupt();
    return this._stringOf(tag);
  }

  _add(id, value) {
    this._objects[id] = value;
    return value;
  }

  _value() {
    const value = this._valueInner();
    // A view record follows the buffer it views (also a transferred or referenced one).
    if (this._peekTag() === T.view && value !== null && typeof value === 'object' && internalType(value) === 'ArrayBuffer') {
      this._tag();
      return this._readView(value);
    }
    return value;
  }

  _valueInner() {
    const tag = this._tag();
    switch (tag) {
      case T.verifyCount:
        this._varint();
        return this._valueInner();
      case T.undefined: return undefined;
      case T.null: return null;
      case T.true: return true;
      case T.false: return false;
      case T.int32: {
        const z = this._varint();
        return z % 2 ? -(z + 1) / 2 : z / 2;
      }
      case T.uint32: return this._varint();
      case T.double: return this._double();
      case T.bigint: return this._bigintContents();
      case T.utf8:
      case T.oneByte:
      case T.twoByte:
        return this._stringOf(tag);
      case T.ref: {
        const id = this._varint();
        if (!(id in this._objects)) throw corrupt();
        return this._objects[id];
      }
      case T.beginObject: {
        const o = this._add(this._objects.length, {});
        const n = this._properties(o, T.endObject);
        if (this._varint() !== n) throw corrupt();
        return o;
      }
      case T.beginSparse: {
        const length = this._varint();
        const a = this._add(this._objects.length, new Array(length));
        const n = this._properties(a, T.endSparse);
        if (this._varint() !== n || this._varint() !== length) throw corrupt();
        return a;
      }
      case T.beginDense: {
        const length = this._varint();
        const a = this._add(this._objects.length, new Array(length));
        for (let i = 0; i < length; i++) {
          if (this._peekTag() === T.hole) {
            this._tag();
            continue;
          }
          a[i] = this._value();
        }
        const n = this._properties(a, T.endDense);
        if (this._varint() !== n || this._varint() !== length) throw corrupt();
        return a;
      }
      case T.date: return this._add(this._objects.length, new Date(this._double()));
      case T.trueObject: return this._add(this._objects.length, Object(true));
      case T.falseObject: return this._add(this._objects.length, Object(false));
      case T.numberObject: return this._add(this._objects.length, Object(this._double()));
      case T.bigintObject: return this._add(this._objects.length, Object(this._bigintContents()));
      case T.stringObject: return this._add(this._objects.length, Object(this._string()));
      case T.regexp: {
        const id = this._objects.length;
        this._objects.push(undefined);
        const source = this._string();
        const bits = this._varint();
        let flags = '';
        for (let i = 0; i < kRegExpFlags.length; i++) if (bits & (1 << i)) flags += kRegExpFlags[i];
        try {
          return this._add(id, new RegExp(source, flags));
        } catch {
          throw corrupt();
        }
      }
      case T.beginMap: {
        const m = this._add(this._objects.length, new Map());
        let n = 0;
        while (this._peekTag() !== T.endMap) {
          const k = this._value();
          m.set(k, this._value());
          n += 2;
        }
        this._tag();
        if (this._varint() !== n) throw corrupt();
        return m;
      }
      case T.beginSet: {
        const s = this._add(this._objects.length, new Set());
        let n = 0;
        while (this._peekTag() !== T.endSet) {
          s.add(this._value());
          n++;
        }
        this._tag();
        if (this._varint() !== n) throw corrupt();
        return s;
      }
      case T.arrayBuffer: {
        const n = this._varint();
        const start = this._raw(n);
        const ab = new ArrayBuffer(n);
        new Uint8Array(ab).set(this._bytes.subarray(start, start + n));
        return this._add(this._objects.length, ab);
      }
      case T.resizableArrayBuffer: {
        const n = this._varint();
        const max = this._varint();
        if (n > max) throw corrupt();
        const start = this._raw(n);
        const ab = new ArrayBuffer(n, { maxByteLength: max });
        new Uint8Array(ab).set(this._bytes.subarray(start, start + n));
        return this._add(this._objects.length, ab);
      }
      case T.transfer: {
        const id = this._varint();
        if (!this._transfers.has(id)) throw corrupt();
        return this._add(this._objects.length, this._transfers.get(id));
      }
      case T.shared: {
        const id = this._varint();
        if (!this._transfers.has(id)) throw corrupt();
        return this._add(this._objects.length, this._transfers.get(id));
      }
      case T.error: return this._errorValue();
      case T.host: {
        const id = this._objects.length;
        this._objects.push(undefined);
        const o = this._readHostObject();
        if (o === null || (typeof o !== 'object' && typeof o !== 'function')) throw corrupt();
        return this._add(id, o);
      }
      default: throw corrupt();
    }
  }

  _properties(o, endTag) {
    let n = 0;
    while (this._peekTag() !== endTag) {
      const k = this._value();
      if (typeof k !== 'string' && typeof k !== 'number') throw corrupt();
      const value = this._value();
      if (k === '__proto__') Object.defineProperty(o, k, { value, writable: true, enumerable: true, configurable: true });
      else o[k] = value;
      n++;
    }
    this._tag();
    return n;
  }

  _readView(buffer) {
    const subtag = this._byte();
    const byteOffset = this._varint();
    const byteLength = this._varint();
    if (this._version >= 14) this._varint();
    const Ctor = kViewCtors[subtag];
    if (!Ctor || byteOffset + byteLength > buffer.byteLength) throw corrupt();
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    if (byteOffset % size || byteLength % size) throw corrupt();
    return this._add(this._objects.length, new Ctor(buffer, byteOffset, Ctor === DataView ? byteLength : byteLength / size));
  }

  _errorValue() {
    const id = this._objects.length;
    this._objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (;;) {
      const tag = this._varint();
      if (kErrorCtors[tag]) Ctor = kErrorCtors[tag];
      else if (tag === 0x6d) message = this._string();
      else if (tag === 0x73) stack = this._string();
      else if (tag === 0x63) { cause = this._value(); hasCause = true; }
      else if (tag === 0x2e) break;
      else throw corrupt();
    }
    const e = hasCause ? new Ctor(message, { cause }) : new Ctor(message);
    Object.defineProperty(e, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    if (stack === undefined) delete e.stack;
    return this._add(id, e);
  }

  readHeader() {
    if (this._bytes[this._pos] !== T.version) throw badVersion();
    this._pos++;
    this._version = this._varint();
    if (this._version > kLatestVersion || this._version < 13) throw badVersion();
    return true;
  }

  readValue() { return this._value(); }

  getWireFormatVersion() { return this._version; }

  transferArrayBuffer(id, arrayBuffer) {
    const type = internalType(arrayBuffer);
    if (type !== 'ArrayBuffer' && type !== 'SharedArrayBuffer') {
      throw nativeTypeError('arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    this._transfers.set(id >>> 0, arrayBuffer);
  }

  readUint32() { return this._varint() >>> 0; }

  readUint64() {
    const v = this._varint();
    return [Math.floor(v / 2 ** 32) >>> 0, v >>> 0];
  }

  readDouble() { return this._double(); }

  _readRawBytes(length) { return this._raw(length); }

  readRawBytes(length) {
    const offset = this._raw(length);
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  }

  _readHostObject() { throw corrupt(); }
}

// ---- node's DefaultSerializer / DefaultDeserializer ---------------------------------------
const kHostTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, DataView, Uint8Array, BigInt64Array, BigUint64Array];
const kHostTypeNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'DataView', '', 'BigInt64Array', 'BigUint64Array'];

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10; // Buffer
    if (abView.constructor !== Buffer) {
      i = internalType(abView) === 'DataView' ? 9 : kHostTypeNames.indexOf(typedArrayTag.call(abView) || '-');
      if (i === -1) {
        throw new this._getDataCloneError(`Unserializable host object: ${require('internal/inspect').inspect(abView)}`);
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const Ctor = kHostTypes[index];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    if (Ctor === undefined) throw corrupt();
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    let ab = this.buffer.buffer;
    let offset = this.buffer.byteOffset + byteOffset;
    // A view of the input when aligned, as node does; else of a copy.
    if (offset % size !== 0) {
      const copy = Buffer.allocUnsafe(byteLength);
      copy.set(this._bytes.subarray(byteOffset, byteOffset + byteLength));
      ab = copy.buffer;
      offset = copy.byteOffset;
    }
    if (index === 10) return Buffer.from(ab, offset, byteLength);
    return new Ctor(ab, offset, byteLength / size);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

function cachedDataVersionTag() { return 2208153205; }

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage() {},
  stopCoverage() {},
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
};
