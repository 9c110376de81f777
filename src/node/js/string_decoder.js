// `string_decoder`: StringDecoder keeps the bytes of a character split across chunks (utf8,
// utf16le surrogate pairs, base64 groups) until the rest arrives; decoding is Buffer's native.
'use strict';

const { Buffer } = require('buffer');
const E = () => require('internal/errors').codes;

const kNormal = {
  __proto__: null,
  utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1', ascii: 'ascii', base64: 'base64', base64url: 'base64url', hex: 'hex',
};
function normalize(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const n = typeof enc === 'string' ? kNormal[enc.toLowerCase()] : undefined;
  if (n === undefined) throw new (E().ERR_UNKNOWN_ENCODING)(enc);
  return n;
}

// How many bytes at the end of `b` start a UTF-8 character that is not complete yet.
function utf8Incomplete(b) {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const c = b[b.length - back];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    // node's lead-byte classes: 110xxxxx, 1110xxxx, 11110xxx; 0xf8-0xff (and ASCII) start nothing.
    const need = (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : (c & 0xf8) === 0xf0 ? 4 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const kPending = Symbol('kNativeDecoder');

// A plain function as node's (callable without `new`; `StringDecoder.call(obj)` initialises obj).
function StringDecoder(encoding) {
  this.encoding = normalize(encoding);
  this[kPending] = Buffer.alloc(0);
}

function pendingOf(self) {
  const p = self == null ? undefined : self[kPending];
  if (p === undefined) throw new (E().ERR_INVALID_THIS)('StringDecoder');
  return p;
}

Object.defineProperties(StringDecoder.prototype, {
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      const pending = pendingOf(this);
      const p = pending.length;
      if (p === 0) return 0;
      if (this.encoding === 'utf8') {
        const c = pending[0];
        return (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) - p;
      }
      if (this.encoding === 'utf16le') return p % 2 === 1 ? 1 : 2;
      return 3 - p;
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return pendingOf(this).length + this.lastNeed; },
  },
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      const pending = pendingOf(this);
      return Buffer.concat([pending, Buffer.alloc(4 - pending.length)]);
    },
  },
});

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new (E().ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  const pending = pendingOf(this);
  let bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (this.encoding === 'utf16le') return writeUtf16(this, pending, bytes);
  if (pending.length) bytes = Buffer.concat([pending, bytes]);
  let keep = 0;
  if (this.encoding === 'utf8') keep = utf8Incomplete(bytes);
  else if (this.encoding === 'base64' || this.encoding === 'base64url') keep = bytes.length % 3;
  this[kPending] = keep ? Buffer.from(bytes.subarray(bytes.length - keep)) : Buffer.alloc(0);
  return bytes.toString(this.encoding, 0, bytes.length - keep);
};

// As node: a character completed from held bytes is emitted as is; a chunk's own even tail
// holds back a final high surrogate until its pair arrives.
function writeUtf16(self, pending, bytes) {
  let out = '';
  if (pending.length) {
    const need = pending.length === 2 ? 2 : 1;
    if (bytes.length < need) {
      self[kPending] = Buffer.concat([pending, bytes]);
      return '';
    }
    out = Buffer.concat([pending, bytes.subarray(0, need)]).toString('utf16le');
    bytes = bytes.subarray(need);
  }
  let keep = bytes.length % 2;
  if (keep === 0 && bytes.length >= 2) {
    const unit = bytes[bytes.length - 2] | (bytes[bytes.length - 1] << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) keep = 2;
  }
  self[kPending] = keep ? Buffer.from(bytes.subarray(bytes.length - keep)) : Buffer.alloc(0);
  return out + bytes.toString('utf16le', 0, bytes.length - keep);
}

StringDecoder.prototype.end = function end(buf) {
  let out = buf === undefined ? '' : this.write(buf);
  const rest = pendingOf(this);
  if (rest.length) {
    this[kPending] = Buffer.alloc(0);
    // utf8: the held bytes as the decoder reads them (one U+FFFD per maximal invalid part).
    out += rest.toString(this.encoding);
  }
  return out;
};

StringDecoder.prototype.text = function text(buf, offset) {
  pendingOf(this);
  this[kPending] = Buffer.alloc(0);
  return this.write(buf.subarray(offset));
};

module.exports = { StringDecoder };
