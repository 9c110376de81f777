// `crypto`: Hash, Hmac, pbkdf2, random bytes/ints/UUIDs, timingSafeEqual and the webcrypto
// subset built on them (getRandomValues, randomUUID, subtle.digest). Hashing is native
// (node/crypto.rs). Hash/Hmac become stream Transforms only when used as streams, so plain
// `createHash().update().digest()` never loads `stream`.
'use strict';

const native = internalBinding('crypto');
const { Buffer } = require('buffer');
const E = () => require('internal/errors').codes;
const { validateFunction, validateInteger, validateNumber, validateString, validateObject } = require('internal/validators');

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
const kState = Symbol('kState');

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new (E().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encodeOutput(buf, encoding) {
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

// Stream methods that turn a Hash/Hmac into a real Transform on first use.
let Transform;
function upgrade(self) {
  if (!Transform) {
    Transform = require('stream').Transform;
    for (const C of [Hash, Hmac]) Object.setPrototypeOf(C.prototype, Transform.prototype);
  }
  if (!self._readableState) Transform.call(self, self[kState].options);
}
const streamMethods = ['write', 'end', 'pipe', 'on', 'once', 'addListener', 'prependListener', 'read', 'setEncoding', 'resume', 'pause', 'destroy', 'unpipe', Symbol.asyncIterator];
function addLazyStream(C) {
  for (const m of streamMethods) {
    Object.defineProperty(C.prototype, m, {
      configurable: true,
      writable: true,
      value: function (...args) {
        upgrade(this);
        return Transform.prototype[m] ? Transform.prototype[m].apply(this, args) : require('events').prototype[m].apply(this, args);
      },
    });
  }
  C.prototype._transform = function (chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  };
  C.prototype._flush = function (callback) {
    this.push(this.digest());
    callback();
  };
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) {
    this[kHandle] = native.copy(algorithm[kHandle]);
  } else {
    validateString(algorithm, 'algorithm');
    this[kHandle] = native.hash(algorithm);
    if (this[kHandle] === undefined) throw new Error('Digest method not supported');
  }
  this[kFinalized] = false;
  this[kState] = { options };
}

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new (E().ERR_CRYPTO_HASH_FINALIZED)();
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new (E().ERR_CRYPTO_HASH_FINALIZED)();
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  native.update(this[kHandle], toBytes(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new (E().ERR_CRYPTO_HASH_FINALIZED)();
  this[kFinalized] = true;
  return encodeOutput(native.digest(this[kHandle]), outputEncoding);
};
addLazyStream(Hash);

function prepareKey(key) {
  if (typeof key === 'string') return Buffer.from(key);
  if (ArrayBuffer.isView(key)) return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  if (key instanceof ArrayBuffer) return new Uint8Array(key);
  if (key && typeof key === 'object' && key.type === 'secret' && key.export) return key.export();
  throw new (E().ERR_INVALID_ARG_TYPE)('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = prepareKey(key);
  this[kHandle] = native.hmac(hmac, keyBytes);
  if (this[kHandle] === undefined) throw new (E().ERR_CRYPTO_INVALID_DIGEST)(hmac);
  this[kFinalized] = false;
  this[kState] = { options };
}
Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) {
    const empty = Buffer.alloc(0);
    return encodeOutput(empty, outputEncoding);
  }
  this[kFinalized] = true;
  return encodeOutput(native.digest(this[kHandle]), outputEncoding);
};
addLazyStream(Hmac);

const hashes = ['RSA-MD5', 'RSA-SHA1', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256'];

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  return new Hash(algorithm).update(input).digest(outputEncoding);
}

// ---- key derivation ----

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const p = toBytes(password, 'utf8', 'password');
  const s = toBytes(salt, 'utf8', 'salt');
  validateInteger(iterations, 'iterations', 1, 2147483647);
  validateInteger(keylen, 'keylen', 0, 2147483647);
  validateString(digest, 'digest');
  const out = native.pbkdf2(p, s, iterations, keylen, digest);
  if (out === undefined) throw new (E().ERR_CRYPTO_INVALID_DIGEST)(digest);
  return out;
}
function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') { callback = digest; digest = undefined; }
  validateFunction(callback, 'callback');
  const out = pbkdf2Sync(password, salt, iterations, keylen, digest);
  require('internal/loop').queueCompletion(() => callback(null, out));
}

// ---- randomness ----

const kMaxRandom = 2 ** 31 - 1;
function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxRandom);
  const buf = Buffer.alloc(size);
  native.randomFill(buf);
  if (callback === undefined) return buf;
  validateFunction(callback, 'callback');
  require('internal/loop').queueCompletion(() => callback(null, buf));
}

function randomFillSync(buf, offset = 0, size) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  validateNumber(offset, 'offset', 0, bytes.length);
  if (size === undefined) size = bytes.length - offset;
  validateNumber(size, 'size', 0, bytes.length - offset);
  native.randomFill(bytes.subarray(offset, offset + size));
  return buf;
}
function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') { callback = offset; offset = 0; size = undefined; }
  else if (typeof size === 'function') { callback = size; size = undefined; }
  validateFunction(callback, 'callback');
  randomFillSync(buf, offset, size);
  require('internal/loop').queueCompletion(() => callback(null, buf));
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) { callback = max; max = min; min = 0; }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new (E().ERR_INVALID_ARG_TYPE)('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new (E().ERR_INVALID_ARG_TYPE)('max', 'a safe integer', max);
  if (max <= min) throw new (E().ERR_OUT_OF_RANGE)('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= 2 ** 48 - 1)) throw new (E().ERR_OUT_OF_RANGE)(`max${minNotSpecified ? '' : ' - min'}`, `<= ${2 ** 48 - 1}`, range);
  const limit = 2 ** 48 - (2 ** 48 % range);
  let x;
  do {
    const b = randomBytes(6);
    x = b.readUIntBE(0, 6);
  } while (x >= limit);
  const n = min + (x % range);
  if (callback === undefined) return n;
  process.nextTick(callback, null, n);
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function getRandomValues(data) {
  const ok = data instanceof Int8Array || data instanceof Uint8Array || data instanceof Uint8ClampedArray ||
    data instanceof Int16Array || data instanceof Uint16Array || data instanceof Int32Array ||
    data instanceof Uint32Array || data instanceof BigInt64Array || data instanceof BigUint64Array;
  const { DOMException } = require('internal/web');
  if (!ok) throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  if (data.byteLength > 65536) throw new DOMException(`The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, 'QuotaExceededError');
  native.randomFill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw new (E().ERR_INVALID_ARG_TYPE)('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], a);
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw new (E().ERR_INVALID_ARG_TYPE)('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
  const x = toBytes(a, undefined, 'buf1');
  const y = toBytes(b, undefined, 'buf2');
  if (x.byteLength !== y.byteLength) throw new (E().ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH)();
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

// ---- webcrypto (the subset the sandbox can do) ----

const subtle = {
  async digest(algorithm, data) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
    const map = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
    const alg = map[`${name}`.toUpperCase()];
    if (!alg) {
      const { DOMException } = require('internal/web');
      throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    }
    const out = new Hash(alg).update(toBytes(data, undefined)).digest();
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  },
};
const webcrypto = {
  getRandomValues,
  randomUUID,
  subtle,
  get [Symbol.toStringTag]() { return 'Crypto'; },
};

function unsupported(name) {
  return function () {
    throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`crypto.${name} (rjs has hashes, HMAC, PBKDF2 and randomness; ciphers, signatures and keys are not built in)`);
  };
}

module.exports = {
  createHash(algorithm, options) { return new Hash(algorithm, options); },
  createHmac(hmac, key, options) { return new Hmac(hmac, key, options); },
  hash,
  getHashes() { return hashes.slice(); },
  getCiphers() { return []; },
  getCurves() { return []; },
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  timingSafeEqual,
  webcrypto,
  subtle,
  Hash,
  Hmac,
  constants: {},
  createCipheriv: unsupported('createCipheriv'),
  createDecipheriv: unsupported('createDecipheriv'),
  createSign: unsupported('createSign'),
  createVerify: unsupported('createVerify'),
  generateKeyPair: unsupported('generateKeyPair'),
  generateKeyPairSync: unsupported('generateKeyPairSync'),
  createPublicKey: unsupported('createPublicKey'),
  createPrivateKey: unsupported('createPrivateKey'),
  createSecretKey: unsupported('createSecretKey'),
  createECDH: unsupported('createECDH'),
  createDiffieHellman: unsupported('createDiffieHellman'),
  scrypt: unsupported('scrypt'),
  scryptSync: unsupported('scryptSync'),
  hkdf: unsupported('hkdf'),
  hkdfSync: unsupported('hkdfSync'),
  publicEncrypt: unsupported('publicEncrypt'),
  privateDecrypt: unsupported('privateDecrypt'),
  sign: unsupported('sign'),
  verify: unsupported('verify'),
};
