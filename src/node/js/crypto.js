// `crypto`: Hash, Hmac, Cipheriv/Decipheriv, pbkdf2/hkdf/scrypt, KeyObjects (secret, RSA,
// RSA-PSS, EC, Ed25519, X25519: PEM/DER/JWK in and out), sign/verify, RSA encryption, ECDH, random
// bytes/ints/UUIDs, timingSafeEqual and webcrypto (getRandomValues, randomUUID and a subtle
// subset: digest, HMAC, AES-GCM/CBC/CTR, PBKDF2/HKDF). The work is native (node/crypto.rs);
// this file validates arguments, builds node's errors and handles encodings. Hash, Hmac and
// ciphers become stream Transforms only when used as streams, so `createHash().update()
// .digest()` never loads `stream`.
'use strict';

const native = internalBinding('crypto');
const { Buffer } = require('buffer');
const { kClone, kDeserialize } = require('internal/web');
const E = () => require('internal/errors').codes;
const { validateBoolean, validateFunction, validateInteger, validateNumber, validateOneOf, validateString, validateObject } = require('internal/validators');

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
const kState = Symbol('kState');

// ---- errors ----

// Node's JS-side errors that internal/errors does not define (yet): registered there on use.
const localCodes = {
  ERR_CRYPTO_INVALID_STATE: [Error, (op) => `Invalid state for operation ${op}`],
  ERR_CRYPTO_HASH_UPDATE_FAILED: [Error, () => 'Hash update failed'],
  ERR_CRYPTO_SCRYPT_INVALID_PARAMETER: [Error, () => 'Invalid scrypt parameter'],
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE: [TypeError, (t, e) => `Invalid key object type ${t}, expected ${e}.`],
  ERR_CRYPTO_SIGN_KEY_REQUIRED: [Error, () => 'No key provided to sign'],
  ERR_CRYPTO_ENGINE_UNKNOWN: [Error, (id) => `Engine "${id}" was not found`],
  ERR_CRYPTO_INCOMPATIBLE_KEY: [Error, (name, msg) => `Incompatible ${name}: ${msg}`],
  ERR_INTERNAL_ASSERTION: [Error, (m) => `${m}\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n`],
};
function C(code) {
  const errors = require('internal/errors');
  if (errors.codes[code]) return errors.codes[code];
  const [Base, message] = localCodes[code];
  const NodeError = class extends Base {
    constructor(...args) {
      super(message(...args));
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    }
    toString() { return `${this.name} [${code}]: ${this.message}`; }
  };
  Object.defineProperty(NodeError.prototype, 'name', { value: Base.name, writable: true, configurable: true });
  errors.defineCodeStack(NodeError.prototype, code);
  return (errors.codes[code] = NodeError);
}
// Errors node raises from C++: a plain error with an own `code`.
function cxx(Base, code, message) {
  const e = new Base(message);
  e.code = code;
  return e;
}
function osslError(id, library, reason, code, stack) {
  const e = new Error(`error:${id}:${library}::${reason}`);
  if (stack) e.opensslErrorStack = stack;
  e.library = library;
  e.reason = reason;
  e.code = code;
  return e;
}
// Digests OpenSSL 3 keeps in its legacy provider, which node does not load.
const isLegacyDigest = (d) => /^(rsa-)?(md4|mdc2|whirlpool)(withrsa(encryption)?)?$/i.test(d);
const kInitError = 'error:03000086:digital envelope routines::initialization error';
const kUnsupported = 'error:0308010C:digital envelope routines::unsupported';
// A Hash's init leaves both entries on OpenSSL's stack, an Hmac's only the first; the KDFs
// report a plain Error with the message alone.
const unsupportedDigest = (code, stack) => {
  if (!code) return new Error(kUnsupported);
  return osslError('0308010C', 'digital envelope routines', 'unsupported', code, stack);
};
const invalidDigest = (d) => cxx(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${d}`);
const invalidKeylen = () => cxx(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');

// ---- argument helpers ----

const u8 = (v) => (ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v));
const isBytes = (v) => ArrayBuffer.isView(v) || v instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
const kBytesTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// node's getArrayBufferOrView, returning a Uint8Array over the bytes.
function bytesOf(value, name, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding === undefined || encoding === 'buffer' || !Buffer.isEncoding(encoding) ? 'utf8' : encoding);
  if (!isBytes(value)) throw new (E().ERR_INVALID_ARG_TYPE)(name, kBytesTypes, value);
  return u8(value);
}
// node's validateByteSource (hkdf, webcrypto).
function byteSource(value, name) {
  if (typeof value === 'string') return Buffer.from(value);
  if (!isBytes(value)) throw new (E().ERR_INVALID_ARG_TYPE)(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
  return u8(value);
}
function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}
function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new (E().ERR_INVALID_ARG_VALUE)(`options.${key}`, value);
    return value;
  }
  return -1;
}
const validateUint32 = (v, name) => validateInteger(v, name, 0, 4294967295);
const validateInt32 = (v, name, min = -2147483648) => validateInteger(v, name, min, 2147483647);

function encodeOutput(buf, encoding) {
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

// A Hash/Hmac digest's encoding as node's C++ parses it: falsy or unknown names give a Buffer.
function digestOutput(buf, encoding) {
  if (!encoding) return buf;
  encoding = `${encoding}`;
  return encoding !== 'buffer' && Buffer.isEncoding(encoding) ? buf.toString(encoding) : buf;
}

// Prototypes that give native handles node's class names under inspect.
const { Hash: HashHandle, Hmac: HmacHandle, CipherBase, Sign: SignHandle, Verify: VerifyHandle } = {
  Hash: class {}, Hmac: class {}, CipherBase: class {}, Sign: class {}, Verify: class {},
};
const named = (h, K) => (typeof h === 'object' && h !== null ? Object.setPrototypeOf(h, K.prototype) : h);

// ---- lazy streams ----

// node's LazyTransform, which Hash, Hmac and the ciphers inherit from: it becomes a
// stream.Transform (loading `stream` then) when a stream member is first used.
function LazyTransform(options) {
  this._options = options;
}
let Transform;
function upgrade(self) {
  if (!Transform) {
    Transform = require('stream').Transform;
    Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  }
  if (!Object.prototype.hasOwnProperty.call(self, '_readableState')) {
    Transform.call(self, self._options);
    // As node's: written strings reach _transform with their encoding.
    self._writableState.decodeStrings = false;
  }
}
const kLazyMethods = ['write', 'end', 'pipe', 'unpipe', 'on', 'once', 'off', 'addListener', 'prependListener', 'prependOnceListener',
  'removeListener', 'removeAllListeners', 'emit', 'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners',
  'getMaxListeners', 'read', 'push', 'unshift', 'setEncoding', 'setDefaultEncoding', 'resume', 'pause', 'isPaused', 'cork', 'uncork',
  'destroy', 'wrap', Symbol.asyncIterator];
const kLazyAccessors = ['readable', 'writable', 'destroyed', 'closed', 'errored', 'readableEnded', 'writableEnded', 'writableFinished',
  'readableFlowing', 'readableLength', 'writableLength', 'readableHighWaterMark', 'writableHighWaterMark', 'readableObjectMode',
  'writableObjectMode', 'readableEncoding', 'readableAborted', 'readableDidRead', 'writableNeedDrain', 'writableCorked'];
for (const m of kLazyMethods) {
  Object.defineProperty(LazyTransform.prototype, m, {
    configurable: true,
    writable: true,
    value: function (...args) {
      upgrade(this);
      return Transform.prototype[m].apply(this, args);
    },
  });
}
for (const name of kLazyAccessors) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    get() { upgrade(this); return Reflect.get(Transform.prototype, name, this); },
    set(value) { upgrade(this); Reflect.set(Transform.prototype, name, value, this); },
  });
}
// node's state getters: reading one makes the stream; the Transform constructor's writes
// land as own properties.
for (const name of ['_readableState', '_writableState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable: true,
    get() { upgrade(this); return this[name]; },
    set(value) { Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true }); },
  });
}

// ---- Hash / Hmac ----

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const copyOf = algorithm instanceof Hash;
  if (!copyOf) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  const h = copyOf ? native.copy(algorithm[kHandle], xofLen) : native.hash(algorithm, xofLen);
  if (h === undefined) throw isLegacyDigest(algorithm) ? unsupportedDigest('ERR_OSSL_EVP_UNSUPPORTED', [kInitError, kUnsupported]) : new Error('Digest method not supported');
  if (h === false) throw osslError('030000B2', 'digital envelope routines', 'not XOF or invalid length', 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
  this._options = options;
  this[kHandle] = named(h, HashHandle);
  this[kState] = { [kFinalized]: false };
}

Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new (E().ERR_CRYPTO_HASH_FINALIZED)();
  return new Hash(this, options);
};
Hash.prototype._transform = hashTransform;
Hash.prototype._flush = hashFlush;

// Hash input for the binding, which reads any typed array's bytes as they are.
const hashInput = (data, encoding) => (typeof data === 'string' || data instanceof DataView ? bytesOf(data, 'data', encoding) : data);
// node's validateEncoding: hex text of odd length is refused before any of it is used.
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw new (E().ERR_INVALID_ARG_VALUE)('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}
Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new (E().ERR_CRYPTO_HASH_FINALIZED)();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (this[kState].flushed !== undefined) {
    // The stream's end spent the context: node's Hash ignores more data, its Hmac fails.
    if (this instanceof Hmac) throw new (C('ERR_CRYPTO_HASH_UPDATE_FAILED'))();
    return this;
  }
  if (this[kHandle]) native.update(this[kHandle], hashInput(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw new (E().ERR_CRYPTO_HASH_FINALIZED)();
  this[kState][kFinalized] = true;
  // After the stream's end, node's handle gives the digest it pushed again.
  const flushed = this[kState].flushed;
  return digestOutput(flushed !== undefined ? flushed : native.digest(this[kHandle]), outputEncoding);
};
function hashTransform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}
// As node's: the handle is digested without finalizing the object; a later digest() gives the
// same bytes for a Hash, an empty result for an Hmac (whose native context is spent).
function hashFlush(callback) {
  const state = this[kState];
  if (state[kFinalized] || state.flushed !== undefined || this[kHandle] === false) return callback();
  const d = native.digest(this[kHandle]);
  state.flushed = this instanceof Hash ? d : Buffer.alloc(0);
  this.push(d);
  callback();
}

// node's prepareSecretKey: KeyObject, CryptoKey or bytes.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (key instanceof KeyObject || key instanceof CryptoKey) {
      if (key.type !== 'secret') throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(key.type, 'secret');
      return key[kKeyBytes];
    }
  }
  if (typeof key !== 'string' && !isBytes(key)) {
    const types = bufferOnly ? ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'] : ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];
    throw new (E().ERR_INVALID_ARG_TYPE)('key', types, key);
  }
  // node's getArrayBufferOrView: an unknown encoding is ERR_UNKNOWN_ENCODING here.
  return typeof key === 'string' ? Buffer.from(key, encoding === 'buffer' ? 'utf8' : encoding) : u8(key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = prepareSecretKey(key, getStringOption(options, 'encoding'));
  const h = native.hmac(hmac, keyBytes);
  if (h === undefined) throw isLegacyDigest(hmac) ? unsupportedDigest('ERR_OSSL_EVP_UNSUPPORTED', [kInitError]) : invalidDigest(hmac);
  this._options = options;
  this[kHandle] = named(h, HmacHandle);
  this[kState] = { [kFinalized]: false };
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = function digest(outputEncoding) {
  // node: an empty Buffer for 'buffer' (the default), else an empty string whatever the name.
  if (this[kState][kFinalized]) return (outputEncoding || 'buffer') === 'buffer' ? Buffer.alloc(0) : '';
  this[kState][kFinalized] = true;
  if (this[kHandle] === false) throw new Error('error:00000000:lib(0)::reason(0)');
  const flushed = this[kState].flushed;
  return digestOutput(flushed !== undefined ? flushed : native.digest(this[kHandle]), outputEncoding);
};
Hmac.prototype._flush = hashFlush;
Hmac.prototype._transform = hashTransform;

const hashes = ['RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224', 'RSA-SHA3-256',
  'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256', 'RSA-SM3', 'blake2b512',
  'blake2s256', 'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-384',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5-sha1', 'md5WithRSAEncryption', 'ripemd', 'ripemd160', 'ripemd160WithRSA',
  'rmd160', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256', 'sha256WithRSAEncryption',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384', 'sha384WithRSAEncryption', 'sha512', 'sha512-224',
  'sha512-224WithRSAEncryption', 'sha512-256', 'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'shake128',
  'shake256', 'sm3', 'sm3WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1'];

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    // node's normalizeEncoding: '' is utf8, an unknown name undefined.
    normalized = outputEncoding === '' ? 'utf8' : Buffer.isEncoding(outputEncoding) ? outputEncoding : undefined;
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') throw new (E().ERR_INVALID_ARG_VALUE)('outputEncoding', outputEncoding);
      normalized = 'buffer';
    }
  }
  const h = native.hash(algorithm);
  if (h === undefined) {
    if (isLegacyDigest(algorithm)) throw unsupportedDigest('ERR_OSSL_EVP_UNSUPPORTED', [kInitError, kUnsupported]);
    throw new Error(`Digest method ${algorithm} is not supported`);
  }
  native.update(h, hashInput(input));
  return encodeOutput(native.digest(h), normalized);
}

// ---- ciphers ----

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}
function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  initCipher(this, cipher, password, kLegacy, options, true);
}
function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  initCipher(this, cipher, password, kLegacy, options, false);
}

// OpenSSL's EVP_BytesToKey with MD5, one round and no salt (createCipher's key and IV).
function bytesToKey(password, keyLen, ivLen) {
  const parts = [];
  let have = 0, prev = Buffer.alloc(0);
  while (have < keyLen + ivLen) {
    prev = new Hash('md5').update(prev).update(password).digest();
    parts.push(prev);
    have += prev.length;
  }
  const all = Buffer.concat(parts);
  return [all.subarray(0, keyLen), all.subarray(keyLen, keyLen + ivLen)];
}

// Cipheriv/Decipheriv, and the deprecated password-based Cipher/Decipher (iv is kLegacy).
const kLegacy = Symbol('kLegacy');
// GCM deciphers made without options.authTagLength: a short tag is DEP0182 under
// --pending-deprecation (once per process, as node's C++ emits it).
const gcmTagLengthUnset = new WeakSet();
let dep0182Emitted = false;
function maybeWarnShortGcmTag(self, tagLength) {
  if (dep0182Emitted || tagLength === 16 || !gcmTagLengthUnset.has(self)) return;
  if (!process.execArgv.includes('--pending-deprecation') && process.env.NODE_PENDING_DEPRECATION !== '1') return;
  dep0182Emitted = true;
  process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without specifying the authTagLength ' +
    'option when initializing decryption is deprecated.', 'DeprecationWarning', 'DEP0182');
}
// CCM ciphers: the longest message their nonce leaves room for, as node's max_message_size_.
const ccmMaxLength = new WeakMap();
function checkCcmMessageLength(self, length) {
  if (ccmMaxLength.has(self) && length > ccmMaxLength.get(self)) {
    throw cxx(RangeError, 'ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length');
  }
}
function initCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  if (iv === kLegacy) {
    key = bytesOf(key, 'password');
  } else {
    key = prepareSecretKey(key, getStringOption(options, 'encoding'));
    iv = iv === null ? null : bytesOf(iv, 'iv');
  }
  const authTagLength = getUIntOption(options, 'authTagLength');
  if (iv === kLegacy) {
    const entry = [...ciphers()].find(([n]) => n.toLowerCase() === cipher.toLowerCase());
    if (!entry) throw cxx(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    const [, [, , mode, keyLen, ivLen]] = entry;
    [key, iv] = bytesToKey(key, keyLen, ivLen);
    if (encrypt && (mode === 'ctr' || mode === 'gcm')) process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  const h = named(wrapCipherInit(cipher, key, iv, encrypt) || native.cipherInit(cipher, key, iv, encrypt, authTagLength), CipherBase);
  if (typeof h === 'number') {
    if (h === 1) throw cxx(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    if (h === 2) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    if (h === 3) throw invalidKeylen();
    if (h === 5) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `authTagLength required for ${cipher}`);
    throw cxx(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${authTagLength}`);
  }
  self[kHandle] = h;
  const entry = ciphers().get(cipher.toLowerCase());
  if (entry && entry[2] === 'ccm') ccmMaxLength.set(self, iv.length === 13 ? 65535 : iv.length === 12 ? 16777215 : 2147483647);
  if (entry && entry[2] === 'gcm' && !encrypt && authTagLength === -1) gcmTagLengthUnset.add(self);
  self._decoder = null;
  self._options = options;
}

// AES key wrap ciphers (id-aesNNN-wrap, -wrap-pad) as OpenSSL's wrap mode: each update wraps (or
// unwraps) its whole input with the cipher's IV (RFC 3394, RFC 5649), final() gives nothing. The handle
// answers the binding's cipher calls itself.
const kWrap = Symbol('kWrap');
function wrapCipherInit(cipher, key, iv, encrypt) {
  const entry = ciphers().get(cipher.toLowerCase());
  if (!entry || entry[2] !== 'wrap') return undefined;
  if (key.length !== entry[3]) return 3;
  if (iv === null || iv.length !== entry[4]) return 2;
  const h = {};
  const run = entry[4] === 4 ? aesKeyWrapPad : aesKeyWrap;
  Object.defineProperty(h, kWrap, { value: { kek: Buffer.from(key), iv: Buffer.from(iv), encrypt, run, finished: false } });
  return h;
}
const wrapOps = {
  cipherUpdate(h, data) {
    const w = h[kWrap];
    if (w.finished) return undefined;
    try {
      return w.run(w.kek, u8(data), w.encrypt, w.iv);
    } catch {
      return undefined;
    }
  },
  cipherFinal(h) {
    if (h[kWrap].finished) return 0;
    h[kWrap].finished = true;
    return Buffer.alloc(0);
  },
  cipherSetAutoPadding: (h) => !h[kWrap].finished,
  cipherSetAAD: () => false,
  cipherGetAuthTag: () => undefined,
  cipherSetAuthTag: () => false,
};
const cipherOps = (h) => (h !== null && typeof h === 'object' && h[kWrap] ? wrapOps : native);

function cipherUpdate(self, data) {
  checkCcmMessageLength(self, data.byteLength);
  const handle = self[kHandle];
  const ret = cipherOps(handle).cipherUpdate(handle, data);
  if (ret === undefined) throw new Error('Trying to add data in unsupported state');
  return ret;
}
function cipherFinal(handle) {
  const ret = cipherOps(handle).cipherFinal(handle);
  if (typeof ret !== 'number') return ret;
  if (ret === 0) throw cxx(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  if (ret === 1) throw osslError('1C800064', 'Provider routines', 'bad decrypt', 'ERR_OSSL_BAD_DECRYPT');
  if (ret === 2) throw osslError('1C80006B', 'Provider routines', 'wrong final block length', 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
  if (ret === 4) throw osslError('1C800077', 'Provider routines', 'tag not set', 'ERR_OSSL_TAG_NOT_SET');
  throw new Error('Unsupported state or unable to authenticate data');
}

function getDecoder(self, encoding) {
  const { StringDecoder } = require('string_decoder');
  const decoder = self._decoder;
  if (decoder === null) return (self._decoder = new StringDecoder(encoding));
  if (decoder.encoding !== new StringDecoder(encoding).encoding) throw new (C('ERR_INTERNAL_ASSERTION'))('Cannot change encoding');
  return decoder;
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = cipherUpdate(this, bytesOf(data, 'data', inputEncoding));
  if (outputEncoding && outputEncoding !== 'buffer') return getDecoder(this, outputEncoding).write(ret);
  return ret;
}
function final(outputEncoding) {
  const ret = cipherFinal(this[kHandle]);
  if (outputEncoding && outputEncoding !== 'buffer') return getDecoder(this, outputEncoding).end(ret);
  return ret;
}
function setAutoPadding(ap) {
  if (!cipherOps(this[kHandle]).cipherSetAutoPadding(this[kHandle], !!ap)) throw new (C('ERR_CRYPTO_INVALID_STATE'))('setAutoPadding');
  return this;
}
function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = bytesOf(aadbuf, 'aadbuf', encoding);
  // CCM needs the message length up front, as node's SetAAD.
  if (ccmMaxLength.has(this)) {
    if (plaintextLength === -1) throw cxx(TypeError, 'ERR_MISSING_ARGS', 'options.plaintextLength required for CCM mode with AAD');
    checkCcmMessageLength(this, plaintextLength);
  }
  if (!cipherOps(this[kHandle]).cipherSetAAD(this[kHandle], aadbuf, plaintextLength)) throw new (C('ERR_CRYPTO_INVALID_STATE'))('setAAD');
  return this;
}
function cipherTransform(chunk, encoding, callback) {
  this.push(cipherUpdate(this, bytesOf(chunk, 'data', encoding)));
  callback();
}
function cipherFlush(callback) {
  try {
    this.push(cipherFinal(this[kHandle]));
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}
function getAuthTag() {
  const ret = cipherOps(this[kHandle]).cipherGetAuthTag(this[kHandle]);
  if (ret === undefined) throw new (C('ERR_CRYPTO_INVALID_STATE'))('getAuthTag');
  return ret;
}
function setAuthTag(tagbuf, encoding) {
  tagbuf = bytesOf(tagbuf, 'buffer', encoding);
  const r = cipherOps(this[kHandle]).cipherSetAuthTag(this[kHandle], tagbuf);
  if (r === null) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${tagbuf.byteLength}`);
  if (!r) throw new (C('ERR_CRYPTO_INVALID_STATE'))('setAuthTag');
  maybeWarnShortGcmTag(this, tagbuf.byteLength);
  return this;
}
// Members in node's order: encrypting ciphers get getAuthTag, decrypting ones setAuthTag.
for (const [K, authTag] of [[Cipheriv, { getAuthTag }], [Decipheriv, { setAuthTag }], [Cipher, { getAuthTag }], [Decipher, { setAuthTag }]]) {
  Object.setPrototypeOf(K.prototype, LazyTransform.prototype);
  Object.assign(K.prototype, { _transform: cipherTransform, _flush: cipherFlush, update, final, setAutoPadding, ...authTag, setAAD });
}

// name -> [nid, OpenSSL short name, mode, key length, iv length, block size]
let cipherTable;
function ciphers() {
  if (cipherTable) return cipherTable;
  cipherTable = new Map();
  const modes = { ecb: [418, 0, 16], cbc: [419, 16, 16], ofb: [420, 16, 1], cfb: [421, 16, 1], cfb8: [653, 16, 1], gcm: [895, 12, 1], ctr: [904, 16, 1], ccm: [896, 12, 1] };
  for (const [i, bits] of [128, 192, 256].entries()) {
    for (const m of Object.keys(modes)) {
      const [nid, iv, block] = modes[m];
      const name = `aes-${bits}-${m}`;
      const sn = m === 'gcm' || m === 'ccm' ? `id-aes${bits}-${m}` : name;
      const entry = [m === 'ecb' || m === 'cbc' || m === 'ofb' || m === 'cfb' ? nid + 4 * i : nid + (m === 'gcm' || m === 'ccm' ? 3 : 1) * i, sn, m === 'cfb8' ? 'cfb' : m, bits / 8, iv, block];
      cipherTable.set(name, entry);
      if (m === 'cbc') cipherTable.set(`aes${bits}`, entry);
      if (m === 'gcm' || m === 'ccm') cipherTable.set(`id-aes${bits}-${m.toUpperCase()}`, entry);
    }
  }
  for (const [i, bits] of [128, 192, 256].entries()) {
    const entry = [788 + i, `id-aes${bits}-wrap`, 'wrap', bits / 8, 8, 8];
    cipherTable.set(`aes${bits}-wrap`, entry);
    cipherTable.set(`id-aes${bits}-wrap`, entry);
    cipherTable.set(`id-aes${bits}-wrap-pad`, [897 + 3 * i, `id-aes${bits}-wrap-pad`, 'wrap', bits / 8, 4, 8]);
  }
  cipherTable.set('chacha20', [1019, 'chacha20', 'stream', 32, 16, 0]);
  cipherTable.set('chacha20-poly1305', [1018, 'chacha20-poly1305', 'stream', 32, 12, 0]);
  return cipherTable;
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new (E().ERR_INVALID_ARG_TYPE)('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  let entry;
  for (const [name, e] of ciphers()) {
    if (typeof nameOrNid === 'number' ? e[0] === nameOrNid : name.toLowerCase() === nameOrNid.toLowerCase()) { entry = e; break; }
  }
  if (!entry) return undefined;
  const [nid, name, mode, keyLen, ivLen, block] = entry;
  if (keyLength !== undefined && keyLength !== keyLen) return undefined;
  if (ivLength !== undefined) {
    const ok = mode === 'gcm' ? ivLength > 0 && ivLength <= 128 : mode === 'ccm' ? ivLength >= 7 && ivLength <= 13 :
      name === 'chacha20-poly1305' ? ivLength === 12 : ivLength === ivLen;
    if (!ok) return undefined;
  }
  const info = { mode, name, nid };
  if (mode !== 'stream') info.blockSize = block;
  const iv = ivLength !== undefined ? ivLength : ivLen;
  if (iv !== 0) info.ivLength = iv;
  info.keyLength = keyLen;
  return info;
}

// ---- keys ----

const kKeyBytes = Symbol('kKeyBytes');
const kKeyType = Symbol('kKeyType');
// The key bytes rjs made: node's KeyObjectHandle, which user code cannot construct.
const keyHandles = new WeakSet();
const keyHandle = (bytes) => {
  const handle = Buffer.from(bytes);
  keyHandles.add(handle);
  return handle;
};
class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new (E().ERR_INVALID_ARG_VALUE)('type', type);
    if (!keyHandles.has(handle)) throw new (E().ERR_INVALID_ARG_TYPE)('handle', 'object', handle);
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyBytes, { value: handle, enumerable: false });
  }
  get type() { return this[kKeyType]; }
  static from(key) {
    if (!(key instanceof CryptoKey)) throw new (E().ERR_INVALID_ARG_TYPE)('key', 'CryptoKey', key);
    const K = { secret: SecretKeyObject, public: PublicKeyObject, private: PrivateKeyObject }[key.type];
    return new K(key[kAsym] || key[kKeyBytes]);
  }
  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_TYPE)('otherKeyObject', 'KeyObject', otherKeyObject);
    const a = this[kKeyBytes], b = otherKeyObject[kKeyBytes];
    return otherKeyObject.type === this.type && a.length === b.length && Buffer.compare(a, b) === 0;
  }
  get [Symbol.toStringTag]() { return 'KeyObject'; }
  // structuredClone gives a key object of the same kind over the same bytes, as node's.
  [kClone]() {
    const type = this[kKeyType];
    const deserializeInfo = { secret: SecretKeyObject, public: PublicKeyObject, private: PrivateKeyObject }[type];
    return { data: { type, bytes: this[kKeyBytes] }, deserializeInfo };
  }
  [kDeserialize]({ type, bytes }) {
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyBytes, { value: keyHandle(bytes) });
  }
}
class SecretKeyObject extends KeyObject {
  constructor(bytes) { super('secret', keyHandle(bytes)); }
  get symmetricKeySize() { return this[kKeyBytes].length; }
  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.format === 'jwk') return { kty: 'oct', k: this[kKeyBytes].toString('base64url') };
      if (options.format !== undefined && options.format !== 'buffer') throw new (E().ERR_INVALID_ARG_VALUE)('options.format', options.format, "must be one of: undefined, 'buffer', 'jwk'");
    }
    return Buffer.from(this[kKeyBytes]);
  }
}
function createSecretKey(key, encoding) {
  return new SecretKeyObject(prepareSecretKey(key, encoding, true));
}

// Ed25519's SPKI and PKCS#8 prefixes (webcrypto's Ed25519 keys).
const kSpki = '302a300506032b6570032100', kPkcs8 = '302e020100300506032b657004220420';

// ---- asymmetric keys ----

// An asymmetric KeyObject's handle is a record of the key's numbers (Buffers):
//   rsa, rsa-pss: n, e and, in a private key, d, p, q, dp, dq, qi; an rsa-pss key with
//     parameters has pss = { hashAlgorithm, mgf1HashAlgorithm, saltLength };
//   ec: curve (OpenSSL's name), q (the uncompressed point) and, in a private key, d;
//   ed25519, x25519: q (32 bytes) and, in a private key, d (32 bytes).
const kAsym = Symbol('kAsym');
const decoderUnsupported = () => osslError('1E08010C', 'DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED');
const incompatibleKeyOptions = (a, b) => cxx(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', `The selected key encoding ${a} ${b}.`);

// ---- DER ----

const hex = (h) => Buffer.from(h, 'hex');
const derLength = (n) => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 255] : [0x83, n >>> 16, (n >> 8) & 255, n & 255]);
function tlv(tag, ...parts) {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag, ...derLength(body.length)]), body]);
}
const derSeq = (...parts) => tlv(0x30, ...parts);
const derOctets = (b) => tlv(0x04, b);
const derBits = (b) => tlv(0x03, Buffer.alloc(1), b);
function derUint(b) {
  b = stripZeros(b);
  return tlv(0x02, b.length === 0 || b[0] & 0x80 ? Buffer.concat([Buffer.alloc(1), b]) : b);
}
const kNull = hex('0500');
// One element at `pos`: { tag, body, end }; malformed input throws.
function derElement(buf, pos = 0) {
  if (pos + 2 > buf.length) throw decoderUnsupported();
  const tag = buf[pos];
  let len = buf[pos + 1], start = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > buf.length) throw decoderUnsupported();
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[start + i];
    start += n;
  }
  if (start + len > buf.length) throw decoderUnsupported();
  return { tag, body: buf.subarray(start, start + len), end: start + len, raw: buf.subarray(pos, start + len) };
}
// The elements of a constructed value (a SEQUENCE unless `tag` says otherwise).
function derItems(e, tag = 0x30) {
  if (!e || e.tag !== tag) throw decoderUnsupported();
  const out = [];
  for (let p = 0; p < e.body.length;) {
    const item = derElement(e.body, p);
    out.push(item);
    p = item.end;
  }
  return out;
}
// A whole buffer that must be one SEQUENCE.
function derTop(buf) {
  const e = derElement(buf);
  if (e.end !== buf.length) throw decoderUnsupported();
  return derItems(e);
}
function derUintOf(e) {
  if (!e || e.tag !== 0x02) throw decoderUnsupported();
  return stripZeros(e.body);
}
const bitsOf = (e) => {
  if (!e || e.tag !== 0x03 || e.body[0] !== 0) throw decoderUnsupported();
  return Buffer.from(e.body.subarray(1));
};

// Object identifiers, as their DER encoding's hex.
const kOid = {
  rsa: '06092a864886f70d010101',
  'rsa-pss': '06092a864886f70d01010a',
  ec: '06072a8648ce3d0201',
  ed25519: '06032b6570',
  x25519: '06032b656e',
  mgf1: '06092a864886f70d010108',
};
const kCurveOids = { prime256v1: '06082a8648ce3d030107', secp384r1: '06052b81040022', secp256k1: '06052b8104000a' };
// The curves' explicit ECParameters (prime field, a, b, seed, base point, order, cofactor) as
// OpenSSL writes them for paramEncoding 'explicit'.
const kExplicitCurves = {
  prime256v1: '3081f7020101302c06072a8648ce3d0101022100ffffffff00000001000000000000000000000000ffffffffffffffffffffffff305b0420ffffffff00000001000000000000000000000000fffffffffffffffffffffffc04205ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b031500c49d360886e704936a6678e1139d26b7819f7e900441046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c2964fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5022100ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551020101',
  secp384r1: '30820157020101303c06072a8648ce3d0101023100fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff307b0430fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffc0430b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef031500a335926aa319a27a1d00896a6773a4827acdac73046104aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab73617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f023100ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973020101',
  secp256k1: '3081e0020101302c06072a8648ce3d0101022100fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f3044042000000000000000000000000000000000000000000000000000000000000000000420000000000000000000000000000000000000000000000000000000000000000704410479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8022100fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141020101',
};
const kOtherCurveOids = { '06052b81040023': 'secp521r1', '06052b81040021': 'secp224r1', '06082a8648ce3d030101': 'prime192v1' };
const kDigestOids = {
  md5: '06082a864886f70d0205', sha1: '06052b0e03021a', ripemd160: '06052b24030201',
  sha224: '0609608648016503040204', sha256: '0609608648016503040201', sha384: '0609608648016503040202',
  sha512: '0609608648016503040203', 'sha512-224': '0609608648016503040205', 'sha512-256': '0609608648016503040206',
  'sha3-224': '0609608648016503040207', 'sha3-256': '0609608648016503040208', 'sha3-384': '0609608648016503040209',
  'sha3-512': '060960864801650304020a',
};
const oidName = (table, e) => {
  const h = e.raw.toString('hex');
  return Object.keys(table).find((k) => table[k] === h);
};
// Curve names as node takes them (OpenSSL's, and the NIST ones) → OpenSSL's name.
const kCurveAliases = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', secp256r1: 'prime256v1' };
const kFieldSize = { prime256v1: 32, secp384r1: 48, secp256k1: 32 };
const kJwkCurves = { prime256v1: 'P-256', secp384r1: 'P-384', secp256k1: 'secp256k1' };
const curveUnavailable = (name) => new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`EC curve ${name} (rjs has prime256v1, secp384r1 and secp256k1)`);
const curveName = (name) => kCurveAliases[name] || (kFieldSize[name] ? name : undefined);

// ---- RSA-PSS parameters ----

const kPssDefaults = { hashAlgorithm: 'sha1', mgf1HashAlgorithm: 'sha1', saltLength: 20 };
const digestAlgId = (name) => derSeq(hex(kDigestOids[name]), kNull);
function encodePssParams(pss) {
  const parts = [];
  if (pss.hashAlgorithm !== 'sha1') parts.push(tlv(0xa0, digestAlgId(pss.hashAlgorithm)));
  if (pss.mgf1HashAlgorithm !== 'sha1') parts.push(tlv(0xa1, derSeq(hex(kOid.mgf1), digestAlgId(pss.mgf1HashAlgorithm))));
  if (pss.saltLength !== 20) parts.push(tlv(0xa2, derUint(Buffer.from(hexOf(pss.saltLength), 'hex'))));
  return derSeq(...parts);
}
const hexOf = (n) => { const h = n.toString(16); return h.length % 2 ? `0${h}` : h; };
function decodePssParams(e) {
  const pss = { ...kPssDefaults };
  const digestOf = (alg) => {
    const name = oidName(kDigestOids, derItems(alg)[0]);
    if (!name) throw decoderUnsupported();
    return name;
  };
  for (const item of derItems(e)) {
    const [inner] = derItems(item, item.tag);
    if (item.tag === 0xa0) pss.hashAlgorithm = digestOf(inner);
    else if (item.tag === 0xa1) pss.mgf1HashAlgorithm = digestOf(derItems(inner)[1]);
    else if (item.tag === 0xa2) pss.saltLength = Number(bigIntOf(derUintOf(inner)));
  }
  return pss;
}

// ---- parsing ----

function rsaPublicRecord(type, der) {
  const [n, e] = derTop(der);
  return { type, n: derUintOf(n), e: derUintOf(e) };
}
function rsaPrivateRecord(type, der) {
  const items = derTop(der);
  if (items.length < 9) throw decoderUnsupported();
  const [n, e, d, p, q, dp, dq, qi] = items.slice(1, 9).map(derUintOf);
  return { type, n, e, d, p, q, dp, dq, qi };
}
function curveOf(e) {
  const name = oidName(kCurveOids, e) || (e && e.tag === 0x30 ? oidName(kExplicitCurves, e) : undefined);
  if (!name) {
    const other = e && kOtherCurveOids[e.raw.toString('hex')];
    throw other ? curveUnavailable(other) : decoderUnsupported();
  }
  return name;
}
// An EC key read with explicit curve parameters keeps writing them, as OpenSSL's.
function withParams(rec, params) {
  if (params && params.tag === 0x30) rec.explicit = true;
  return rec;
}
function ecPublicRecord(curve, point) {
  const q = native.ecPoint(curve, point, false);
  if (!q) throw osslError('10800065', 'elliptic curve routines', 'point is not on curve', 'ERR_OSSL_EC_POINT_IS_NOT_ON_CURVE');
  return { type: 'ec', curve, q };
}
// A private scalar of any length (leading zeros dropped or added) as the curve's field size.
function ecPrivateRecord(curve, d) {
  d = stripZeros(d);
  d = Buffer.concat([Buffer.alloc(Math.max(0, kFieldSize[curve] - d.length)), d]);
  const q = native.ecPublic(curve, d);
  if (!q) throw osslError('1080006B', 'elliptic curve routines', 'invalid private key', 'ERR_OSSL_EC_INVALID_PRIVATE_KEY');
  return { type: 'ec', curve, d, q };
}
// SEC1's ECPrivateKey; `curve` comes from PKCS#8's algorithm when nested there.
function sec1Record(der, curve) {
  const items = derTop(der);
  if (derUintOf(items[0])[0] !== 1 || !items[1] || items[1].tag !== 0x04) throw decoderUnsupported();
  const params = items.find((e) => e.tag === 0xa0);
  const curveParams = params && derItems(params, 0xa0)[0];
  if (params) curve = curveOf(curveParams);
  if (!curve) throw decoderUnsupported();
  return withParams(ecPrivateRecord(curve, Buffer.from(items[1].body)), curveParams);
}
function okpRecord(type, q, d) {
  if ((q && q.length !== 32) || (d && d.length !== 32)) throw decoderUnsupported();
  if (d) q = type === 'ed25519' ? native.ed25519Public(d) : native.x25519(d);
  return d ? { type, d: Buffer.from(d), q } : { type, q: Buffer.from(q) };
}
// Key types node reads that rjs has no arithmetic for, by OID.
const kUnbuiltKeyOids = { '06072a8648ce380401': 'dsa', '06092a864886f70d010301': 'dh', '06072a8648ce3e0201': 'dh', '06032b6571': 'ed448', '06032b656f': 'x448' };
// An AlgorithmIdentifier: [key type, parameters element].
function algorithmOf(e) {
  const [oid, params] = derItems(e);
  const type = oidName(kOid, oid);
  if (!type || type === 'mgf1') {
    const unbuilt = oid && kUnbuiltKeyOids[oid.raw.toString('hex')];
    if (unbuilt) throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`${unbuilt} keys (rjs has rsa, rsa-pss, ec, ed25519 and x25519 keys)`);
    throw decoderUnsupported();
  }
  return [type, params];
}
function spkiRecord(der) {
  const [alg, bits] = derTop(der);
  const [type, params] = algorithmOf(alg);
  const key = bitsOf(bits);
  if (type === 'ec') return withParams(ecPublicRecord(curveOf(params), key), params);
  if (type === 'ed25519' || type === 'x25519') return okpRecord(type, key);
  const rec = rsaPublicRecord(type, key);
  if (type === 'rsa-pss' && params) rec.pss = decodePssParams(params);
  return rec;
}
function pkcs8Record(der) {
  const items = derTop(der);
  if (items.length < 3 || items[2].tag !== 0x04) throw osslError('06800079', 'asn1 encoding routines', 'field missing', 'ERR_OSSL_ASN1_FIELD_MISSING');
  const [type, params] = algorithmOf(items[1]);
  const key = items[2].body;
  if (type === 'ec') return withParams(sec1Record(key, params ? curveOf(params) : undefined), params);
  if (type === 'ed25519' || type === 'x25519') {
    const inner = derElement(key);
    if (inner.tag !== 0x04) throw decoderUnsupported();
    return okpRecord(type, undefined, inner.body);
  }
  const rec = rsaPrivateRecord(type, key);
  if (type === 'rsa-pss' && params) rec.pss = decodePssParams(params);
  return rec;
}
// An X.509 certificate's subject public key.
function certificateRecord(der) {
  const tbs = derItems(derTop(der)[0]);
  return spkiRecord(tbs[tbs[0].tag === 0xa0 ? 6 : 5].raw);
}
const isPrivateRecord = (rec) => rec.d !== undefined;

// PEM blocks by label: [DER kind, private?].
const kPemLabels = {
  'RSA PRIVATE KEY': ['pkcs1', true], 'RSA PUBLIC KEY': ['pkcs1', false], 'PRIVATE KEY': ['pkcs8', true],
  'ENCRYPTED PRIVATE KEY': ['encrypted', true], 'PUBLIC KEY': ['spki', false], 'EC PRIVATE KEY': ['sec1', true],
  CERTIFICATE: ['certificate', false],
};
// Runs a DER parse: malformed input tripping over Buffer/JS checks (missing elements) is
// OpenSSL's decoder failure.
function decoding(parse) {
  try {
    return parse();
  } catch (e) {
    if ((e instanceof RangeError || e instanceof TypeError) && e.code === undefined) throw decoderUnsupported();
    throw e;
  }
}
function derRecord(der, type, wantPrivate) {
  return decoding(() => {
    if (type === 'pkcs1') return wantPrivate ? rsaPrivateRecord('rsa', der) : rsaPublicRecord('rsa', der);
    if (type === 'sec1') return sec1Record(der);
    if (type === 'pkcs8') return pkcs8Record(der);
    if (type === 'spki') return spkiRecord(der);
    if (type === 'certificate') return certificateRecord(der);
    throw decoderUnsupported();
  });
}
// Key material in PEM: the first block of a kind this use can read.
function pemRecord(text, wantPrivate, passphrase) {
  const re = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
  for (let m; (m = re.exec(text));) {
    const kind = kPemLabels[m[1]];
    if (!kind || (wantPrivate && !kind[1])) continue;
    let body = m[2];
    const headers = /^((?:[A-Za-z-]+:[^\n]*\n)+)\r?\n/.exec(body);
    if (headers) body = body.slice(headers[0].length);
    let der = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    if (headers) der = legacyPemDecrypt(der, headers[1], passphrase);
    if (kind[0] === 'encrypted') return derRecord(pkcs8Decrypt(der, passphrase), 'pkcs8', true);
    return derRecord(der, kind[0], kind[1]);
  }
  throw decoderUnsupported();
}

// ---- encrypted private keys ----

const kPbes2 = '06092a864886f70d01050d', kPbkdf2 = '06092a864886f70d01050c';
const kPbeCiphers = { 'aes-128-cbc': '0609608648016503040102', 'aes-192-cbc': '0609608648016503040116', 'aes-256-cbc': '060960864801650304012a' };
const kHmacOids = { sha1: '06082a864886f70d0207', sha224: '06082a864886f70d0208', sha256: '06082a864886f70d0209', sha384: '06082a864886f70d020a', sha512: '06082a864886f70d020b' };
const badDecrypt = () => osslError('1C800064', 'Provider routines', 'bad decrypt', 'ERR_OSSL_BAD_DECRYPT');
// OpenSSL asks for a passphrase, and node has none to give.
function needPassphrase(passphrase) {
  if (passphrase === undefined) throw osslError('07880109', 'common libcrypto routines', 'interrupted or cancelled', 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED');
  return passphrase;
}
function decryptCbc(cipher, key, iv, data) {
  try {
    const d = new Decipheriv(cipher, key, iv);
    return Buffer.concat([d.update(data), d.final()]);
  } catch {
    throw badDecrypt();
  }
}
// PKCS#8 EncryptedPrivateKeyInfo with PBES2 (PBKDF2 + AES-CBC), what node writes.
function pkcs8Decrypt(der, passphrase) {
  return decoding(() => pbes2Decrypt(der, passphrase));
}
function pbes2Decrypt(der, passphrase) {
  const [alg, data] = derTop(der);
  const [oid, params] = derItems(alg);
  if (oid.raw.toString('hex') !== kPbes2) throw decoderUnsupported();
  const [kdf, enc] = derItems(params);
  const [kdfOid, kdfParams] = derItems(kdf);
  if (kdfOid.raw.toString('hex') !== kPbkdf2) throw decoderUnsupported();
  const [salt, iterations, ...rest] = derItems(kdfParams);
  const prf = rest.find((e) => e.tag === 0x30);
  const hmac = prf ? oidName(kHmacOids, derItems(prf)[0]) : 'sha1';
  const [encOid, iv] = derItems(enc);
  const cipher = oidName(kPbeCiphers, encOid);
  if (!cipher || !hmac) throw decoderUnsupported();
  const key = pbkdf2Sync(needPassphrase(passphrase), salt.body, Number(bigIntOf(derUintOf(iterations))), getCipherInfo(cipher).keyLength, hmac);
  return decryptCbc(cipher, key, iv.body, data.body);
}
function pkcs8Encrypt(der, cipher, passphrase) {
  if (!ciphers().has(cipher)) throw cxx(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  if (!kPbeCiphers[cipher]) throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`private key encryption with ${cipher} (rjs has aes-128-cbc, aes-192-cbc and aes-256-cbc)`);
  const salt = randomBytes(8), iv = randomBytes(16), iterations = 2048;
  const key = pbkdf2Sync(passphrase, salt, iterations, getCipherInfo(cipher).keyLength, 'sha256');
  const c = new Cipheriv(cipher, key, iv);
  const data = Buffer.concat([c.update(der), c.final()]);
  const kdf = derSeq(hex(kPbkdf2), derSeq(derOctets(salt), derUint(hex(hexOf(iterations))), derSeq(hex(kHmacOids.sha256), kNull)));
  return derSeq(derSeq(hex(kPbes2), derSeq(kdf, derSeq(hex(kPbeCiphers[cipher]), derOctets(iv)))), derOctets(data));
}
// OpenSSL's traditional "Proc-Type: 4,ENCRYPTED" PEM (EVP_BytesToKey with MD5).
function legacyPemDecrypt(der, headers, passphrase) {
  const info = /DEK-Info: *([A-Za-z0-9-]+) *, *([0-9A-Fa-f]+)/.exec(headers);
  if (!info) return der;
  const cipher = info[1].toLowerCase();
  if (!ciphers().has(cipher)) throw decoderUnsupported();
  const iv = hex(info[2]);
  const { keyLength } = getCipherInfo(cipher);
  const pass = Buffer.from(bytesOf(needPassphrase(passphrase), 'passphrase'));
  let key = Buffer.alloc(0), block = Buffer.alloc(0);
  while (key.length < keyLength) {
    block = new Hash('md5').update(Buffer.concat([block, pass, iv.subarray(0, 8)])).digest();
    key = Buffer.concat([key, block]);
  }
  return decryptCbc(cipher, key.subarray(0, keyLength), iv, der);
}
function legacyPemEncrypt(label, der, cipher, passphrase) {
  if (!ciphers().has(cipher)) throw cxx(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  if (!/-cbc$/.test(cipher)) throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`PEM encryption with ${cipher} (rjs has the CBC ciphers)`);
  const { keyLength, ivLength } = getCipherInfo(cipher);
  const iv = randomBytes(ivLength);
  let key = Buffer.alloc(0), block = Buffer.alloc(0);
  while (key.length < keyLength) {
    block = new Hash('md5').update(Buffer.concat([block, Buffer.from(passphrase), iv.subarray(0, 8)])).digest();
    key = Buffer.concat([key, block]);
  }
  const c = new Cipheriv(cipher, key.subarray(0, keyLength), iv);
  const data = Buffer.concat([c.update(der), c.final()]);
  const headers = `Proc-Type: 4,ENCRYPTED\nDEK-Info: ${cipher.toUpperCase()},${iv.toString('hex').toUpperCase()}\n\n`;
  return pem(label, data, headers);
}

// ---- export ----

function pem(label, der, headers = '') {
  return `-----BEGIN ${label}-----\n${headers}${der.toString('base64').match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`;
}
const pkcs1Public = (rec) => derSeq(derUint(rec.n), derUint(rec.e));
const pkcs1Private = (rec) => derSeq(derUint(Buffer.alloc(1)), ...['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'].map((k) => derUint(rec[k])));
function algorithmId(rec) {
  if (rec.type === 'rsa') return derSeq(hex(kOid.rsa), kNull);
  if (rec.type === 'rsa-pss') return rec.pss ? derSeq(hex(kOid['rsa-pss']), encodePssParams(rec.pss)) : derSeq(hex(kOid['rsa-pss']));
  if (rec.type === 'ec') return derSeq(hex(kOid.ec), curveParams(rec));
  return derSeq(hex(kOid[rec.type]));
}
function spkiDer(rec) {
  const key = rec.type === 'rsa' || rec.type === 'rsa-pss' ? pkcs1Public(rec) : rec.q;
  return derSeq(algorithmId(rec), derBits(key));
}
const curveParams = (rec) => hex((rec.explicit ? kExplicitCurves : kCurveOids)[rec.curve]);
const sec1Der = (rec, withCurve) => derSeq(derUint(Buffer.from([1])), derOctets(rec.d),
  ...(withCurve ? [tlv(0xa0, curveParams(rec))] : []), tlv(0xa1, derBits(rec.q)));
function pkcs8Der(rec) {
  let key;
  if (rec.type === 'rsa' || rec.type === 'rsa-pss') key = pkcs1Private(rec);
  else if (rec.type === 'ec') key = sec1Der(rec, false);
  else key = derOctets(rec.d);
  return derSeq(derUint(Buffer.alloc(1)), algorithmId(rec), derOctets(key));
}
function exportJwk(rec, priv) {
  const b64 = (b) => b.toString('base64url');
  if (rec.type === 'rsa') {
    const jwk = { kty: 'RSA', n: b64(rec.n), e: b64(rec.e) };
    if (priv) for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) jwk[k] = b64(rec[k]);
    return jwk;
  }
  if (rec.type === 'ec') {
    const size = kFieldSize[rec.curve];
    const jwk = { kty: 'EC', x: b64(rec.q.subarray(1, 1 + size)), y: b64(rec.q.subarray(1 + size)), crv: kJwkCurves[rec.curve] };
    if (priv) jwk.d = b64(rec.d);
    return jwk;
  }
  if (rec.type === 'ed25519' || rec.type === 'x25519') {
    const jwk = { crv: rec.type === 'ed25519' ? 'Ed25519' : 'X25519' };
    if (priv) jwk.d = b64(rec.d);
    return Object.assign(jwk, { x: b64(rec.q), kty: 'OKP' });
  }
  throw cxx(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
}
// node's parseKeyEncoding for an output encoding of a `keyType` key.
function parseOutputEncoding(enc, keyType, isPublic, objName) {
  const opt = (name) => (objName === undefined ? `options.${name}` : `options.${objName}.${name}`);
  const { format, type } = enc;
  // generateKeyPair's encodings may also be JWK (KeyObject#export checks that itself).
  if (format === 'jwk' && objName !== undefined) return { format };
  if (format !== 'pem' && format !== 'der') throw new (E().ERR_INVALID_ARG_VALUE)(opt('format'), format);
  if (type === 'pkcs1') {
    if (keyType !== 'rsa') throw incompatibleKeyOptions('pkcs1', 'can only be used for RSA keys');
  } else if (type === 'sec1' && !isPublic) {
    if (keyType !== 'ec') throw incompatibleKeyOptions('sec1', 'can only be used for EC keys');
  } else if (!(type === 'spki' && isPublic) && !(type === 'pkcs8' && !isPublic)) {
    throw new (E().ERR_INVALID_ARG_VALUE)(opt('type'), type);
  }
  let { cipher, passphrase } = enc;
  if (!isPublic) {
    if (cipher != null) {
      if (typeof cipher !== 'string') throw new (E().ERR_INVALID_ARG_VALUE)(opt('cipher'), cipher);
      if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) throw incompatibleKeyOptions(type, 'does not support encryption');
      if (typeof passphrase !== 'string' && !isBytes(passphrase)) throw new (E().ERR_INVALID_ARG_VALUE)(opt('passphrase'), passphrase);
      passphrase = bytesOf(passphrase, 'key.passphrase', enc.encoding);
    } else if (passphrase !== undefined) {
      throw new (E().ERR_INVALID_ARG_VALUE)(opt('cipher'), cipher);
    }
  }
  return { format, type, cipher: cipher == null ? undefined : cipher, passphrase };
}
function exportRecord(rec, priv, { format, type, cipher, passphrase }) {
  if (format === 'jwk') return exportJwk(rec, priv);
  if (!priv) {
    const der = type === 'pkcs1' ? pkcs1Public(rec) : spkiDer(rec);
    if (format === 'der') return der;
    return pem(type === 'pkcs1' ? 'RSA PUBLIC KEY' : 'PUBLIC KEY', der);
  }
  if (type === 'pkcs8') {
    if (cipher !== undefined) {
      const der = pkcs8Encrypt(pkcs8Der(rec), cipher, passphrase);
      return format === 'der' ? der : pem('ENCRYPTED PRIVATE KEY', der);
    }
    return format === 'der' ? pkcs8Der(rec) : pem('PRIVATE KEY', pkcs8Der(rec));
  }
  const der = type === 'pkcs1' ? pkcs1Private(rec) : sec1Der(rec, true);
  if (format === 'der') return der;
  const label = type === 'pkcs1' ? 'RSA PRIVATE KEY' : 'EC PRIVATE KEY';
  return cipher === undefined ? pem(label, der) : legacyPemEncrypt(label, der, cipher, passphrase);
}

// ---- KeyObjects ----

const rsaDetails = (rec) => {
  const details = { modulusLength: rec.n.length * 8 - Math.clz32(rec.n[0]) + 24, publicExponent: bigIntOf(rec.e) };
  return rec.pss ? Object.assign(details, rec.pss) : details;
};
// Cached on first use, as node's (inspect shows them then).
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() { return this[kAsymmetricKeyType] || (this[kAsymmetricKeyType] = this[kAsym].type); }
  get asymmetricKeyDetails() {
    const type = this.asymmetricKeyType, rec = this[kAsym];
    if (type !== 'rsa' && type !== 'rsa-pss' && type !== 'ec') return {};
    return this[kAsymmetricKeyDetails] || (this[kAsymmetricKeyDetails] = type === 'ec' ? { namedCurve: rec.curve } : rsaDetails(rec));
  }
  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_TYPE)('otherKeyObject', 'KeyObject', otherKeyObject);
    if (otherKeyObject.type !== this.type) return false;
    const encode = this.type === 'private' ? pkcs8Der : spkiDer;
    return encode(this[kAsym]).equals(encode(otherKeyObject[kAsym]));
  }
  [kClone]() {
    return { data: { type: this.type, rec: this[kAsym] }, deserializeInfo: this.type === 'private' ? PrivateKeyObject : PublicKeyObject };
  }
  [kDeserialize]({ type, rec }) {
    const copy = copyRecord(rec);
    this[kKeyType] = type;
    keyHandles.add(copy);
    Object.defineProperty(this, kKeyBytes, { value: copy });
    initAsymmetric(this, copy);
  }
}
// A structured clone's key record with Buffers again.
function copyRecord(rec) {
  const copy = {};
  for (const k of Object.keys(rec)) copy[k] = ArrayBuffer.isView(rec[k]) ? Buffer.from(rec[k]) : rec[k];
  return copy;
}
function initAsymmetric(key, rec) {
  Object.defineProperty(key, kAsym, { value: rec });
}
// The handle of a key record (an Ed25519 key's bytes from webcrypto's KeyObject.from).
function recordHandle(rec, priv) {
  if (rec instanceof Uint8Array) rec = priv ? okpRecord('ed25519', undefined, rec) : okpRecord('ed25519', rec);
  else if (!priv && isPrivateRecord(rec)) rec = publicPart(rec);
  keyHandles.add(rec);
  return rec;
}
class PublicKeyObject extends AsymmetricKeyObject {
  constructor(rec) {
    const handle = recordHandle(rec, false);
    super('public', handle);
    initAsymmetric(this, handle);
  }
  export(options) {
    if (options && options.format === 'jwk') return exportJwk(this[kAsym], false);
    validateObject(options, 'options');
    return exportRecord(this[kAsym], false, parseOutputEncoding(options, this.asymmetricKeyType, true));
  }
}
class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(rec) {
    const handle = recordHandle(rec, true);
    super('private', handle);
    initAsymmetric(this, handle);
  }
  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) throw incompatibleKeyOptions('jwk', 'does not support encryption');
      return exportJwk(this[kAsym], true);
    }
    validateObject(options, 'options');
    return exportRecord(this[kAsym], true, parseOutputEncoding(options, this.asymmetricKeyType, false));
  }
}
function publicPart(rec) {
  const { type, n, e, pss, curve, q } = rec;
  if (type === 'rsa' || type === 'rsa-pss') return pss ? { type, n, e, pss } : { type, n, e };
  if (curve) return rec.explicit ? { type, curve, q, explicit: true } : { type, curve, q };
  return { type, q };
}

// ---- key input ----

const kKeyInputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const isStringOrBuffer = (v) => typeof v === 'string' || isBytes(v);
// A JWK's key record (node's getKeyObjectHandleFromJwk): the private key unless `isPublic`.
function jwkRecord(jwk, isPublic) {
  validateObject(jwk, 'key.key');
  validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const invalidJwk = () => cxx(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
  const field = (name) => {
    validateString(jwk[name], `key.${name}`);
    return Buffer.from(jwk[name], 'base64');
  };
  if (jwk.kty === 'OKP') {
    validateString(jwk.crv, 'key.crv');
    validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(jwk.x, 'key.x');
    const bytes = field(isPublic ? 'x' : 'd');
    if (jwk.crv === 'Ed448' || jwk.crv === 'X448') throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`${jwk.crv} keys`);
    if (bytes.length !== 32) throw invalidJwk();
    const type = jwk.crv.toLowerCase();
    return isPublic ? okpRecord(type, bytes) : okpRecord(type, undefined, bytes);
  }
  if (jwk.kty === 'EC') {
    validateString(jwk.crv, 'key.crv');
    validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    const x = field('x'), y = field('y');
    const d = isPublic ? undefined : field('d');
    const curve = curveName(jwk.crv);
    if (!curve) throw curveUnavailable(jwk.crv);
    const size = kFieldSize[curve];
    const invalidEcKey = () => cxx(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK EC key');
    if (x.length !== size || y.length !== size) throw invalidEcKey();
    const q = native.ecPoint(curve, Buffer.concat([Buffer.from([4]), x, y]), false);
    if (!q) throw invalidEcKey();
    return d ? ecPrivateRecord(curve, d) : { type: 'ec', curve, q };
  }
  const names = isPublic ? ['n', 'e'] : ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];
  const rec = { type: 'rsa' };
  for (const k of names) rec[k] = field(k);
  for (const k of names) rec[k] = stripZeros(rec[k]);
  return rec;
}
// node's prepareAsymmetricKey: checks the input as node's JS does and returns a function that
// parses it as its C++ does (after the caller's other checks), giving the key record.
// `ctx`: 'consumePublic' | 'consumePrivate' | 'createPublic' | 'createPrivate'.
function prepareKeyInput(key, ctx) {
  const wantPrivate = ctx === 'consumePrivate' || ctx === 'createPrivate';
  const fromKeyObject = (k) => {
    if (ctx === 'createPrivate') throw new (E().ERR_INVALID_ARG_TYPE)('key', kKeyInputTypes, k);
    if (k.type !== 'private') {
      if (ctx === 'consumePrivate' || ctx === 'createPublic') throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(k.type, 'private');
      if (k.type !== 'public') throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(k.type, 'private or public');
    }
    const rec = k[kAsym];
    return () => rec;
  };
  const keyObjectOf = (k) => (k instanceof CryptoKey ? KeyObject.from(k) : k);
  if (key instanceof KeyObject || key instanceof CryptoKey) return fromKeyObject(keyObjectOf(key));
  if (isStringOrBuffer(key)) return () => pemRecord(pemText(key), wantPrivate);
  if (key === null || typeof key !== 'object') {
    throw new (E().ERR_INVALID_ARG_TYPE)('key', ctx === 'createPrivate' ? kKeyInputTypes : [...kKeyInputTypes, 'KeyObject', 'CryptoKey'], key);
  }
  const { key: data, encoding, format } = key;
  if (data instanceof KeyObject || data instanceof CryptoKey) return fromKeyObject(keyObjectOf(data));
  if (format === 'jwk') {
    const rec = jwkRecord(data, !wantPrivate);
    return () => rec;
  }
  if (!isStringOrBuffer(data)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('key.key', ctx === 'createPrivate' ? kKeyInputTypes : [...kKeyInputTypes, 'KeyObject', 'CryptoKey'], data);
  }
  if (format !== undefined && format !== 'pem' && format !== 'der') throw new (E().ERR_INVALID_ARG_VALUE)('options.format', format);
  const { type } = key;
  const isDer = format === 'der';
  if (type !== undefined || isDer) {
    const ok = type === 'pkcs1' || (type === 'spki' && !wantPrivate) || type === 'pkcs8' || type === 'sec1';
    if (!ok) throw new (E().ERR_INVALID_ARG_VALUE)('options.type', type);
  }
  let { passphrase } = key;
  if (passphrase !== undefined) {
    if (!isStringOrBuffer(passphrase)) throw new (E().ERR_INVALID_ARG_VALUE)('options.passphrase', passphrase);
    passphrase = bytesOf(passphrase, 'key.passphrase', encoding);
  }
  const bytes = bytesOf(data, 'key', encoding);
  return isDer ? () => derKeyRecord(Buffer.from(bytes), type, passphrase) : () => pemRecord(pemText(bytes), wantPrivate, passphrase);
}
function derKeyRecord(der, type, passphrase) {
  // PKCS#1 and SEC1 DER hold a private key when their first integer is a version.
  const privateDer = type === 'pkcs8' || type === 'sec1' || (type === 'pkcs1' && derTop(der).length >= 9);
  if (type === 'pkcs8' && derElement(der).end === der.length && derTop(der)[0].tag === 0x30) {
    // EncryptedPrivateKeyInfo: node asks for the passphrase itself for DER.
    if (passphrase === undefined) throw cxx(TypeError, 'ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key');
    return derRecord(pkcs8Decrypt(der, passphrase), 'pkcs8', true);
  }
  return derRecord(der, type, privateDer);
}
const prepareAsymmetricKey = (key, ctx) => prepareKeyInput(key, ctx)();
const pemText = (key) => (typeof key === 'string' ? key : Buffer.from(u8(key)).toString('latin1'));
function createPrivateKey(key) {
  const rec = prepareAsymmetricKey(key, 'createPrivate');
  if (!isPrivateRecord(rec)) throw decoderUnsupported();
  return new PrivateKeyObject(rec);
}
function createPublicKey(key) {
  return new PublicKeyObject(prepareAsymmetricKey(key, 'createPublic'));
}
// A key for an operation: a function giving its record, checked to be private when that is
// needed (parsed when called, after the operation's own argument checks).
function consumeKey(key, wantPrivate) {
  const parse = prepareKeyInput(key, wantPrivate ? 'consumePrivate' : 'consumePublic');
  return () => {
    const rec = parse();
    if (wantPrivate && !isPrivateRecord(rec)) throw decoderUnsupported();
    return rec;
  };
}

// ---- key pair generation ----

const kKeyTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
function pssGenParams(options) {
  const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
  if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
  if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
  if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
  const deprecatedOption = (name) => process.emitWarning(`"options.${name}" is deprecated, use "options.${name}Algorithm" instead.`, 'DeprecationWarning', 'DEP0154');
  if (hash !== undefined) {
    deprecatedOption('hash');
    validateString(hash, 'options.hash');
    if (hashAlgorithm && hash !== hashAlgorithm) throw new (E().ERR_INVALID_ARG_VALUE)('options.hash', hash);
  }
  if (mgf1Hash !== undefined) {
    deprecatedOption('mgf1Hash');
    validateString(mgf1Hash, 'options.mgf1Hash');
    if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) throw new (E().ERR_INVALID_ARG_VALUE)('options.mgf1Hash', mgf1Hash);
  }
  const md = hashAlgorithm || hash, mgf = mgf1HashAlgorithm || mgf1Hash;
  if (md === undefined && mgf === undefined && saltLength === undefined) return undefined;
  const check = (name) => {
    const canonical = digestName(name);
    if (!canonical || !kDigestOids[canonical]) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid MGF1 digest: ${name}`);
    return canonical;
  };
  const hashAlg = md === undefined ? 'sha1' : digestName(md);
  if (!hashAlg || !kDigestOids[hashAlg]) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${md}`);
  const mgfAlg = mgf === undefined ? hashAlg : check(mgf);
  return { hashAlgorithm: hashAlg, mgf1HashAlgorithm: mgfAlg, saltLength: saltLength === undefined ? digestSize(hashAlg) : saltLength };
}
// The key-type-specific part of generateKeyPair: a function making the key record.
function keyPairJob(type, options) {
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      const pss = type === 'rsa-pss' ? pssGenParams(options) : undefined;
      return () => {
        // node's key generation jobs report OpenSSL's message alone.
        if (modulusLength < 512) throw new Error('error:1C8000AB:Provider routines::key size too small');
        const r = native.rsaGenerate(modulusLength, hex(hexOf(publicExponent)));
        if (!r) throw new Error('error:020000B2:rsa routines::pub exponent out of range');
        const [n, e, d, p, q, dp, dq, qi] = r.map(stripZeros);
        const rec = { type, n, e, d, p, q, dp, dq, qi };
        if (pss) rec.pss = pss;
        return rec;
      };
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new (E().ERR_INVALID_ARG_VALUE)('options.paramEncoding', paramEncoding);
      }
      const curve = curveName(namedCurve);
      return () => {
        if (!curve) throw kOtherCurveNames.includes(namedCurve) ? curveUnavailable(namedCurve) : cxx(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
        const [d, q] = native.ecGenerate(curve);
        return paramEncoding === 'explicit' ? { type: 'ec', curve, d, q, explicit: true } : { type: 'ec', curve, d, q };
      };
    }
    case 'ed25519':
    case 'x25519':
      if (options !== undefined) validateObject(options, 'options');
      return () => okpRecord(type, undefined, randomBytes(32));
    default:
      throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`generateKeyPair('${type}') (rjs has rsa, rsa-pss, ec, ed25519 and x25519 keys)`);
  }
}
const kOtherCurveNames = ['secp521r1', 'P-521', 'secp224r1', 'P-224', 'prime192v1', 'P-192'];
function generateKeyPairJob(type, options) {
  validateString(type, 'type');
  if (!kKeyTypes.includes(type)) throw new (E().ERR_INVALID_ARG_VALUE)('type', type, 'must be a supported key type');
  if (options !== undefined) validateObject(options, 'options');
  const make = keyPairJob(type, options);
  const { publicKeyEncoding, privateKeyEncoding } = options || {};
  let pubEnc, privEnc;
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') throw new (E().ERR_INVALID_ARG_VALUE)('options.publicKeyEncoding', publicKeyEncoding);
    pubEnc = parseOutputEncoding(publicKeyEncoding, type, true, 'publicKeyEncoding');
  }
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') throw new (E().ERR_INVALID_ARG_VALUE)('options.privateKeyEncoding', privateKeyEncoding);
    privEnc = parseOutputEncoding(privateKeyEncoding, type, false, 'privateKeyEncoding');
  }
  return () => {
    const rec = make();
    return {
      publicKey: pubEnc ? exportRecord(publicPart(rec), false, pubEnc) : new PublicKeyObject(publicPart(rec)),
      privateKey: privEnc ? exportRecord(rec, true, privEnc) : new PrivateKeyObject(rec),
    };
  };
}
function generateKeyPairSync(type, options) {
  return generateKeyPairJob(type, options)();
}
function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  const run = generateKeyPairJob(type, options);
  validateFunction(callback, 'callback');
  deferred(run, (err, pair) => (err ? callback(err) : callback(null, pair.publicKey, pair.privateKey)), () => true);
}
Object.defineProperty(generateKeyPair, require('internal/validators').kCustomPromisifyArgs, { value: ['publicKey', 'privateKey'], enumerable: false });

// ---- digests and RSA paddings ----

// OpenSSL's digest names (as node/crypto/hash.rs knows them) → a canonical one (kDigestOids'
// keys, or a digest without a DigestInfo OID such as 'shake256'), or undefined.
const kDigestAliases = { 'sha-1': 'sha1', 'ssl3-sha1': 'sha1', 'sha1-2': 'sha1', 'ssl3-md5': 'md5', ripemd: 'ripemd160', rmd160: 'ripemd160', 'ripemd-160': 'ripemd160', 'shake-128': 'shake128', 'shake-256': 'shake256' };
function digestName(name) {
  const lower = `${name}`.toLowerCase();
  if (isLegacyDigest(lower) || !native.hash(lower)) return undefined;
  const n = lower.replace(/^rsa-/, '').replace(/^id-rsassa-pkcs1-v1_5-with-/, '').replace(/withrsa(encryption)?$/, '')
    .replace(/^sha-?2?-(\d)/, 'sha$1').replace(/^sha(\d+)\/(\d+)$/, 'sha$1-$2');
  return kDigestAliases[n] || n;
}
function digestOf(name, ...parts) {
  const h = native.hash(name);
  for (const p of parts) native.update(h, p);
  return native.digest(h);
}
const digestSize = (name) => digestOf(name).length;
function mgf1(seed, length, hashName) {
  const out = [];
  let len = 0;
  for (let counter = 0; len < length; counter++) {
    const block = digestOf(hashName, seed, int32Bytes(counter));
    out.push(block);
    len += block.length;
  }
  return Buffer.concat(out).subarray(0, length);
}
const xorInto = (a, b) => { for (let i = 0; i < a.length; i++) a[i] ^= b[i]; return a; };
const modBits = (rec) => rec.n.length * 8 - Math.clz32(rec.n[0]) + 24;
const rsaPublicOp = (rec, x) => native.rsaPublic(x, rec.n, rec.e);
function rsaPrivateOp(rec, x) {
  const out = native.rsaPrivate(x, rec.n, rec.e, rec.d, rec.p, rec.q, rec.dp, rec.dq, rec.qi);
  if (!out) throw rsaError('02000084', 'data too large for modulus');
  return out;
}
const rsaError = (id, reason) => osslError(id, 'rsa routines', reason, `ERR_OSSL_RSA_${reason.toUpperCase().replace(/ /g, '_')}`);
function pssEncode(mHash, hashName, mgfName, saltLength, emBits) {
  const hLen = mHash.length, emLen = Math.ceil(emBits / 8);
  if (saltLength === -1) saltLength = hLen;
  else if (saltLength <= -2) saltLength = emLen - hLen - 2;
  if (emLen < hLen + saltLength + 2) throw rsaError('0200006E', 'data too large for key size');
  const salt = randomBytes(saltLength);
  const h = digestOf(hashName, Buffer.alloc(8), mHash, salt);
  const db = Buffer.concat([Buffer.alloc(emLen - saltLength - hLen - 2), Buffer.from([1]), salt]);
  xorInto(db, mgf1(h, db.length, mgfName));
  db[0] &= 0xff >> (8 * emLen - emBits);
  return Buffer.concat([db, h, Buffer.from([0xbc])]);
}
function pssVerify(mHash, em, hashName, mgfName, saltLength, emBits) {
  const hLen = mHash.length, emLen = Math.ceil(emBits / 8);
  if (em.length > emLen) { if (em[0] !== 0) return false; em = em.subarray(1); }
  if (em.length !== emLen || em[emLen - 1] !== 0xbc || emLen < hLen + 2) return false;
  const db = Buffer.from(em.subarray(0, emLen - hLen - 1));
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  if (db[0] & ~(0xff >> (8 * emLen - emBits))) return false;
  xorInto(db, mgf1(h, db.length, mgfName));
  db[0] &= 0xff >> (8 * emLen - emBits);
  let i = 0;
  while (i < db.length && db[i] === 0) i++;
  if (db[i] !== 1) return false;
  const salt = db.subarray(i + 1);
  if (saltLength === -1 ? salt.length !== hLen : saltLength >= 0 && salt.length !== saltLength) return false;
  return digestOf(hashName, Buffer.alloc(8), mHash, salt).equals(h);
}
// PKCS#1 v1.5's DigestInfo (md5-sha1, TLS 1.0's, signs the bare digests).
function digestInfo(name, h) {
  if (name === 'md5-sha1') return h;
  if (!kDigestOids[name]) throw providerError('1C8000AE', 'digest not allowed');
  return derSeq(digestAlgId(name), derOctets(h));
}
function pkcs1Type1(payload, k) {
  if (payload.length > k - 11) throw rsaError('0200006E', 'data too large for key size');
  return Buffer.concat([Buffer.from([0, 1]), Buffer.alloc(k - payload.length - 3, 0xff), Buffer.from([0]), payload]);
}
// The payload of a type-1 (signature) or type-2 (encryption) PKCS#1 v1.5 block, or undefined.
function pkcs1Unpad(em, blockType) {
  if (em[0] !== 0 || em[1] !== blockType) return undefined;
  let i = 2;
  while (i < em.length && em[i] !== 0) {
    if (blockType === 1 && em[i] !== 0xff) return undefined;
    i++;
  }
  if (i >= em.length || i < 10) return undefined;
  return em.subarray(i + 1);
}
const rsaKeyBytes = (rec) => Math.ceil(modBits(rec) / 8);

// ---- signatures ----

const kPssPadding = 6, kPkcs1Padding = 1;
// node's getPadding/getSaltLength/getDSASignatureEncoding (reading a nullish key throws as there).
function sigOptions(options) {
  const intOption = (name) => {
    const value = options[name];
    if (value !== undefined && value !== value >> 0) throw new (E().ERR_INVALID_ARG_VALUE)(`options.${name}`, value);
    return value;
  };
  const padding = intOption('padding');
  const saltLength = intOption('saltLength');
  let dsaEncoding = 'der';
  if (typeof options === 'object' && options.dsaEncoding !== undefined) {
    dsaEncoding = options.dsaEncoding;
    if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') throw new (E().ERR_INVALID_ARG_VALUE)('options.dsaEncoding', dsaEncoding);
  }
  return { padding, saltLength, dsaEncoding };
}
// An RSA key's PSS parameters for a signature with `md`: [mgf1 digest, salt length] or
// undefined for PKCS#1 v1.5.
function rsaScheme(rec, md, { padding, saltLength }) {
  if (rec.type === 'rsa-pss') {
    if (padding !== undefined && padding !== kPssPadding) throw illegalPadding();
    const pss = rec.pss;
    if (pss && saltLength !== undefined && saltLength >= 0 && saltLength < pss.saltLength) throw providerError('1C8000AC', 'pss saltlen too small');
    if (pss && pss.hashAlgorithm !== md) throw providerError('1C8000AE', 'digest not allowed');
    return [pss ? pss.mgf1HashAlgorithm : md, saltLength !== undefined ? saltLength : pss ? pss.saltLength : -2];
  }
  if (padding === undefined || padding === kPkcs1Padding) return undefined;
  if (padding !== kPssPadding) throw illegalPadding();
  return [md, saltLength !== undefined ? saltLength : -2];
}
// A one-shot signature's digest: the named one, or the key type's default (none for Ed25519).
function digestForKey(rec, algorithm) {
  const md = algorithm == null ? undefined : digestName(algorithm);
  if (algorithm != null && !md) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
  if (isOkp(rec)) {
    if (md) throw osslError('1C80007A', 'Provider routines', 'invalid digest', 'ERR_OSSL_INVALID_DIGEST');
    return undefined;
  }
  return md || (rec.pss ? rec.pss.hashAlgorithm : 'sha256');
}
// ECDSA r‖s ↔ DER.
function rsToDer(rs) {
  const half = rs.length / 2;
  return derSeq(derUint(rs.subarray(0, half)), derUint(rs.subarray(half)));
}
function derToRs(sig, size) {
  try {
    const e = derElement(sig);
    if (e.end !== sig.length) return undefined;
    const [r, s, extra] = derItems(e);
    if (extra) return undefined;
    const fit = (x) => { const b = derUintOf(x); return b.length > size ? undefined : Buffer.concat([Buffer.alloc(size - b.length), b]); };
    const rb = fit(r), sb = fit(s);
    return rb && sb ? Buffer.concat([rb, sb]) : undefined;
  } catch {
    return undefined;
  }
}
const unsupportedOperation = () => cxx(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
// A digest's signature with a private key record (`mHash` is the digest of the data).
function signDigest(rec, md, mHash, opts) {
  if (rec.type === 'ec') {
    const rs = native.ecSign(rec.curve, rec.d, mHash);
    return opts.dsaEncoding === 'ieee-p1363' ? rs : rsToDer(rs);
  }
  if (rec.type !== 'rsa' && rec.type !== 'rsa-pss') throw unsupportedOperation();
  const scheme = rsaScheme(rec, md, opts);
  const k = rsaKeyBytes(rec);
  const info = scheme ? undefined : digestInfo(md, mHash);
  if (info && info.length > k - 11) throw rsaError('02000070', 'digest too big for rsa key');
  const em = scheme ? pssEncode(mHash, md, scheme[0], scheme[1], modBits(rec) - 1) : pkcs1Type1(info, k);
  return rsaPrivateOp(rec, Buffer.concat([Buffer.alloc(k - em.length), em]));
}
function verifyDigest(rec, md, mHash, sig, opts) {
  if (rec.type === 'ec') {
    const size = kFieldSize[rec.curve];
    const rs = opts.dsaEncoding === 'ieee-p1363' ? (sig.length === 2 * size ? sig : undefined) : derToRs(sig, size);
    return rs !== undefined && native.ecVerify(rec.curve, rec.q, mHash, rs);
  }
  if (rec.type !== 'rsa' && rec.type !== 'rsa-pss') throw unsupportedOperation();
  const scheme = rsaScheme(rec, md, opts);
  const k = rsaKeyBytes(rec);
  if (sig.length !== k) return false;
  const em = rsaPublicOp(rec, sig);
  if (!em) return false;
  if (scheme) return pssVerify(mHash, em, md, scheme[0], scheme[1] === -2 ? -3 : scheme[1], modBits(rec) - 1);
  const payload = pkcs1Unpad(em, 1);
  return payload !== undefined && payload.equals(digestInfo(md, mHash));
}
const isOkp = (rec) => rec.type === 'ed25519' || rec.type === 'x25519';
function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = bytesOf(data, 'data');
  if (!key) throw new (C('ERR_CRYPTO_SIGN_KEY_REQUIRED'))();
  const opts = sigOptions(key);
  const rec = consumeKey(key, true)();
  const run = () => {
    const md = digestForKey(rec, algorithm);
    if (rec.type === 'x25519') throw notForKeyType();
    if (rec.type === 'ed25519') return native.ed25519Sign(Buffer.concat([rec.d, rec.q]), data);
    return signDigest(rec, md, digestOf(md, data), opts);
  };
  if (callback === undefined) return run();
  deferred(run, callback, () => true);
}
function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = bytesOf(data, 'data');
  const opts = sigOptions(key);
  if (!ArrayBuffer.isView(signature)) throw new (E().ERR_INVALID_ARG_TYPE)('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  signature = u8(signature);
  const rec = consumeKey(key, false)();
  const run = () => {
    const md = digestForKey(rec, algorithm);
    if (isOkp(rec)) return rec.type === 'ed25519' && native.ed25519Verify(rec.q, data, signature);
    return verifyDigest(rec, md, digestOf(md, data), Buffer.from(signature), opts);
  };
  if (callback === undefined) return run();
  deferred(run, callback, () => true);
}

// ---- Sign / Verify ----

// Streaming signatures: the data is digested as it comes, then signed as crypto.sign's.
let Writable;
function sigInit(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  const md = digestName(algorithm);
  const h = !md || isLegacyDigest(algorithm) ? undefined : native.hash(md);
  if (!h) throw cxx(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  if (!Writable) {
    Writable = require('stream').Writable;
    Object.setPrototypeOf(Sign.prototype, Writable.prototype);
    Object.setPrototypeOf(Verify.prototype, Writable.prototype);
  }
  self[kHandle] = named(h, self instanceof Sign ? SignHandle : VerifyHandle);
  Object.defineProperty(self, kState, { value: { md }, writable: true });
  Writable.call(self, options);
}
function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  sigInit(this, algorithm, options);
}
function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  sigInit(this, algorithm, options);
}
Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};
Sign.prototype.update = function update(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  native.update(this[kHandle], bytesOf(data, 'data', encoding));
  return this;
};
// The data's digest; a Sign/Verify is spent after it.
function sigDigest(self) {
  if (self[kState].done) throw cxx(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation sign');
  self[kState].done = true;
  return native.digest(self[kHandle]);
}
Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new (C('ERR_CRYPTO_SIGN_KEY_REQUIRED'))();
  const parseKey = consumeKey(options, true);
  const opts = sigOptions(options);
  const rec = parseKey();
  if (isOkp(rec)) throw unsupportedOperation();
  const sig = signDigest(rec, this[kState].md, sigDigest(this), opts);
  return encodeOutput(sig, encoding);
};
Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;
Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const parseKey = consumeKey(options, false);
  const opts = sigOptions(options);
  signature = bytesOf(signature, 'signature', sigEncoding);
  const rec = parseKey();
  if (isOkp(rec)) throw unsupportedOperation();
  return verifyDigest(rec, this[kState].md, sigDigest(this), Buffer.from(signature), opts);
};

// ---- RSA encryption ----

const kOaepPadding = 4, kNoPadding = 3;
function rsaCipherOptions(key, defaultPadding) {
  let padding = defaultPadding, oaepHash = 'sha1', oaepLabel;
  if (key !== null && typeof key === 'object' && !isBytes(key) && !(key instanceof KeyObject) && !(key instanceof CryptoKey)) {
    if (key.padding !== undefined) padding = key.padding;
    if (key.oaepHash !== undefined) {
      validateString(key.oaepHash, 'key.oaepHash');
      oaepHash = key.oaepHash;
    }
    if (key.oaepLabel !== undefined) oaepLabel = bytesOf(key.oaepLabel, 'key.oaepLabel', key.encoding);
  }
  return { padding, oaepHash, oaepLabel };
}
function oaepEncode(msg, k, md, label) {
  const lHash = digestOf(md, label || Buffer.alloc(0));
  const hLen = lHash.length;
  if (msg.length > k - 2 * hLen - 2) throw rsaError('0200006E', 'data too large for key size');
  const db = Buffer.concat([lHash, Buffer.alloc(k - msg.length - 2 * hLen - 2), Buffer.from([1]), msg]);
  const seed = randomBytes(hLen);
  xorInto(db, mgf1(seed, db.length, md));
  xorInto(seed, mgf1(db, hLen, md));
  return Buffer.concat([Buffer.alloc(1), seed, db]);
}
function oaepDecode(em, md, label) {
  const lHash = digestOf(md, label || Buffer.alloc(0));
  const hLen = lHash.length;
  const fail = () => rsaError('02000079', 'oaep decoding error');
  if (em.length < 2 * hLen + 2) throw fail();
  const seed = Buffer.from(em.subarray(1, 1 + hLen));
  const db = Buffer.from(em.subarray(1 + hLen));
  xorInto(seed, mgf1(db, hLen, md));
  xorInto(db, mgf1(seed, db.length, md));
  let i = hLen;
  while (i < db.length && db[i] === 0) i++;
  if (em[0] !== 0 || !db.subarray(0, hLen).equals(lHash) || db[i] !== 1) throw fail();
  return db.subarray(i + 1);
}
const providerError = (id, reason) => osslError(id, 'Provider routines', reason, `ERR_OSSL_${reason.toUpperCase().replace(/ /g, '_')}`);
const illegalPadding = () => providerError('1C8000A5', 'illegal or unsupported padding mode');
const notForKeyType = () => osslError('03000096', 'digital envelope routines', 'operation not supported for this keytype', 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE');
// The encoded block of an RSA encryption (`usePrivate`: privateEncrypt's signature-style block).
function rsaEncode(buffer, k, usePrivate, { padding, md, oaepLabel }) {
  if (padding === kNoPadding) {
    if (buffer.length > k) throw rsaError('0200006E', 'data too large for key size');
    if (buffer.length < k) throw rsaError('0200007A', 'data too small for key size');
    return buffer;
  }
  if (padding === kOaepPadding) {
    if (usePrivate) throw illegalPadding();
    return oaepEncode(buffer, k, md, oaepLabel);
  }
  if (padding !== kPkcs1Padding) throw rsaError('02000076', 'unknown padding type');
  if (usePrivate) return pkcs1Type1(buffer, k);
  if (buffer.length > k - 11) throw rsaError('0200006E', 'data too large for key size');
  const ps = randomBytes(k - buffer.length - 3);
  for (let i = 0; i < ps.length; i++) while (ps[i] === 0) ps[i] = randomBytes(1)[0];
  return Buffer.concat([Buffer.from([0, 2]), ps, Buffer.from([0]), buffer]);
}
// The message in a decrypted block (`usePrivate`: privateDecrypt).
function rsaDecode(em, usePrivate, { padding, md, oaepLabel }) {
  if (padding === kNoPadding) return em;
  if (padding === kOaepPadding) {
    if (!usePrivate) throw illegalPadding();
    return Buffer.from(oaepDecode(em, md, oaepLabel));
  }
  if (padding !== kPkcs1Padding) throw rsaError('02000076', 'unknown padding type');
  const payload = pkcs1Unpad(em, 1);
  if (!payload) throw rsaError('0200008A', 'invalid padding');
  return Buffer.from(payload);
}
// node's publicEncrypt & co.: `usePrivate` says which half of the key does the work.
function rsaCipher(usePrivate, encrypt, defaultPadding) {
  return function (key, buffer) {
    const parseKey = consumeKey(key, usePrivate);
    const opts = rsaCipherOptions(key, defaultPadding);
    buffer = Buffer.from(bytesOf(buffer, 'buffer', key && key.encoding));
    // Marvin (CVE-2023-46809): node 20 refuses PKCS#1 v1.5 decryption.
    if (usePrivate && !encrypt && opts.padding === kPkcs1Padding) {
      throw cxx(TypeError, 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809');
    }
    const rec = parseKey();
    if (rec.type === 'rsa-pss') throw providerError('1C8000B2', 'operation not supported for this keytype');
    if (rec.type !== 'rsa') throw notForKeyType();
    opts.md = digestName(opts.oaepHash);
    if (opts.padding === kOaepPadding && !opts.md) throw cxx(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
    const k = rsaKeyBytes(rec);
    const op = usePrivate ? rsaPrivateOp : rsaPublicOp;
    if (encrypt) {
      const out = op(rec, rsaEncode(buffer, k, usePrivate, opts));
      if (!out) throw rsaError('02000084', 'data too large for modulus');
      return out;
    }
    if (buffer.length > k) throw rsaError('0200006C', 'data greater than mod len');
    const em = op(rec, Buffer.concat([Buffer.alloc(k - buffer.length), buffer]));
    if (!em) throw rsaError('02000084', 'data too large for modulus');
    return rsaDecode(em, usePrivate, opts);
  };
}
const publicEncrypt = rsaCipher(false, true, kOaepPadding);
const privateDecrypt = rsaCipher(true, false, kOaepPadding);
const privateEncrypt = rsaCipher(true, true, kPkcs1Padding);
const publicDecrypt = rsaCipher(false, false, kPkcs1Padding);

// ---- FIPS, engines, secure heap ----

// rjs has no FIPS provider: FIPS mode is off and cannot be turned on (node's setFips throws
// when FIPS mode is not available).
function getFips() { return 0; }
function setFips(val) {
  if (val) throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)('FIPS mode');
}
// No OpenSSL engines are built in, so every engine id is unknown.
function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags) validateNumber(flags, 'flags');
  throw new (C('ERR_CRYPTO_ENGINE_UNKNOWN'))(id);
}
function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

// ---- secret key generation ----

function generateKeyJob(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
  } else if (type === 'aes') {
    validateOneOf(length, 'options.length', [128, 192, 256]);
  } else {
    throw new (E().ERR_INVALID_ARG_VALUE)('type', type, 'must be a supported key type');
  }
  return () => new SecretKeyObject(randomBytes(Math.floor(length / 8)));
}
function generateKeySync(type, options) {
  return generateKeyJob(type, options)();
}
function generateKey(type, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateFunction(callback, 'callback');
  deferred(generateKeyJob(type, options), callback);
}

// ---- primes ----

const kPrimeBytesTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];
function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0) throw new (E().ERR_OUT_OF_RANGE)(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}
function primeBytes(value, name) {
  if (typeof value === 'bigint') return unsignedBigIntToBuffer(value, name);
  if (!isBytes(value)) throw new (E().ERR_INVALID_ARG_TYPE)(name, kPrimeBytesTypes, value);
  return u8(value);
}
const bigIntOf = (bytes) => BigInt(`0x${Buffer.from(u8(bytes)).toString('hex') || '0'}`);
const kPrimeErrors = [, ['01800076', 'bits too small'], ['01800067', 'div by zero']];
function primeJob(size, options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = primeBytes(add, 'options.add');
  if (rem !== undefined) rem = primeBytes(rem, 'options.rem');
  if (add !== undefined) {
    // node checks these before the search: no prime of the size could satisfy them.
    const a = bigIntOf(add);
    if (a.toString(2).length > size && a > 0n) throw cxx(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.add');
    if (rem !== undefined && a <= bigIntOf(rem)) throw cxx(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.rem');
  }
  return () => {
    const r = native.generatePrime(size, safe, add, rem);
    if (typeof r === 'number') {
      const [id, reason] = kPrimeErrors[r];
      throw new Error(`error:${id}:bignum routines::${reason}`);
    }
    return bigint ? bigIntOf(r) : r;
  };
}
function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  return primeJob(size, options)();
}
function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') { callback = options; options = {}; }
  validateFunction(callback, 'callback');
  const run = primeJob(size, options);
  deferred(run, (err, prime) => (err ? callback(err) : callback(undefined, prime)), () => true);
}
function primeCheck(candidate, options) {
  candidate = primeBytes(candidate, 'candidate');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  // OpenSSL's BIGNUM limit (INT_MAX / (4 * BN_BITS2) 64-bit words).
  let start = 0;
  while (start < candidate.length && candidate[start] === 0) start++;
  if (Math.ceil((candidate.length - start) / 8) > Math.floor((2 ** 31 - 1) / 256)) {
    return () => { throw osslError('01800072', 'bignum routines', 'bignum too long', 'ERR_OSSL_BN_BIGNUM_TOO_LONG'); };
  }
  return () => native.checkPrime(candidate.subarray(start), checks);
}
function checkPrimeSync(candidate, options = {}) {
  const run = primeCheck(candidate, options);
  return run();
}
function checkPrime(candidate, options = {}, callback) {
  if (typeof candidate === 'bigint') candidate = unsignedBigIntToBuffer(candidate, 'candidate');
  if (!isBytes(candidate)) throw new (E().ERR_INVALID_ARG_TYPE)('candidate', kPrimeBytesTypes, candidate);
  if (typeof options === 'function') { callback = options; options = {}; }
  validateFunction(callback, 'callback');
  const run = primeCheck(candidate, options);
  deferred(run, (err, ok) => (err ? callback(err) : callback(undefined, ok)), () => true);
}

// ---- Diffie-Hellman ----

const kDh = Symbol('kDh');
// Native-handle stand-ins, so inspect shows node's `[Symbol(kHandle)]: DiffieHellman {...}`.
const dhHandleClasses = { DiffieHellman: class DiffieHellman {}, DiffieHellmanGroup: class DiffieHellmanGroup {} };
const stripZeros = (b) => {
  let i = 0;
  while (i < b.length && b[i] === 0) i++;
  return Buffer.from(b.subarray(i));
};
const kDhErrors = [, ['0280007E', 'modulus too small'], ['02800067', 'modulus too large'], ['02800065', 'bad generator']];
function dhError(n, stack) {
  if (n === 4) return cxx(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
  if (n === 5) return cxx(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
  if (n === 6) return cxx(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type');
  const [id, reason] = kDhErrors[n];
  return osslError(id, 'Diffie-Hellman routines', reason, `ERR_OSSL_DH_${reason.toUpperCase().replace(/ /g, '_')}`, stack);
}
function dhHandle(kind, p, g) {
  const h = Object.create(dhHandleClasses[kind].prototype);
  const verifyError = native.dhCheck(p, g);
  Object.defineProperty(h, kDh, { value: { p: stripZeros(p), g: stripZeros(g), priv: null, pub: null } });
  Object.defineProperty(h, 'verifyError', { get: () => verifyError, enumerable: true, configurable: true });
  return h;
}
const dhEncode = (buf, encoding) => (encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf);
const int32Bytes = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
// node's DiffieHellman::New: a generated safe prime, or a given prime, and a generator.
function newDhHandle(sizeOrKey, generator) {
  if (typeof sizeOrKey === 'number') {
    if (typeof generator !== 'number') throw new Error('Initialization failed');
    const p = native.dhGeneratePrime(sizeOrKey, generator);
    // OpenSSL queues its parameter-generation failure under a bad generator.
    if (typeof p === 'number') throw dhError(p, p === 3 ? ['error:02880003:Diffie-Hellman routines::BN lib'] : undefined);
    return dhHandle('DiffieHellman', p, int32Bytes(generator));
  }
  const p = u8(sizeOrKey);
  if (p.length === 0) throw osslError('01800076', 'bignum routines', 'bits too small', 'ERR_OSSL_BN_BITS_TOO_SMALL');
  let g;
  if (typeof generator === 'number') {
    if (generator < 2) throw dhError(3);
    g = int32Bytes(generator);
  } else {
    g = stripZeros(u8(generator));
    if (g.length === 0 || (g.length === 1 && g[0] === 1)) throw dhError(3);
  }
  return dhHandle('DiffieHellman', p, g);
}
const toBuf = (v, encoding) => (typeof v === 'string' ? Buffer.from(v, !encoding || encoding === 'buffer' ? 'utf8' : encoding) : v);
const kDhArgTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isBytes(sizeOrKey)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('sizeOrKey', kDhArgTypes, sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = 2;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isBytes(generator)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('generator', kDhArgTypes, generator);
  }
  this[kHandle] = newDhHandle(sizeOrKey, generator);
  Object.defineProperty(this, 'verifyError', { enumerable: true, value: this[kHandle].verifyError, writable: false });
}
function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  const p = native.dhGroup(name);
  if (p === undefined) throw cxx(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = dhHandle('DiffieHellmanGroup', p, Buffer.from([2]));
  Object.defineProperty(this, 'verifyError', { enumerable: true, value: this[kHandle].verifyError, writable: false });
}
const dhState = (self) => self[kHandle][kDh];
const noKey = (which) => cxx(Error, 'ERR_CRYPTO_INVALID_STATE', `No ${which} key - did you forget to generate one?`);
const dhMethods = {
  generateKeys(encoding) {
    const s = dhState(this);
    const r = native.dhGenerateKeys(s.p, s.g, s.priv === null ? undefined : s.priv);
    if (typeof r === 'number') throw dhError(r);
    [s.priv, s.pub] = r.map(stripZeros);
    return dhEncode(Buffer.from(s.pub), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    key = bytesOf(key, 'key', inEnc);
    const s = dhState(this);
    const r = native.dhComputeSecret(s.p, s.priv === null ? undefined : s.priv, key);
    if (typeof r === 'number') throw dhError(r);
    return dhEncode(r, outEnc);
  },
  getPrime(encoding) { return dhEncode(Buffer.from(dhState(this).p), encoding); },
  getGenerator(encoding) { return dhEncode(Buffer.from(dhState(this).g), encoding); },
  getPublicKey(encoding) {
    const { pub } = dhState(this);
    if (pub === null) throw noKey('public');
    return dhEncode(Buffer.from(pub), encoding);
  },
  getPrivateKey(encoding) {
    const { priv } = dhState(this);
    if (priv === null) throw noKey('private');
    return dhEncode(Buffer.from(priv), encoding);
  },
};
for (const K of [DiffieHellman, DiffieHellmanGroup]) {
  for (const name of Object.keys(dhMethods)) {
    Object.defineProperty(K.prototype, name, { value: dhMethods[name], writable: true, configurable: true, enumerable: true });
  }
}
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  dhState(this).pub = stripZeros(bytesOf(key, 'key', encoding));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  dhState(this).priv = stripZeros(bytesOf(key, 'key', encoding));
  return this;
};

// crypto.diffieHellman(): EC keys on one curve, or X25519 keys.
function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_VALUE)('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_VALUE)('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new (C('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'))(publicKey.type, 'private or public');
  }
  const priv = privateKey[kAsym], pub = publicKey[kAsym];
  if (priv.type !== pub.type || !['ec', 'x25519'].includes(priv.type)) {
    throw new (C('ERR_CRYPTO_INCOMPATIBLE_KEY'))('key types for Diffie-Hellman', `${priv.type} and ${pub.type}`);
  }
  const secret = priv.type === 'x25519' ? native.x25519(priv.d, pub.q) : priv.curve === pub.curve && native.ecdh(priv.curve, priv.d, pub.q);
  if (!secret) throw cxx(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to derive shared secret');
  return secret;
}

// ---- ECDH ----

// createECDH takes OpenSSL's curve names only (generateKeyPair also takes the NIST ones).
function ecdhCurve(curve) {
  validateString(curve, 'curve');
  const name = kFieldSize[curve] ? curve : undefined;
  if (!name) throw kOtherCurveNames.includes(curve) ? curveUnavailable(curve) : cxx(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  return name;
}
function ecdhFormat(format) {
  if (format && format !== 'compressed' && format !== 'hybrid' && format !== 'uncompressed') {
    throw cxx(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
  }
  return format || 'uncompressed';
}
// An uncompressed point in `format` (hybrid: uncompressed, tagged with y's parity).
function encodePoint(curve, q, format) {
  if (format === 'compressed') return native.ecPoint(curve, q, true);
  const out = Buffer.from(q);
  if (format === 'hybrid') out[0] = 6 | (q[q.length - 1] & 1);
  return out;
}
// A SEC1 point (any form) as uncompressed, or undefined if not on the curve.
function decodePoint(curve, bytes) {
  let b = Buffer.from(bytes);
  if (b[0] === 6 || b[0] === 7) {
    if ((b[b.length - 1] & 1) !== (b[0] & 1)) return undefined;
    b = Buffer.concat([Buffer.from([4]), b.subarray(1)]);
  }
  return native.ecPoint(curve, b, false);
}
function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  this[kHandle] = { curve: ecdhCurve(curve), d: null, q: null };
}
ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const h = this[kHandle];
  [h.d, h.q] = native.ecGenerate(h.curve);
  return this.getPublicKey(encoding, format);
};
ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = bytesOf(key, 'key', inEnc);
  const h = this[kHandle];
  if (!h.d) throw cxx(RangeError, 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  const q = decodePoint(h.curve, key);
  if (!q) throw cxx(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
  return dhEncode(native.ecdh(h.curve, h.d, q), outEnc);
};
ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = ecdhFormat(format);
  const h = this[kHandle];
  if (!h.q) throw cxx(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  return dhEncode(encodePoint(h.curve, h.q, f), encoding);
};
ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const h = this[kHandle];
  if (!h.d) throw cxx(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return dhEncode(stripZeros(h.d), encoding);
};
ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = stripZeros(bytesOf(key, 'key', encoding));
  const h = this[kHandle];
  const size = kFieldSize[h.curve];
  const d = key.length > size ? undefined : Buffer.concat([Buffer.alloc(size - key.length), key]);
  const q = d && native.ecPublic(h.curve, d);
  if (!q) throw cxx(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  h.d = d;
  h.q = q;
  return this;
};
ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  key = bytesOf(key, 'key', encoding);
  const q = decodePoint(this[kHandle].curve, key);
  if (!q) throw cxx(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Failed to convert Buffer to EC_POINT');
  this[kHandle].q = q;
  return this;
};
ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = bytesOf(key, 'key', inEnc);
  const f = ecdhFormat(format);
  const name = ecdhCurve(curve);
  const q = decodePoint(name, key);
  if (!q) throw cxx(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  return dhEncode(encodePoint(name, q, f), outEnc);
};

// ---- key derivation ----

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = bytesOf(password, 'password');
  salt = bytesOf(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return () => {
    const out = native.pbkdf2(password, salt, iterations, keylen, digest);
    if (out === undefined) throw isLegacyDigest(digest) ? unsupportedDigest() : invalidDigest(digest);
    if (out === false) throw new Error('Deriving bits failed');
    return out;
  };
}
function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return pbkdf2Check(password, salt, iterations, keylen, digest)();
}
function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') { callback = digest; digest = undefined; }
  const run = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  // An unknown digest throws at once; a legacy one fails in the job, as node's.
  deferred(run, callback, () => isLegacyDigest(digest));
}
// Runs `run` now (throwing synchronously as node's job constructors do for bad digests), and
// reports its result or error on a later turn.
function deferred(run, callback, errorsToCallback) {
  let out, err = null;
  try {
    out = run();
  } catch (e) {
    if (!errorsToCallback || !errorsToCallback(e)) throw e;
    err = e;
  }
  require('internal/loop').queueCompletion(() => (err ? callback(err) : callback(null, out)));
}

const kMaxLength = 2 ** 32;
function hkdfCheck(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  let key;
  if (ikm instanceof KeyObject) key = ikm[kKeyBytes];
  else if (typeof ikm === 'string' || isBytes(ikm)) key = typeof ikm === 'string' ? Buffer.from(ikm) : u8(ikm);
  else throw new (E().ERR_INVALID_ARG_TYPE)('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], ikm);
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) throw new (E().ERR_OUT_OF_RANGE)('info', 'must not contain more than 1024 bytes', info.byteLength);
  return () => {
    const out = native.hkdf(digest, key, salt, info, length);
    if (out === undefined) throw isLegacyDigest(digest) ? unsupportedDigest() : invalidDigest(digest);
    if (out === null) throw invalidKeylen();
    if (out === false) throw new Error('Deriving bits failed');
    return out;
  };
}
function hkdfSync(digest, ikm, salt, info, length) {
  return hkdfCheck(digest, ikm, salt, info, length)();
}
function hkdf(digest, ikm, salt, info, length, callback) {
  const run = hkdfCheck(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  // node's job constructor throws the coded errors (digest, length); a failing job's
  // codeless error goes to the callback.
  deferred(run, callback, (e) => e.code === undefined);
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };
function scryptCheck(password, salt, keylen, options) {
  password = bytesOf(password, 'password');
  salt = bytesOf(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const pair = (a, b, value) => {
      const hasA = options[a] !== undefined;
      if (hasA) { value = options[a]; validateUint32(value, a); }
      if (options[b] !== undefined) {
        if (hasA) throw new (C('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER'))();
        value = options[b];
        validateUint32(value, b);
      }
      return value;
    };
    N = pair('N', 'cost', N);
    r = pair('r', 'blockSize', r);
    p = pair('p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  // Parameters are checked before any work, as node's ScryptJob does.
  const out = native.scrypt(password, salt, N, r, p, maxmem, keylen);
  if (out === 1) throw cxx(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  if (out === 2) throw cxx(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  return out;
}
function scryptSync(password, salt, keylen, options = scryptDefaults) {
  return scryptCheck(password, salt, keylen, options);
}
function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) { callback = options; options = scryptDefaults; }
  const out = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  deferred(() => out, callback);
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

// node's assertOffset/assertSize: offset and size count elements of the view, and the
// checks and messages are in bytes.
function fillRange(buf, offset, size) {
  if (!isBytes(buf)) {
    throw new (E().ERR_INVALID_ARG_TYPE)('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const bytes = u8(buf);
  const length = bytes.length;
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxRandom);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new (E().ERR_OUT_OF_RANGE)('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  offset >>>= 0;
  if (size === undefined) {
    size = length - offset;
  } else {
    validateNumber(size, 'size');
    size *= elementSize;
    if (Number.isNaN(size) || size > kMaxRandom || size < 0) {
      throw new (E().ERR_OUT_OF_RANGE)('size', `>= 0 && <= ${kMaxRandom}`, size);
    }
    if (size + offset > length) throw new (E().ERR_OUT_OF_RANGE)('size + offset', `<= ${length}`, size + offset);
    size >>>= 0;
  }
  return bytes.subarray(offset, offset + size);
}
function randomFillSync(buf, offset = 0, size) {
  native.randomFill(fillRange(buf, offset, size));
  return buf;
}
function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') { callback = offset; offset = 0; size = undefined; }
  else if (typeof size === 'function') { callback = size; size = undefined; }
  validateFunction(callback, 'callback');
  randomFillSync(buf, offset === undefined ? 0 : offset, size);
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
  const randLimit = kRandMax - (kRandMax % range);
  // As node's: draw from a 6 KB cache, refilled at once when synchronous; a callback gets its
  // number on the next tick (with an undefined error) while the cache has data, else after an
  // asynchronous refill.
  const isSync = callback === undefined;
  if (!randomIntCache) randomIntCache = { buf: Buffer.alloc(6 * 1024), offset: 6 * 1024, filling: false, pending: [] };
  const cache = randomIntCache;
  while (isSync || cache.offset < cache.buf.length) {
    if (cache.offset === cache.buf.length) {
      randomFillSync(cache.buf);
      cache.offset = 0;
    }
    const x = cache.buf.readUIntBE(cache.offset, 6);
    cache.offset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  cache.pending.push({ min, max, callback });
  if (cache.filling) return;
  cache.filling = true;
  randomFill(cache.buf, (err) => {
    cache.filling = false;
    const errorReceiver = err && cache.pending.shift();
    if (!err) cache.offset = 0;
    for (const task of cache.pending.splice(0)) randomInt(task.min, task.max, task.callback);
    if (errorReceiver) errorReceiver.callback(err);
  });
}
const kRandMax = 2 ** 48 - 1;
let randomIntCache;

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.disableEntropyCache !== undefined) validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
  }
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
  if (data.byteLength > 65536) throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  native.randomFill(u8(data));
  return data;
}

function timingSafeEqual(a, b) {
  // node 20 checks these in C++: the message names no received value.
  if (!isBytes(a)) throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  if (!isBytes(b)) throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  const x = u8(a);
  const y = u8(b);
  if (x.byteLength !== y.byteLength) throw new (E().ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH)();
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

// ---- webcrypto ----

const kAlgorithm = Symbol('kAlgorithm');
// A CryptoKey's state; its getters check their receiver as node's.
function keyState(self) {
  if (self === null || typeof self !== 'object' || !Object.prototype.hasOwnProperty.call(self, kAlgorithm)) {
    throw new (E().ERR_INVALID_THIS)('CryptoKey');
  }
  return self[kState];
}
class CryptoKey {
  constructor() { throw new (E().ERR_ILLEGAL_CONSTRUCTOR)(); }
  get type() { return keyState(this).type; }
  get extractable() { return keyState(this).extractable; }
  get algorithm() { keyState(this); return this[kAlgorithm]; }
  get usages() { return keyState(this).usages; }
  get [Symbol.toStringTag]() { return 'CryptoKey'; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const { type, extractable, algorithm, usages } = this;
    return `CryptoKey ${inspect({ type, extractable, algorithm, usages }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
  // structuredClone: a copy with the key's current algorithm and usages, as node's.
  [kClone]() {
    const { extractable, usages, type } = keyState(this);
    const alg = this[kAlgorithm];
    const algorithm = { ...alg };
    if (alg.hash) algorithm.hash = { ...alg.hash };
    return { data: { bytes: this[kKeyBytes], rec: this[kAsym], algorithm, extractable, usages: [...usages], type }, deserializeInfo: CryptoKey };
  }
  [kDeserialize]({ bytes, rec, algorithm, extractable, usages, type }) {
    this[kKeyBytes] = Buffer.from(bytes);
    if (rec) this[kAsym] = copyRecord(rec);
    this[kAlgorithm] = algorithm;
    this[kState] = { extractable, usages, type };
  }
}
function newCryptoKey(bytes, algorithm, extractable, usages, type = 'secret') {
  const key = Object.create(CryptoKey.prototype);
  key[kKeyBytes] = Buffer.from(bytes);
  key[kAlgorithm] = algorithm;
  key[kState] = { extractable, usages, type };
  return key;
}

const dom = (message, name) => new (require('internal/web').DOMException)(message, name);
const opFailed = () => dom('The operation failed for an operation-specific reason', 'OperationError');
const kHashNames = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const kBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kAesNames = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'];
const kAesLengths = [128, 192, 256];

// WebIDL dictionaries of node's webcrypto: member -> [type, required], members in name order.
const kDictionaries = {
  HmacImportParams: { hash: ['hash', true], length: ['ulong', false] },
  HmacKeyGenParams: { hash: ['hash', true], length: ['ulong', false] },
  AesKeyGenParams: { length: ['ushort', true] },
  AesDerivedKeyParams: { length: ['ushort', true] },
  AesCbcParams: { iv: ['buffer', true] },
  AesCtrParams: { counter: ['buffer', true], length: ['octet', true] },
  AesGcmParams: { additionalData: ['buffer', false], iv: ['buffer', true], tagLength: ['octet', false] },
  Pbkdf2Params: { hash: ['hash', true], iterations: ['ulong', true], salt: ['buffer', true] },
  HkdfParams: { hash: ['hash', true], info: ['buffer', true], salt: ['buffer', true] },
  RsaHashedKeyGenParams: { hash: ['hash', true], modulusLength: ['ulong', true], publicExponent: ['bigint', true] },
  RsaHashedImportParams: { hash: ['hash', true] },
  EcKeyGenParams: { namedCurve: ['string', true] },
  EcKeyImportParams: { namedCurve: ['string', true] },
  RsaPssParams: { saltLength: ['ulong', true] },
  EcdsaParams: { hash: ['hash', true] },
  RsaOaepParams: { label: ['buffer', false] },
  EcdhKeyDeriveParams: { public: ['key', true] },
};
const kRangeMax = { ulong: 4294967295, ushort: 65535, octet: 255 };
const aesAlgs = (dict) => Object.fromEntries(kAesNames.map((n) => [n, dict]));
const kCipherAlgs = { 'AES-CTR': 'AesCtrParams', 'AES-CBC': 'AesCbcParams', 'AES-GCM': 'AesGcmParams' };
const kRsaAlgs = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const rsaAlgs = (dict) => Object.fromEntries(kRsaAlgs.map((n) => [n, dict]));
const ecAlgs = (dict) => ({ ECDSA: dict, ECDH: dict });
// The algorithms (and their parameter dictionaries) each operation takes, as node's.
const kSupportedAlgorithms = {
  digest: { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  generateKey: { ...aesAlgs('AesKeyGenParams'), HMAC: 'HmacKeyGenParams', Ed25519: null, ...rsaAlgs('RsaHashedKeyGenParams'), ...ecAlgs('EcKeyGenParams') },
  sign: { HMAC: null, Ed25519: null, 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', ECDSA: 'EcdsaParams' },
  verify: { HMAC: null, Ed25519: null, 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', ECDSA: 'EcdsaParams' },
  importKey: { ...aesAlgs(null), HMAC: 'HmacImportParams', PBKDF2: null, HKDF: null, Ed25519: null, ...rsaAlgs('RsaHashedImportParams'), ...ecAlgs('EcKeyImportParams') },
  deriveBits: { HKDF: 'HkdfParams', PBKDF2: 'Pbkdf2Params', ECDH: 'EcdhKeyDeriveParams' },
  encrypt: { ...kCipherAlgs, 'RSA-OAEP': 'RsaOaepParams' },
  decrypt: { ...kCipherAlgs, 'RSA-OAEP': 'RsaOaepParams' },
  'get key length': { ...aesAlgs('AesDerivedKeyParams'), HMAC: 'HmacImportParams', HKDF: null, PBKDF2: null },
  wrapKey: { 'AES-KW': null },
  unwrapKey: { 'AES-KW': null },
};
const kPrefix = 'Failed to normalize algorithm';
const missingMember = (dict, key) => cxx(TypeError, 'ERR_MISSING_OPTION', `${kPrefix}: passed algorithm can not be converted to '${dict}' because '${key}' is required in '${dict}'.`);
const bytesCopy = (v) => new Uint8Array(u8(v));

function convertMember(value, type, dict, member) {
  const context = `${kPrefix}: '${member}' of '${dict}' (passed algorithm)`;
  if (type === 'hash') return normalizeAlgorithm(value, 'digest');
  if (type === 'buffer') return bytesCopy(webidlBytes(value, context));
  if (type === 'string') return `${value}`;
  if (type === 'bigint') {
    if (!(value instanceof Uint8Array)) throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', `${context} is not an instance of Uint8Array.`);
    return new Uint8Array(value);
  }
  if (type === 'key') {
    if (!(value instanceof CryptoKey)) throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', `${context} is not of type 'CryptoKey'.`);
    return value;
  }
  // [EnforceRange] integers.
  const n = Number(value);
  if (!Number.isFinite(n)) throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', `${context} is not a finite number.`);
  const x = Math.trunc(n);
  if (x < 0 || x > kRangeMax[type]) throw cxx(TypeError, 'ERR_OUT_OF_RANGE', `${context} is outside the expected range of 0 to ${kRangeMax[type]}.`);
  return x;
}

// node's normalizeAlgorithm: the registered name's spelling and the dictionary's members only.
function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm !== 'object' || algorithm === null) algorithm = { name: `${algorithm}` };
  if (algorithm.name === undefined) throw missingMember('Algorithm', 'name');
  const upper = `${algorithm.name}`.toUpperCase();
  const registered = kSupportedAlgorithms[op];
  const name = Object.keys(registered).find((k) => k.toUpperCase() === upper);
  if (name === undefined) throw dom('Unrecognized algorithm name', 'NotSupportedError');
  const out = { name };
  const dictName = registered[name];
  if (!dictName) return out;
  const dict = kDictionaries[dictName];
  for (const member of Object.keys(dict)) {
    const [type, required] = dict[member];
    const value = algorithm[member];
    if (value === undefined) {
      if (required) throw missingMember(dictName, member);
    } else {
      out[member] = convertMember(value, type, dictName, member);
    }
  }
  return out;
}

// ---- SubtleCrypto argument conversions (WebIDL) ----

const kKeyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];
const kKeyUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];
const kSubtlePrefix = (method) => `Failed to execute '${method}' on 'SubtleCrypto'`;
function subtleArgs(self, method, length, required) {
  if (self !== subtle) throw new (E().ERR_INVALID_THIS)('SubtleCrypto');
  if (length < required) {
    throw cxx(TypeError, 'ERR_MISSING_ARGS', `${kSubtlePrefix(method)}: ${required} argument${required === 1 ? '' : 's'} required, but only ${length} present.`);
  }
}
// WebIDL's BufferSource conversion (no strings, nothing shared): its bytes, or a TypeError
// naming `context`.
const isShared = (b) => typeof SharedArrayBuffer !== 'undefined' && b instanceof SharedArrayBuffer;
function webidlBytes(value, context) {
  let problem;
  if (ArrayBuffer.isView(value)) {
    if (isShared(value.buffer)) problem = 'is a view on a SharedArrayBuffer, which is not allowed.';
  } else if (!(value instanceof ArrayBuffer)) {
    problem = 'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.';
  }
  if (problem) throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', `${context} ${problem}`);
  return u8(value);
}
const bufferSource = (value, method, position) => webidlBytes(value, `${kSubtlePrefix(method)}: ${position} argument`);
function cryptoKeyArg(value, method, position) {
  if (!(value instanceof CryptoKey)) throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', `${kSubtlePrefix(method)}: ${position} argument is not of type CryptoKey.`);
  return value;
}
const algorithmArg = (value) => (typeof value === 'object' && value !== null ? value : `${value}`);
function enumArg(value, values, type, method, context) {
  const s = `${value}`;
  if (!values.includes(s)) throw cxx(TypeError, 'ERR_INVALID_ARG_VALUE', `${kSubtlePrefix(method)}: ${context} value '${s}' is not a valid enum value of type ${type}.`);
  return s;
}
function usagesArg(value, method, position) {
  if (typeof value !== 'object' || value === null || typeof value[Symbol.iterator] !== 'function') {
    throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', `${kSubtlePrefix(method)}: ${position} argument can not be converted to sequence.`);
  }
  return [...value].map((u, i) => enumArg(u, kKeyUsages, 'KeyUsage', method, `${position} argument, index ${i}`));
}
function jwkArg(value, method) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', `${kSubtlePrefix(method)}: 2nd argument can not be converted to a dictionary`);
  }
  const jwk = {};
  for (const k of ['alg', 'crv', 'd', 'dp', 'dq', 'e', 'k', 'kty', 'n', 'p', 'q', 'qi', 'use', 'x', 'y']) if (value[k] !== undefined) jwk[k] = `${value[k]}`;
  if (value.ext !== undefined) jwk.ext = !!value.ext;
  if (value.key_ops !== undefined) jwk.key_ops = [...value.key_ops].map(String);
  return jwk;
}

// ---- key import, generation, export ----

const hasAnyNotIn = (usages, allowed) => usages.some((u) => !allowed.includes(u));
const aesUsages = (name) => (name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] : ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt']);
function validateKeyOps(keyOps, usages) {
  if (keyOps === undefined) return;
  if (new Set(keyOps).size !== keyOps.length) throw dom('Duplicate key operation', 'DataError');
  if (usages.some((u) => !keyOps.includes(u))) throw dom('Key operations and usage mismatch', 'DataError');
}
// A JWK's checks shared by HMAC and AES keys: its bytes, or a DataError.
function jwkSecretBytes(jwk, usages, extractable, use) {
  if (!jwk.kty) throw dom('Invalid keyData', 'DataError');
  if (jwk.kty !== 'oct') throw dom('Invalid JWK "kty" Parameter', 'DataError');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) throw dom('Invalid JWK "use" Parameter', 'DataError');
  validateKeyOps(jwk.key_ops, usages);
  if (jwk.ext === false && extractable === true) throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
  if (jwk.k === undefined) throw dom('Invalid keyData', 'DataError');
  return Buffer.from(jwk.k, 'base64url');
}
const hmacJwkAlg = (hash) => `HS${hash.slice(4)}`;
const aesJwkAlg = (name, length) => `A${length}${name.slice(4)}`;

function hmacImportKey(alg, format, keyData, extractable, usages) {
  if (hasAnyNotIn(usages, ['sign', 'verify'])) throw dom('Unsupported key usage for an HMAC key', 'SyntaxError');
  let bytes;
  if (format === 'raw') {
    bytes = keyData;
    if (bytes.length === 0) throw dom('Zero-length key is not supported', 'DataError');
  } else if (format === 'jwk') {
    bytes = jwkSecretBytes(keyData, usages, extractable, 'sig');
    if (keyData.alg !== undefined && keyData.alg !== hmacJwkAlg(alg.hash.name)) throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
  } else {
    throw dom(`Unable to import HMAC key with format ${format}`);
  }
  const length = bytes.length * 8;
  if (alg.length !== undefined && alg.length !== length) throw dom('Invalid key length', 'DataError');
  return newCryptoKey(bytes, { name: 'HMAC', hash: alg.hash, length }, extractable, usages);
}
function aesImportKey({ name }, format, keyData, extractable, usages) {
  if (hasAnyNotIn(usages, aesUsages(name))) throw dom('Unsupported key usage for an AES key', 'SyntaxError');
  const validLength = (bits) => {
    if (!kAesLengths.includes(bits)) throw dom('Invalid key length', 'DataError');
    return bits;
  };
  let bytes;
  if (format === 'raw') {
    bytes = keyData;
    validLength(bytes.length * 8);
  } else if (format === 'jwk') {
    bytes = jwkSecretBytes(keyData, usages, extractable, 'enc');
    const length = validLength(bytes.length * 8);
    if (keyData.alg !== undefined && keyData.alg !== aesJwkAlg(name, length)) throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
  } else {
    throw dom(`Unable to import AES key with format ${format}`, 'NotSupportedError');
  }
  return newCryptoKey(bytes, { name, length: bytes.length * 8 }, extractable, usages);
}
function genericImportKey({ name }, format, keyData, extractable, usages) {
  if (extractable) throw dom(`${name} keys are not extractable`, 'SyntaxError');
  if (hasAnyNotIn(usages, ['deriveKey', 'deriveBits'])) throw dom(`Unsupported key usage for a ${name} key`, 'SyntaxError');
  if (format !== 'raw') throw dom(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  return newCryptoKey(keyData, { name }, false, usages);
}
// ---- Ed25519 CryptoKeys: a private key holds its 32-byte seed, a public key its point ----

const edUsage = (usages, isPublic) => {
  if (hasAnyNotIn(usages, [isPublic ? 'verify' : 'sign'])) throw dom('Unsupported key usage for a Ed25519 key', 'SyntaxError');
};
const invalidKeyData = () => dom('Invalid keyData', 'DataError');
// The 32 key bytes after a DER prefix (node's only Ed25519 SPKI/PKCS#8 encodings).
function derKeyBytes(der, prefixHex) {
  const prefix = Buffer.from(prefixHex, 'hex');
  if (der.length !== prefix.length + 32 || !prefix.equals(der.subarray(0, prefix.length))) throw invalidKeyData();
  return der.subarray(prefix.length);
}
function edJwkBytes(jwk, extractable, usages) {
  if (!jwk.kty) throw invalidKeyData();
  if (jwk.kty !== 'OKP') throw dom('Invalid JWK "kty" Parameter', 'DataError');
  if (jwk.crv !== 'Ed25519') throw dom('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== 'sig') throw dom('Invalid JWK "use" Parameter', 'DataError');
  validateKeyOps(jwk.key_ops, usages);
  if (jwk.ext === false && extractable === true) throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
  if (jwk.alg !== undefined && jwk.alg !== 'EdDSA' && jwk.alg !== 'Ed25519') throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
  const isPublic = jwk.d === undefined;
  edUsage(usages, isPublic);
  const x = Buffer.from(jwk.x || '', 'base64url');
  if (x.length !== 32) throw invalidKeyData();
  if (isPublic) return [x, 'public'];
  const seed = Buffer.from(jwk.d, 'base64url');
  if (seed.length !== 32 || !native.ed25519Public(seed).equals(x)) throw invalidKeyData();
  return [seed, 'private'];
}
function edImportKey(alg, format, keyData, extractable, usages) {
  let bytes, type = format === 'pkcs8' ? 'private' : 'public';
  if (format === 'jwk') {
    [bytes, type] = edJwkBytes(keyData, extractable, usages);
  } else {
    edUsage(usages, type === 'public');
    if (format === 'raw') {
      if (keyData.length !== 32) throw dom('Ed25519 raw keys must be exactly 32-bytes', 'DataError');
      bytes = keyData;
    } else {
      bytes = derKeyBytes(keyData, type === 'public' ? kSpki : kPkcs8);
    }
  }
  return newCryptoKey(bytes, { name: 'Ed25519' }, extractable, usages, type);
}
function edGenerateKey(extractable, usages) {
  if (hasAnyNotIn(usages, ['sign', 'verify'])) throw dom('Unsupported key usage for an Ed25519 key', 'SyntaxError');
  const seed = randomBytes(32);
  const pick = (u) => (usages.includes(u) ? [u] : []);
  const publicKey = newCryptoKey(native.ed25519Public(seed), { name: 'Ed25519' }, true, pick('verify'), 'public');
  const privateKey = newCryptoKey(seed, { name: 'Ed25519' }, extractable, pick('sign'), 'private');
  if (privateKey.usages.length === 0) throw dom('Usages cannot be empty when creating a key.', 'SyntaxError');
  return { __proto__: null, publicKey, privateKey };
}
const edPublicBytes = (key) => (key.type === 'private' ? native.ed25519Public(key[kKeyBytes]) : key[kKeyBytes]);
function edExportKey(format, key) {
  const priv = key.type === 'private';
  if (format === 'jwk') {
    const jwk = { key_ops: key.usages, ext: key.extractable, crv: 'Ed25519' };
    if (priv) jwk.d = key[kKeyBytes].toString('base64url');
    return Object.assign(jwk, { x: edPublicBytes(key).toString('base64url'), kty: 'OKP', alg: 'Ed25519' });
  }
  if (format === 'pkcs8' ? priv : !priv) {
    const bytes = format === 'raw' ? key[kKeyBytes] : Buffer.concat([Buffer.from(priv ? kPkcs8 : kSpki, 'hex'), key[kKeyBytes]]);
    return arrayBuffer(bytes);
  }
  throw dom(`Unable to export a ${format === 'pkcs8' ? 'pkcs8' : 'raw'} Ed25519 ${key.type} key`, 'InvalidAccessError');
}

// ---- RSA and EC CryptoKeys: the KeyObject key records (all RSA keys are 'rsa' ones) ----

const kWebCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1' };
const kJwsHashes = { 'SHA-1': '1', 'SHA-256': '256', 'SHA-384': '384', 'SHA-512': '512' };
// An algorithm's usages for [public, private] keys.
function asymUsages(name) {
  if (name === 'RSA-OAEP') return [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']];
  if (name === 'ECDH') return [[], ['deriveKey', 'deriveBits']];
  return [['verify'], ['sign']];
}
const asymKeyName = (name) => (name.startsWith('EC') ? `an ${name}` : 'a RSA');
function asymUsageCheck(name, usages, type) {
  const [pub, priv] = asymUsages(name);
  const allowed = type === 'public' ? pub : type === 'private' ? priv : [...pub, ...priv];
  if (hasAnyNotIn(usages, allowed)) throw dom(`Unsupported key usage for ${asymKeyName(name)} key`, 'SyntaxError');
}
function asymAlgorithm(alg, rec) {
  if (alg.name.startsWith('EC')) return { name: alg.name, namedCurve: alg.namedCurve };
  return { name: alg.name, modulusLength: modBits(rec), publicExponent: new Uint8Array(rec.e), hash: { name: alg.hash.name } };
}
function newAsymKey(rec, alg, extractable, usages, type) {
  const key = newCryptoKey(Buffer.alloc(0), asymAlgorithm(alg, rec), extractable, usages, type);
  key[kAsym] = type === 'public' ? publicPart(rec) : rec;
  return key;
}
function asymGenerateKey(alg, extractable, usages) {
  const { name } = alg;
  let rec;
  if (name.startsWith('EC')) {
    asymUsageCheck(name, usages);
    const curve = kWebCurves[alg.namedCurve];
    if (!curve) throw dom('Unrecognized namedCurve', 'NotSupportedError');
    const [d, q] = native.ecGenerate(curve);
    rec = { type: 'ec', curve, d, q };
  } else {
    asymUsageCheck(name, usages);
    const e = stripZeros(Buffer.from(alg.publicExponent));
    if (e.length > 4) throw dom('The publicExponent must be equivalent to an unsigned 32-bit value', 'OperationError');
    const r = native.rsaGenerate(alg.modulusLength, e.length ? e : Buffer.alloc(1));
    if (!r || alg.modulusLength < 512) throw opFailed();
    const [n, ee, d, p, q, dp, dq, qi] = r.map(stripZeros);
    rec = { type: 'rsa', n, e: ee, d, p, q, dp, dq, qi };
  }
  const [pub, priv] = asymUsages(name);
  const publicKey = newAsymKey(rec, alg, true, usages.filter((u) => pub.includes(u)), 'public');
  const privateKey = newAsymKey(rec, alg, extractable, usages.filter((u) => priv.includes(u)), 'private');
  if (privateKey.usages.length === 0) throw dom('Usages cannot be empty when creating a key.', 'SyntaxError');
  return { __proto__: null, publicKey, privateKey };
}
// A JWK's key record after webcrypto's checks.
function asymJwkRecord(alg, jwk, extractable, usages) {
  const isEc = alg.name.startsWith('EC');
  if (!jwk.kty) throw invalidKeyData();
  if (jwk.kty !== (isEc ? 'EC' : 'RSA')) throw dom('Invalid JWK "kty" Parameter', 'DataError');
  const use = alg.name === 'RSA-OAEP' ? 'enc' : 'sig';
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use && alg.name !== 'ECDH') throw dom('Invalid JWK "use" Parameter', 'DataError');
  validateKeyOps(jwk.key_ops, usages);
  if (jwk.ext === false && extractable === true) throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
  if (isEc) {
    if (jwk.crv !== alg.namedCurve) throw dom('JWK "crv" does not match the requested algorithm', 'DataError');
  } else if (jwk.alg !== undefined && jwk.alg !== rsaJwkAlg(alg.name, alg.hash.name)) {
    throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
  }
  try {
    return jwkRecord(jwk, jwk.d === undefined);
  } catch {
    throw invalidKeyData();
  }
}
const rsaJwkAlg = (name, hash) => (name === 'RSA-OAEP' ? (hash === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${kJwsHashes[hash]}`) : `${name === 'RSA-PSS' ? 'PS' : 'RS'}${kJwsHashes[hash]}`);
function asymImportKey(alg, format, keyData, extractable, usages) {
  const isEc = alg.name.startsWith('EC');
  if (isEc && !kWebCurves[alg.namedCurve]) throw dom('Unrecognized namedCurve', 'NotSupportedError');
  let rec;
  if (format === 'jwk') {
    rec = asymJwkRecord(alg, keyData, extractable, usages);
  } else if (format === 'raw') {
    if (!isEc) throw dom(`Unable to import ${alg.name} key with format raw`, 'NotSupportedError');
    const q = native.ecPoint(kWebCurves[alg.namedCurve], Buffer.from(keyData), false);
    if (!q) throw invalidKeyData();
    rec = { type: 'ec', curve: kWebCurves[alg.namedCurve], q };
  } else {
    try {
      rec = format === 'spki' ? spkiRecord(Buffer.from(keyData)) : pkcs8Record(Buffer.from(keyData));
    } catch {
      throw invalidKeyData();
    }
  }
  if (rec.type !== (isEc ? 'ec' : 'rsa') || (isEc && rec.curve !== kWebCurves[alg.namedCurve])) throw invalidKeyData();
  const type = isPrivateRecord(rec) ? 'private' : 'public';
  asymUsageCheck(alg.name, usages, type);
  return newAsymKey(rec, alg, extractable, usages, type);
}
function asymExportKey(format, key) {
  const rec = key[kAsym];
  const priv = key.type === 'private';
  const { name, hash } = key[kAlgorithm];
  if (format === 'jwk') {
    const jwk = Object.assign({ key_ops: key.usages, ext: key.extractable }, exportJwk(rec, priv));
    if (hash) jwk.alg = rsaJwkAlg(name, hash.name);
    return jwk;
  }
  if (format === 'spki' && !priv) return arrayBuffer(spkiDer(rec));
  if (format === 'pkcs8' && priv) return arrayBuffer(pkcs8Der(rec));
  if (format === 'raw' && !priv && rec.type === 'ec') return arrayBuffer(rec.q);
  throw dom(`Unable to export a ${format === 'pkcs8' ? 'pkcs8' : 'raw'} ${name} ${key.type} key`, 'InvalidAccessError');
}
function asymSignVerify(op, alg, key, data, signature) {
  const rec = key[kAsym];
  const hash = kHashNames[(alg.hash || key[kAlgorithm].hash).name];
  const mHash = digestOf(hash, data);
  const opts = alg.name === 'ECDSA' ? { dsaEncoding: 'ieee-p1363' } : alg.name === 'RSA-PSS' ? { padding: kPssPadding, saltLength: alg.saltLength } : {};
  try {
    if (op === 'verify') return verifyDigest(rec, hash, mHash, Buffer.from(signature), opts);
    return arrayBuffer(signDigest(rec, hash, mHash, opts));
  } catch {
    throw opFailed();
  }
}
function rsaOaepCipher(encrypt, alg, key, data) {
  const opts = { key: new (encrypt ? PublicKeyObject : PrivateKeyObject)(key[kAsym]), oaepHash: kHashNames[key[kAlgorithm].hash.name], oaepLabel: alg.label };
  try {
    return arrayBuffer((encrypt ? publicEncrypt : privateDecrypt)(opts, data));
  } catch {
    throw opFailed();
  }
}
function ecdhDeriveBits(alg, key, length) {
  const peer = alg.public;
  if (peer.type !== 'public') throw dom('algorithm.public must be a public key', 'InvalidAccessError');
  if (peer[kAlgorithm].name !== 'ECDH') throw dom('The public and private keys must be of the same type', 'InvalidAccessError');
  if (peer[kAlgorithm].namedCurve !== key[kAlgorithm].namedCurve) throw dom('Named curve mismatch', 'InvalidAccessError');
  const rec = key[kAsym];
  const secret = native.ecdh(rec.curve, rec.d, peer[kAsym].q);
  if (!secret) throw opFailed();
  if (length === null) return arrayBuffer(secret);
  const bytes = Math.ceil(length / 8);
  if (bytes > secret.length) throw dom('derived bit length is too small', 'OperationError');
  return arrayBuffer(secret.subarray(0, bytes));
}

function importKeySync(format, keyData, algorithm, extractable, usages) {
  const alg = normalizeAlgorithm(algorithm, 'importKey');
  const { name } = alg;
  const importer = name === 'HMAC' ? hmacImportKey : name === 'Ed25519' ? edImportKey : name.startsWith('AES') ? aesImportKey
    : kRsaAlgs.includes(name) || name.startsWith('EC') ? asymImportKey : genericImportKey;
  const key = importer(alg, format, keyData, extractable, usages);
  if (key.type !== 'public' && usages.length === 0) throw dom(`Usages cannot be empty when importing a ${key.type} key.`, 'SyntaxError');
  return key;
}
function subtleGenerateKey(alg, extractable, usages) {
  const { name } = alg;
  if (name === 'Ed25519') return edGenerateKey(extractable, usages);
  if (kRsaAlgs.includes(name) || name.startsWith('EC')) return asymGenerateKey(alg, extractable, usages);
  let length = alg.length;
  if (name === 'HMAC') {
    if (length === undefined) length = kBlockBits[alg.hash.name];
    if (hasAnyNotIn(usages, ['sign', 'verify'])) throw dom('Unsupported key usage for an HMAC key', 'SyntaxError');
    if (length % 8 !== 0) throw new (E().ERR_INVALID_ARG_VALUE)('algorithm.length', length, 'must be a multiple of 8');
    if (length < 8 || length > 2 ** 31 - 1) throw opFailed();
  } else {
    if (!kAesLengths.includes(length)) throw dom('AES key length must be 128, 192, or 256 bits', 'OperationError');
    if (hasAnyNotIn(usages, aesUsages(name))) throw dom('Unsupported key usage for an AES key', 'SyntaxError');
  }
  const algorithm = name === 'HMAC' ? { name, length, hash: { name: alg.hash.name } } : { name, length };
  const key = newCryptoKey(randomBytes(length / 8), algorithm, extractable, [...new Set(usages)]);
  if (key.usages.length === 0) throw dom('Usages cannot be empty when creating a key.', 'SyntaxError');
  return key;
}
function exportKeySync(format, key) {
  if (!key.extractable) throw dom('key is not extractable', 'InvalidAccessException');
  const { name, length, hash } = key[kAlgorithm];
  if (name === 'Ed25519') return edExportKey(format, key);
  if (key[kAsym]) return asymExportKey(format, key);
  if (format === 'raw') return arrayBuffer(key[kKeyBytes]);
  if (format === 'jwk') {
    const alg = name === 'HMAC' ? hmacJwkAlg(hash.name) : aesJwkAlg(name, length);
    const jwk = { key_ops: key.usages, ext: key.extractable, kty: 'oct', k: key[kKeyBytes].toString('base64url') };
    if (name !== 'PBKDF2' && name !== 'HKDF') jwk.alg = alg;
    return jwk;
  }
  // As node's (whose spki message says raw).
  throw dom(`Unable to export a ${format === 'pkcs8' ? 'pkcs8' : 'raw'} ${name} ${key.type} key`, 'InvalidAccessError');
}

// ---- encryption, key wrapping, derivation ----

const arrayBuffer = (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
function aesCipher(alg, key, data, encrypt) {
  const bits = key[kAlgorithm].length;
  const K = encrypt ? Cipheriv : Decipheriv;
  let make, tag;
  if (alg.name === 'AES-GCM') {
    const tagLength = alg.tagLength === undefined ? 128 : alg.tagLength;
    if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) throw dom(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
    if (!encrypt) {
      if (data.length < tagLength / 8) throw dom('The provided data is too small.', 'OperationError');
      tag = data.subarray(data.length - tagLength / 8);
      data = data.subarray(0, data.length - tagLength / 8);
    }
    make = () => {
      const c = K(`aes-${bits}-gcm`, key[kKeyBytes], alg.iv, { authTagLength: tagLength / 8 });
      if (alg.additionalData !== undefined) c.setAAD(alg.additionalData);
      if (tag) c.setAuthTag(tag);
      return c;
    };
  } else if (alg.name === 'AES-CBC') {
    if (alg.iv.length !== 16) throw dom('algorithm.iv must contain exactly 16 bytes', 'OperationError');
    make = () => K(`aes-${bits}-cbc`, key[kKeyBytes], alg.iv);
  } else if (alg.name === 'AES-CTR') {
    if (alg.counter.length !== 16) throw dom('algorithm.counter must contain exactly 16 bytes', 'OperationError');
    if (!(alg.length > 0 && alg.length <= 128)) throw dom('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
    return arrayBuffer(webCtr(`aes-${bits}-ctr`, key[kKeyBytes], alg.counter, alg.length, data));
  } else {
    return arrayBuffer(aesKeyWrap(key[kKeyBytes], data, encrypt));
  }
  let out;
  try {
    const c = make();
    out = Buffer.concat([c.update(data), c.final()]);
    if (encrypt && alg.name === 'AES-GCM') out = Buffer.concat([out, c.getAuthTag()]);
  } catch {
    throw opFailed();
  }
  return arrayBuffer(out);
}
// WebCrypto's AES-CTR: only the counter block's rightmost `length` bits count, wrapping to zero
// (node splits the input there, as Chromium does); more blocks than counter values fail.
function webCtr(cipher, keyBytes, counter, length, data) {
  const bits = BigInt(length);
  const block = BigInt(`0x${Buffer.from(counter).toString('hex')}`);
  const values = 1n << bits;
  const blocks = BigInt(Math.ceil(data.length / 16));
  if (blocks > values) throw opFailed();
  const remaining = values - (block & (values - 1n));
  const run = (iv, part) => {
    const c = Cipheriv(cipher, keyBytes, iv);
    return Buffer.concat([c.update(part), c.final()]);
  };
  if (blocks <= remaining) return run(counter, data);
  const split = Number(remaining) * 16;
  const wrapped = Buffer.from((block & ~(values - 1n)).toString(16).padStart(32, '0'), 'hex');
  return Buffer.concat([run(counter, data.subarray(0, split)), run(wrapped, data.subarray(split))]);
}
// RFC 3394 AES key wrap (default IV) over AES-ECB blocks.
const kWrapIV = Buffer.from('a6a6a6a6a6a6a6a6', 'hex');
function aesKeyWrap(kek, data, wrap, iv = kWrapIV) {
  const n = data.length / 8 - (wrap ? 0 : 1);
  if (!Number.isInteger(n) || n < 2) throw opFailed();
  const [a, r] = keyWrapRounds(aesEcb(kek, wrap), wrap ? iv : data.subarray(0, 8), wrap ? data : data.subarray(8), wrap);
  if (wrap) return Buffer.concat([a, r]);
  if (!a.equals(iv)) throw opFailed();
  return r;
}
// Unpadded AES-ECB over one key: update() hands each 16-byte block back.
const aesEcb = (kek, encrypt) => (encrypt ? Cipheriv : Decipheriv)(`aes-${kek.length * 8}-ecb`, kek, null).setAutoPadding(false);
// RFC 3394's six rounds over the semiblocks `r` with the integrity value `a0`: [A, R].
function keyWrapRounds(ecb, a0, r0, wrap) {
  const a = Buffer.from(a0);
  const r = Buffer.from(r0);
  const n = r.length / 8;
  const xorT = (t) => { for (let i = 7, v = t; i >= 0 && v > 0; i--, v = Math.floor(v / 256)) a[i] ^= v & 0xff; };
  for (let step = 0; step < 6; step++) {
    const j = wrap ? step : 5 - step;
    for (let k = 0; k < n; k++) {
      const i = wrap ? k : n - 1 - k;
      const t = n * j + i + 1;
      const ri = r.subarray(i * 8, i * 8 + 8);
      if (!wrap) xorT(t);
      const b = ecb.update(Buffer.concat([a, ri]));
      b.copy(a, 0, 0, 8);
      b.copy(ri, 0, 8, 16);
      if (wrap) xorT(t);
    }
  }
  return [a, r];
}
// RFC 5649 key wrap with padding: a 4-byte IV and the data length make the integrity value.
function aesKeyWrapPad(kek, data, wrap, iv) {
  if (wrap) {
    if (data.length === 0) return Buffer.alloc(0);
    const aiv = Buffer.alloc(8);
    Buffer.from(iv).copy(aiv);
    aiv.writeUInt32BE(data.length, 4);
    const padded = Buffer.concat([data, Buffer.alloc((8 - (data.length % 8)) % 8)]);
    if (padded.length === 8) return aesEcb(kek, true).update(Buffer.concat([aiv, padded]));
    return aesKeyWrap(kek, padded, true, aiv);
  }
  if (data.length % 8 !== 0 || data.length < 16) throw opFailed();
  const ecb = aesEcb(kek, false);
  let a, p;
  if (data.length === 16) {
    const b = ecb.update(data);
    [a, p] = [b.subarray(0, 8), b.subarray(8)];
  } else {
    [a, p] = keyWrapRounds(ecb, data.subarray(0, 8), data.subarray(8), false);
  }
  const mli = a.readUInt32BE(4);
  if (!a.subarray(0, 4).equals(Buffer.from(iv)) || mli > p.length || mli <= p.length - 8 || p.subarray(mli).some((x) => x !== 0)) throw opFailed();
  return p.subarray(0, mli);
}
function cipherOrWrap(encrypt, alg, key, data, op) {
  if (alg.name !== key[kAlgorithm].name || !key.usages.includes(op)) throw dom('The requested operation is not valid for the provided key', 'InvalidAccessError');
  if (alg.name === 'RSA-OAEP') return rsaOaepCipher(encrypt, alg, key, data);
  return aesCipher(alg, key, data, encrypt);
}
function deriveBitsSync(alg, key, length, usage) {
  if (!key.usages.includes(usage)) throw dom(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  if (key[kAlgorithm].name !== alg.name) throw dom('Key algorithm mismatch', 'InvalidAccessError');
  if (length === null && alg.name !== 'ECDH') throw dom('length cannot be null', 'OperationError');
  if (alg.name === 'ECDH') return ecdhDeriveBits(alg, key, length);
  if (length % 8 !== 0) throw dom('length must be a multiple of 8', 'OperationError');
  const hash = kHashNames[alg.hash.name];
  if (alg.name === 'HKDF') {
    if (length === 0) return new ArrayBuffer(0);
    try {
      return hkdfSync(hash, key[kKeyBytes], alg.salt, alg.info, length / 8);
    } catch {
      throw opFailed();
    }
  }
  if (alg.iterations === 0) throw dom('iterations cannot be zero', 'OperationError');
  try {
    return arrayBuffer(pbkdf2Sync(key[kKeyBytes], alg.salt, alg.iterations, length / 8, hash));
  } catch {
    throw opFailed();
  }
}
// node's getKeyLength for deriveKey's target algorithm.
function derivedKeyLength(alg) {
  const { name, length } = normalizeAlgorithm(alg, 'get key length');
  if (kAesNames.includes(name)) {
    if (!kAesLengths.includes(length)) throw dom('Invalid key length', 'OperationError');
    return length;
  }
  if (name !== 'HMAC') return null;
  if (length === undefined) return kBlockBits[normalizeAlgorithm(alg.hash, 'digest').name];
  if (length !== 0) return length;
  throw dom('Invalid key length', 'OperationError');
}

class SubtleCrypto {
  constructor() { throw new (E().ERR_ILLEGAL_CONSTRUCTOR)(); }

  async encrypt(algorithm, key, data) {
    subtleArgs(this, 'encrypt', arguments.length, 3);
    return cipherArgs('encrypt', algorithm, key, data);
  }

  async decrypt(algorithm, key, data) {
    subtleArgs(this, 'decrypt', arguments.length, 3);
    return cipherArgs('decrypt', algorithm, key, data);
  }

  async sign(algorithm, key, data) {
    subtleArgs(this, 'sign', arguments.length, 3);
    return signVerify('sign', algorithm, key, data);
  }

  async verify(algorithm, key, signature, data) {
    subtleArgs(this, 'verify', arguments.length, 4);
    return signVerify('verify', algorithm, key, data, bufferSource(signature, 'verify', '3rd'));
  }

  async digest(algorithm, data) {
    subtleArgs(this, 'digest', arguments.length, 2);
    algorithm = algorithmArg(algorithm);
    data = bufferSource(data, 'digest', '2nd');
    const { name } = normalizeAlgorithm(algorithm, 'digest');
    return arrayBuffer(new Hash(kHashNames[name]).update(data).digest());
  }

  async generateKey(algorithm, extractable, keyUsages) {
    subtleArgs(this, 'generateKey', arguments.length, 3);
    algorithm = algorithmArg(algorithm);
    const usages = usagesArg(keyUsages, 'generateKey', '3rd');
    return subtleGenerateKey(normalizeAlgorithm(algorithm, 'generateKey'), !!extractable, usages);
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    subtleArgs(this, 'deriveKey', arguments.length, 5);
    algorithm = algorithmArg(algorithm);
    cryptoKeyArg(baseKey, 'deriveKey', '2nd');
    derivedKeyAlgorithm = algorithmArg(derivedKeyAlgorithm);
    const usages = usagesArg(keyUsages, 'deriveKey', '5th');
    const alg = normalizeAlgorithm(algorithm, 'deriveBits');
    normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    if (!baseKey.usages.includes('deriveKey')) throw dom('baseKey does not have deriveKey usage', 'InvalidAccessError');
    if (baseKey[kAlgorithm].name !== alg.name) throw dom('Key algorithm mismatch', 'InvalidAccessError');
    const bits = deriveBitsSync(alg, baseKey, derivedKeyLength(derivedKeyAlgorithm), 'deriveKey');
    return importKeySync('raw', new Uint8Array(bits), derivedKeyAlgorithm, !!extractable, usages);
  }

  async deriveBits(algorithm, baseKey, length = null) {
    subtleArgs(this, 'deriveBits', arguments.length, 2);
    algorithm = algorithmArg(algorithm);
    cryptoKeyArg(baseKey, 'deriveBits', '2nd');
    if (length !== null) length = Number(length) >>> 0;
    return deriveBitsSync(normalizeAlgorithm(algorithm, 'deriveBits'), baseKey, length, 'deriveBits');
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    subtleArgs(this, 'importKey', arguments.length, 4);
    format = enumArg(format, kKeyFormats, 'KeyFormat', 'importKey', '1st argument');
    keyData = format === 'jwk' ? jwkArg(keyData, 'importKey') : bytesCopy(bufferSource(keyData, 'importKey', '2nd'));
    return importKeySync(format, keyData, algorithmArg(algorithm), !!extractable, usagesArg(keyUsages, 'importKey', '5th'));
  }

  async exportKey(format, key) {
    subtleArgs(this, 'exportKey', arguments.length, 2);
    format = enumArg(format, kKeyFormats, 'KeyFormat', 'exportKey', '1st argument');
    return exportKeySync(format, cryptoKeyArg(key, 'exportKey', '2nd'));
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    subtleArgs(this, 'wrapKey', arguments.length, 4);
    format = enumArg(format, kKeyFormats, 'KeyFormat', 'wrapKey', '1st argument');
    cryptoKeyArg(key, 'wrapKey', '2nd');
    cryptoKeyArg(wrappingKey, 'wrapKey', '3rd');
    const alg = normalizeWrap(algorithmArg(wrapAlgorithm), 'wrapKey', 'encrypt');
    let keyData = exportKeySync(format, key);
    if (format === 'jwk') {
      const raw = JSON.stringify(keyData);
      keyData = Buffer.from(raw + ' '.repeat(8 - (raw.length % 8)));
    } else {
      keyData = new Uint8Array(keyData);
    }
    return cipherOrWrap(true, alg, wrappingKey, keyData, 'wrapKey');
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    subtleArgs(this, 'unwrapKey', arguments.length, 7);
    format = enumArg(format, kKeyFormats, 'KeyFormat', 'unwrapKey', '1st argument');
    wrappedKey = bufferSource(wrappedKey, 'unwrapKey', '2nd');
    cryptoKeyArg(unwrappingKey, 'unwrapKey', '3rd');
    const alg = normalizeWrap(algorithmArg(unwrapAlgorithm), 'unwrapKey', 'decrypt');
    unwrappedKeyAlgorithm = algorithmArg(unwrappedKeyAlgorithm);
    const usages = usagesArg(keyUsages, 'unwrapKey', '7th');
    let keyData = new Uint8Array(cipherOrWrap(false, alg, unwrappingKey, wrappedKey, 'unwrapKey'));
    if (format === 'jwk') {
      try {
        keyData = jwkArg(JSON.parse(Buffer.from(keyData).toString()), 'unwrapKey');
      } catch {
        throw dom('Invalid keyData', 'DataError');
      }
    }
    return importKeySync(format, keyData, unwrappedKeyAlgorithm, !!extractable, usages);
  }

  get [Symbol.toStringTag]() { return 'SubtleCrypto'; }
}
// wrapKey/unwrapKey take AES-KW, else an encryption algorithm (whose errors are reported).
function normalizeWrap(algorithm, op, fallback) {
  try {
    return normalizeAlgorithm(algorithm, op);
  } catch {
    return normalizeAlgorithm(algorithm, fallback);
  }
}
function signVerify(op, algorithm, key, data, signature) {
  algorithm = algorithmArg(algorithm);
  cryptoKeyArg(key, op, '2nd');
  data = bufferSource(data, op, signature ? '4th' : '3rd');
  const alg = normalizeAlgorithm(algorithm, op);
  if (!key.usages.includes(op) || alg.name !== key[kAlgorithm].name) throw dom(`Unable to use this key to ${op}`, 'InvalidAccessError');
  if (key[kAsym]) return asymSignVerify(op, alg, key, data, signature);
  if (alg.name === 'Ed25519') {
    if (op === 'verify') return native.ed25519Verify(key[kKeyBytes], data, signature);
    return arrayBuffer(native.ed25519Sign(Buffer.concat([key[kKeyBytes], edPublicBytes(key)]), data));
  }
  const mac = new Hmac(kHashNames[key[kAlgorithm].hash.name], key[kKeyBytes]).update(data).digest();
  if (op === 'sign') return arrayBuffer(mac);
  return signature.length === mac.length && timingSafeEqual(signature, mac);
}
function cipherArgs(op, algorithm, key, data) {
  algorithm = algorithmArg(algorithm);
  cryptoKeyArg(key, op, '2nd');
  data = bytesCopy(bufferSource(data, op, '3rd'));
  return cipherOrWrap(op === 'encrypt', normalizeAlgorithm(algorithm, op), key, data, op);
}
const subtle = Object.create(SubtleCrypto.prototype);
// Crypto's members check their receiver, as node's (a detached getRandomValues throws).
function checkCrypto(self) {
  if (self !== webcrypto) throw new (E().ERR_INVALID_THIS)('Crypto');
}
class Crypto {
  constructor() { throw new (E().ERR_ILLEGAL_CONSTRUCTOR)(); }
  get subtle() { checkCrypto(this); return subtle; }
  getRandomValues(data) {
    checkCrypto(this);
    if (arguments.length < 1) throw cxx(TypeError, 'ERR_MISSING_ARGS', "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    return getRandomValues(data);
  }
  randomUUID() { checkCrypto(this); return randomUUID(); }
  get [Symbol.toStringTag]() { return 'Crypto'; }
}
const webcrypto = Object.create(Crypto.prototype);

// DEP0106, once for createCipher and createDecipher together (util.deprecate keys on the code).
let warnedDep0106 = false;
function deprecated(name) {
  if (warnedDep0106 || process.noDeprecation) return;
  warnedDep0106 = true;
  process.emitWarning(`crypto.${name} is deprecated.`, 'DeprecationWarning', 'DEP0106');
}

function unsupported(name) {
  return function () {
    throw new (E().ERR_FEATURE_UNAVAILABLE_ON_PLATFORM)(`crypto.${name} (not built into rjs)`);
  };
}

// node 20's crypto.constants (OpenSSL 3.0 values): read-only on a null-prototype object;
// defaultCipherList is an accessor there (--tls-cipher-list sets it), a plain value here.
function cryptoConstants() {
  const values = {"OPENSSL_VERSION_NUMBER":805306672,"SSL_OP_ALL":2147485776,"SSL_OP_ALLOW_NO_DHE_KEX":1024,"SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION":262144,"SSL_OP_CIPHER_SERVER_PREFERENCE":4194304,"SSL_OP_CISCO_ANYCONNECT":32768,"SSL_OP_COOKIE_EXCHANGE":8192,"SSL_OP_CRYPTOPRO_TLSEXT_BUG":2147483648,"SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS":2048,"SSL_OP_LEGACY_SERVER_CONNECT":4,"SSL_OP_NO_COMPRESSION":131072,"SSL_OP_NO_ENCRYPT_THEN_MAC":524288,"SSL_OP_NO_QUERY_MTU":4096,"SSL_OP_NO_RENEGOTIATION":1073741824,"SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION":65536,"SSL_OP_NO_SSLv2":0,"SSL_OP_NO_SSLv3":33554432,"SSL_OP_NO_TICKET":16384,"SSL_OP_NO_TLSv1":67108864,"SSL_OP_NO_TLSv1_1":268435456,"SSL_OP_NO_TLSv1_2":134217728,"SSL_OP_NO_TLSv1_3":536870912,"SSL_OP_PRIORITIZE_CHACHA":2097152,"SSL_OP_TLS_ROLLBACK_BUG":8388608,"ENGINE_METHOD_RSA":1,"ENGINE_METHOD_DSA":2,"ENGINE_METHOD_DH":4,"ENGINE_METHOD_RAND":8,"ENGINE_METHOD_EC":2048,"ENGINE_METHOD_CIPHERS":64,"ENGINE_METHOD_DIGESTS":128,"ENGINE_METHOD_PKEY_METHS":512,"ENGINE_METHOD_PKEY_ASN1_METHS":1024,"ENGINE_METHOD_ALL":65535,"ENGINE_METHOD_NONE":0,"DH_CHECK_P_NOT_SAFE_PRIME":2,"DH_CHECK_P_NOT_PRIME":1,"DH_UNABLE_TO_CHECK_GENERATOR":4,"DH_NOT_SUITABLE_GENERATOR":8,"RSA_PKCS1_PADDING":1,"RSA_NO_PADDING":3,"RSA_PKCS1_OAEP_PADDING":4,"RSA_X931_PADDING":5,"RSA_PKCS1_PSS_PADDING":6,"RSA_PSS_SALTLEN_DIGEST":-1,"RSA_PSS_SALTLEN_MAX_SIGN":-2,"RSA_PSS_SALTLEN_AUTO":-2,"defaultCoreCipherList":"TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA","TLS1_VERSION":769,"TLS1_1_VERSION":770,"TLS1_2_VERSION":771,"TLS1_3_VERSION":772,"POINT_CONVERSION_COMPRESSED":2,"POINT_CONVERSION_UNCOMPRESSED":4,"POINT_CONVERSION_HYBRID":6};
  const out = Object.create(null);
  for (const k of Object.keys(values)) {
    Object.defineProperty(out, k, { value: values[k], enumerable: true, writable: false, configurable: false });
  }
  Object.defineProperty(out, 'defaultCipherList', { value: values.defaultCoreCipherList, enumerable: true, writable: true, configurable: true });
  return out;
}

// Classes for what rjs does not build in (SPKAC, X.509): present as node's,
// failing with a clean error when used.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
for (const m of ['verifySpkac', 'exportPublicKey', 'exportChallenge']) {
  Certificate[m] = unsupported(`Certificate.${m}`);
  Certificate.prototype[m] = unsupported(`Certificate.${m}`);
}
class X509Certificate {
  constructor(buffer) {
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
      throw new (E().ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    unsupported('X509Certificate')();
  }
}

const createDiffieHellmanGroup = function createDiffieHellmanGroup(name) { return new DiffieHellmanGroup(name); };
// node 20's export order (Object.keys(require('crypto'))).
module.exports = {
  checkPrime,
  checkPrimeSync,
  createCipheriv(cipher, key, iv, options) { return new Cipheriv(cipher, key, iv, options); },
  createDecipheriv(cipher, key, iv, options) { return new Decipheriv(cipher, key, iv, options); },
  createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) { return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding); },
  createDiffieHellmanGroup,
  createECDH(curve) { return new ECDH(curve); },
  createHash(algorithm, options) { return new Hash(algorithm, options); },
  createHmac(hmac, key, options) { return new Hmac(hmac, key, options); },
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign(algorithm, options) { return new Sign(algorithm, options); },
  createVerify(algorithm, options) { return new Verify(algorithm, options); },
  diffieHellman,
  generatePrime,
  generatePrimeSync,
  getCiphers() { return [...ciphers().keys()].sort(); },
  getCipherInfo,
  getCurves() { return Object.keys(kFieldSize).sort(); },
  getDiffieHellman: createDiffieHellmanGroup,
  getHashes() { return hashes.slice(); },
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: signOneShot,
  setEngine,
  timingSafeEqual,
  getFips,
  setFips,
  verify: verifyOneShot,
  hash,
  Certificate,
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  Hash,
  Hmac,
  KeyObject,
  Sign,
  Verify,
  X509Certificate,
  secureHeapUsed,
};
// The deprecated password-based ciphers (DEP0106) are read-only and not enumerable.
for (const [name, K] of [['createCipher', Cipher], ['createDecipher', Decipher]]) {
  // Named as node's util.deprecate wrapper.
  const fn = { deprecated(cipher, password, options) { deprecated(name); return new K(cipher, password, options); } }.deprecated;
  Object.defineProperty(module.exports, name, { value: fn, enumerable: false, writable: false, configurable: false });
}
// randomBytes' deprecated aliases: accessors until first read or assignment, as node's.
function randomBytesAlias(key) {
  return {
    enumerable: false,
    configurable: true,
    get() {
      Object.defineProperty(this, key, { enumerable: false, configurable: true, writable: true, value: randomBytes });
      return randomBytes;
    },
    set(value) {
      Object.defineProperty(this, key, { enumerable: true, configurable: true, writable: true, value });
    },
  };
}
let warnedDep0093 = false;
const fipsDeprecated = (fn, which) => function (...args) {
  if (!warnedDep0093 && !process.noDeprecation) {
    warnedDep0093 = true;
    process.emitWarning(`The crypto.fips is deprecated. Please use crypto.${which}()`, 'DeprecationWarning', 'DEP0093');
  }
  return fn.apply(this, args);
};
Object.defineProperties(module.exports, {
  fips: { get: fipsDeprecated(getFips, 'getFips'), set: fipsDeprecated(setFips, 'setFips'), enumerable: false, configurable: false },
  constants: { value: cryptoConstants(), enumerable: true, writable: false, configurable: false },
  webcrypto: { get() { return webcrypto; }, set: undefined, enumerable: true, configurable: false },
  subtle: { get() { return subtle; }, set: undefined, enumerable: true, configurable: false },
  getRandomValues: { get: () => getRandomValues, set: undefined, enumerable: true, configurable: false },
  prng: randomBytesAlias('prng'),
  pseudoRandomBytes: randomBytesAlias('pseudoRandomBytes'),
  rng: randomBytesAlias('rng'),
});
// For the CryptoKey global (internal/crypto_globals); non-enumerable, so not part of the API.
Object.defineProperty(module.exports, Symbol.for('rjs.CryptoKey'), { value: CryptoKey });
// Brand checks for util.types.isKeyObject/isCryptoKey (own internal state, as node's slots).
const hasOwn = (obj, key) => obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key);
Object.defineProperty(module.exports, Symbol.for('rjs.isKeyObject'), { value: (obj) => hasOwn(obj, kKeyType) });
Object.defineProperty(module.exports, Symbol.for('rjs.isCryptoKey'), { value: (obj) => hasOwn(obj, kAlgorithm) });

