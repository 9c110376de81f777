// `string_decoder`: StringDecoder keeps the bytes of a character split across chunks (utf8,
// utf16le surrogate pairs, base64 groups) until the rest arrives. Its state is node's 7-byte
// buffer (4 bytes of the incomplete character, missing count, buffered count, encoding id) and
// write/end follow node's string_decoder.cc step by step; write's step and the decoding are
// native (node/buffer/string_decoder.rs).
'use strict';

const { Buffer, [Symbol.for('rjs.buffer.internals')]: { kLongDecode, decodeLong, thrownAt, withNodeFrame } } = require('buffer');
const native = internalBinding('buffer');
const E = () => require('internal/errors').codes;
// buffer.js's ids for the native decoder
const kDecodeIds = { __proto__: null, utf8: 0, utf16le: 1, latin1: 2, ascii: 3, base64: 4, base64url: 5, hex: 6 };

const kNormal = {
  __proto__: null,
  utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1', ascii: 'ascii', base64: 'base64', base64url: 'base64url', hex: 'hex',
};
// node's `enum encoding` values, stored in the state's last byte.
const kIds = { __proto__: null, ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
// (`callee`: how node's frame names the StringDecoder call, 'new ' or its receiver's type.)
function normalize(enc, callee) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const n = typeof enc === 'string' ? kNormal[enc.toLowerCase()] : undefined;
  if (n === undefined) {
    const err = atNodeFrames(() => new (E().ERR_UNKNOWN_ENCODING)(enc),
      ['normalizeEncoding (node:string_decoder:69:13)', `${callee}StringDecoder (node:string_decoder:82:19)`]);
    throw thrownAt(err, 'node:string_decoder:69', '      throw new ERR_UNKNOWN_ENCODING(enc);');
  }
  return n;
}
// node's frames in place of rjs's string_decoder, buffer (withNodeFrame) and error-constructor frames.
const kOwnFrames = /\(node:(?:string_decoder|buffer|internal\/errors):/;
const atNodeFrames = (make, frames) => withNodeFrame(make, frames, kOwnFrames);
// V8's name for a method's receiver in a frame: 'StringDecoder.', 'Object.'.
const typeName = (self) => (self !== null && typeof self === 'object' && typeof self.constructor === 'function' && self.constructor.name ? `${self.constructor.name}.` : '');

const kNativeDecoder = Symbol('kNativeDecoder');
const TypedArraySubarray = Object.getPrototypeOf(Uint8Array.prototype).subarray;
const kMissing = 4;
const kBuffered = 5;

// A plain function as node's (callable without `new`; `StringDecoder.call(obj)` initialises obj).
function StringDecoder(encoding) {
  this.encoding = normalize(encoding, new.target !== undefined ? 'new ' : typeName(this));
  const state = Buffer.alloc(7);
  state[6] = kIds[this.encoding];
  this[kNativeDecoder] = state;
}

// node's StringDecoder::DecodeData: native for a typed array (a DataView, or a chunk past what
// one string may hold, takes the steps below).
const nativeWrite = native.stringDecoderWrite;
function decode(state, enc, buf) {
  if (buf.byteLength <= kLongDecode) {
    const text = nativeWrite(state, buf, kDecodeIds[enc]);
    if (text !== undefined) return text;
  }
  // the bytes of any view
  const data = buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const id = kDecodeIds[enc];
  let nread = data.byteLength;
  if (enc !== 'utf8' && enc !== 'utf16le' && enc !== 'base64' && enc !== 'base64url') {
    return nread > kLongDecode ? decodeLong(data, id, 0, nread) : native.decode(data, id, 0, nread);
  }
  let prepend = '';
  let start = 0;
  if (state[kMissing] > 0) {
    if (enc === 'utf8') {
      // A byte that should continue the held character but does not ends it there.
      for (let i = 0; i < nread && i < state[kMissing]; ++i) {
        if ((data[i] & 0xc0) !== 0x80) {
          state[kMissing] = 0;
          for (let k = 0; k < i; k++) state[state[kBuffered] + k] = data[k];
          state[kBuffered] += i;
          start = i;
          nread -= i;
          break;
        }
      }
    }
    const found = nread < state[kMissing] ? nread : state[kMissing];
    for (let k = 0; k < found; k++) state[state[kBuffered] + k] = data[start + k];
    start += found;
    nread -= found;
    state[kMissing] -= found;
    state[kBuffered] += found;
    if (state[kMissing] === 0) {
      prepend = state.toString(enc, 0, state[kBuffered]);
      state[kBuffered] = 0;
    }
  }
  if (nread === 0) return prepend;
  const end = start + nread;
  if (enc === 'utf8') {
    if (data[end - 1] & 0x80) {
      // Ended inside a non-ASCII character: find where it begins and how long it should be.
      for (let i = end - 1; ; --i) {
        state[kBuffered]++;
        const c = data[i];
        if ((c & 0xc0) === 0x80) {
          if (state[kBuffered] >= 4 || i === start) { state[kBuffered] = 0; break; }
        } else {
          if ((c & 0xe0) === 0xc0) state[kMissing] = 2;
          else if ((c & 0xf0) === 0xe0) state[kMissing] = 3;
          else if ((c & 0xf8) === 0xf0) state[kMissing] = 4;
          else { state[kBuffered] = 0; break; }
          if (state[kBuffered] >= state[kMissing]) { state[kMissing] = 0; state[kBuffered] = 0; }
          state[kMissing] -= state[kBuffered];
          break;
        }
      }
    }
  } else if (enc === 'utf16le') {
    if (nread % 2 === 1) { state[kBuffered] = 1; state[kMissing] = 1; }
    else if ((data[end - 1] & 0xfc) === 0xd8) { state[kBuffered] = 2; state[kMissing] = 2; }
  } else {
    state[kBuffered] = nread % 3;
    if (state[kBuffered] > 0) state[kMissing] = 3 - state[kBuffered];
  }
  const held = state[kBuffered];
  if (held > 0) {
    for (let k = 0; k < held; k++) state[k] = data[end - held + k];
  }
  const bodyEnd = end - held;
  let body = '';
  if (bodyEnd > start) body = bodyEnd - start > kLongDecode ? decodeLong(data, id, start, bodyEnd) : native.decode(data, id, start, bodyEnd);
  return prepend === '' ? body : prepend + body;
}

// node's StringDecoder::FlushData.
function flush(state, enc) {
  if (enc === 'utf16le' && state[kBuffered] % 2 === 1) {
    state[kMissing]--;
    state[kBuffered]--;
  }
  if (state[kBuffered] === 0) return '';
  const out = state.toString(enc, 0, state[kBuffered]);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return out;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw thrownAt(atNodeFrames(() => new (E().ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf),
      [`${typeName(this)}write (node:string_decoder:98:11)`]), 'node:string_decoder:98',
      "    throw new ERR_INVALID_ARG_TYPE('buf',");
  }
  const state = this[kNativeDecoder];
  if (!state) {
    throw thrownAt(atNodeFrames(() => new (E().ERR_INVALID_THIS)('StringDecoder'), [`${typeName(this)}write (node:string_decoder:102:11)`]),
      'node:string_decoder:102', "    throw new ERR_INVALID_THIS('StringDecoder');");
  }
  return decode(state, this.encoding, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBuffered] > 0) ret += flush(this[kNativeDecoder], this.encoding);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissing] = 0;
  this[kNativeDecoder][kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return TypedArraySubarray.call(this[kNativeDecoder], 0, 4); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissing]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing]; },
  },
});

module.exports = { StringDecoder };
