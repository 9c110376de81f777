// `crypto`: Hash, Hmac, Cipheriv/Decipheriv (AES, ChaCha20, 3DES), pbkdf2/hkdf/scrypt, KeyObjects (secret, RSA,
// RSA-PSS, EC, Ed25519, X25519: PEM/DER/JWK in and out), sign/verify, RSA encryption, ECDH, random
// bytes/ints/UUIDs, timingSafeEqual and webcrypto (getRandomValues, randomUUID and a subtle
// subset: digest, HMAC, AES-GCM/CBC/CTR, PBKDF2/HKDF, Ed25519, X25519, RSA, EC). The public-key half lives
// in internal/crypto_keys, loaded on first use. The work is native (node/crypto.rs);
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
// node's frames for an error a public function raises, in place of rjs's own leading ones
// (node:crypto, its key and validator modules); the caller's frames are kept. A frame that
// starts with '*' is named after the receiver as V8 does ('Object.' on the module's exports).
function atApi(err, self, frames) {
  const stack = err !== null && typeof err === 'object' ? err.stack : undefined;
  if (typeof stack !== 'string') return err;
  const lines = stack.split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at '));
  if (at === -1) return err;
  let end = at;
  while (end < lines.length && /\(node:(?:crypto|internal\/crypto_keys|internal\/validators):/.test(lines[end])) end++;
  if (end === at) return err;
  const named = frames.map((f) => (f[0] === '*' ? `${self === module.exports ? 'Object.' : ''}${f.slice(1)}` : f));
  err.stack = [...lines.slice(0, at), ...named.map((f) => `    at ${f}`), ...lines.slice(end)].join('\n');
  return err;
}
const cipherClass = (self) => (self instanceof Decipheriv ? 'Decipheriv' : 'Cipheriv');

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
// The encodings whose strings the binding hashes as given (UTF-8) and whose digest text it makes
// itself, sparing a Buffer each way.
const isUtf8Name = (encoding) => encoding === undefined || encoding === 'utf8' || encoding === 'utf-8';
const directDigest = (encoding) => encoding === 'hex' || encoding === 'base64' || encoding === 'base64url';
Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new (E().ERR_CRYPTO_HASH_FINALIZED)();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    const err = new (E().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    throw this instanceof Hmac ? err : atApi(err, this, ['Hash.update (node:internal/crypto/hash:140:11)']);
  }
  if (this[kState].flushed !== undefined) {
    // The stream's end spent the context: node's Hash ignores more data, its Hmac fails.
    if (this instanceof Hmac) throw new (C('ERR_CRYPTO_HASH_UPDATE_FAILED'))();
    return this;
  }
  if (this[kHandle]) native.update(this[kHandle], typeof data === 'string' && isUtf8Name(encoding) ? data : hashInput(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw atApi(new (E().ERR_CRYPTO_HASH_FINALIZED)(), this, ['Hash.digest (node:internal/crypto/hash:153:11)']);
  this[kState][kFinalized] = true;
  // After the stream's end, node's handle gives the digest it pushed again.
  const flushed = this[kState].flushed;
  if (flushed === undefined && directDigest(outputEncoding)) return native.digest(this[kHandle], outputEncoding);
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
  if (flushed === undefined && directDigest(outputEncoding)) return native.digest(this[kHandle], outputEncoding);
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
  native.update(h, typeof input === 'string' ? input : hashInput(input));
  return directDigest(normalized) ? native.digest(h, normalized) : encodeOutput(native.digest(h), normalized);
}

// ---- ciphers ----

// An error initCipher raises in node's C++ (key or iv length, unknown cipher): node's frames of
// createCipherBase under the public function.
function fromCipherBase(err, self, cls, at, api) {
  const stack = err !== null && typeof err === 'object' ? err.stack : undefined;
  if (typeof stack !== 'string' || !stack.includes('    at initCipher (node:crypto:')) return err;
  return atApi(err, self, [`${cls}.createCipherBase (node:internal/crypto/cipher:121:19)`, `${cls}.createCipherWithIV (node:internal/crypto/cipher:140:3)`,
    `new ${cls} (node:internal/crypto/cipher:${at})`, api]);
}

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
    if (h === 6) throw osslError('1C800095', 'Provider routines', 'xts duplicated keys', 'ERR_OSSL_XTS_DUPLICATED_KEYS');
    throw cxx(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${authTagLength}`);
  }
  self[kHandle] = h;
  const entry = ciphers().get(cipher.toLowerCase());
  if (entry && entry[2] === 'ccm') ccmMaxLength.set(self, iv.length === 13 ? 65535 : iv.length === 12 ? 16777215 : 2147483647);
  if (entry && entry[2] === 'gcm' && !encrypt && authTagLength === -1) gcmTagLengthUnset.add(self);
  self._decoder = null;
  self._options = options;
}

// Key wrap ciphers (id-aesNNN-wrap, -wrap-pad, des3-wrap) as OpenSSL's wrap mode: each update
// wraps (or unwraps) its whole input with the cipher's IV (RFC 3394, RFC 5649; RFC 3217 takes no
// IV), final() gives nothing. The handle answers the binding's cipher calls itself.
const kWrap = Symbol('kWrap');
function wrapCipherInit(cipher, key, iv, encrypt) {
  const entry = ciphers().get(cipher.toLowerCase());
  if (!entry || entry[2] !== 'wrap') return undefined;
  if (key.length !== entry[3]) return 3;
  if (entry[4] === 0 ? iv !== null && iv.length !== 0 : iv === null || iv.length !== entry[4]) return 2;
  const h = {};
  const run = entry[4] === 0 ? des3KeyWrap : entry[4] === 4 ? aesKeyWrapPad : aesKeyWrap;
  Object.defineProperty(h, kWrap, { value: { kek: Buffer.from(key), iv: Buffer.from(iv || []), encrypt, run, finished: false } });
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
  let ret;
  try { ret = cipherUpdate(this, bytesOf(data, 'data', inputEncoding)); } catch (e) {
    throw e instanceof Error && e.code === undefined ? atApi(e, this, [`${cipherClass(this)}.update (node:internal/crypto/cipher:181:29)`]) : e;
  }
  if (outputEncoding && outputEncoding !== 'buffer') return getDecoder(this, outputEncoding).write(ret);
  return ret;
}
function final(outputEncoding) {
  let ret;
  try { ret = cipherFinal(this[kHandle]); } catch (e) { throw atApi(e, this, [`${cipherClass(this)}.final (node:internal/crypto/cipher:193:29)`]); }
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
  const modes = { ecb: [418, 0, 16], cbc: [419, 16, 16], ofb: [420, 16, 1], cfb: [421, 16, 1], cfb8: [653, 16, 1], cfb1: [650, 16, 1], gcm: [895, 12, 1], ctr: [904, 16, 1], ccm: [896, 12, 1], ocb: [958, 12, 16] };
  for (const [i, bits] of [128, 192, 256].entries()) {
    for (const m of Object.keys(modes)) {
      const [nid, iv, block] = modes[m];
      const name = `aes-${bits}-${m}`;
      const sn = m === 'gcm' || m === 'ccm' ? `id-aes${bits}-${m}` : name;
      const entry = [m === 'ecb' || m === 'cbc' || m === 'ofb' || m === 'cfb' ? nid + 4 * i : nid + (m === 'gcm' || m === 'ccm' ? 3 : 1) * i, sn, m === 'cfb8' || m === 'cfb1' ? 'cfb' : m, bits / 8, iv, block];
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
  // Triple DES (two or three keys): [name, nid, mode, key length, iv length, block size, aliases]
  for (const [name, nid, mode, keyLen, ivLen, block, ...aliases] of [
    ['des-ede', 32, 'ecb', 16, 0, 8, 'des-ede-ecb'], ['des-ede-cbc', 43, 'cbc', 16, 8, 8],
    ['des-ede-cfb', 60, 'cfb', 16, 8, 1], ['des-ede-ofb', 62, 'ofb', 16, 8, 1],
    ['des-ede3', 33, 'ecb', 24, 0, 8, 'des-ede3-ecb'], ['des-ede3-cbc', 44, 'cbc', 24, 8, 8, 'des3'],
    ['des-ede3-cfb', 61, 'cfb', 24, 8, 1], ['des-ede3-cfb1', 658, 'cfb', 24, 8, 1], ['des-ede3-cfb8', 659, 'cfb', 24, 8, 1], ['des-ede3-ofb', 63, 'ofb', 24, 8, 1],
  ]) {
    for (const n of [name, ...aliases]) cipherTable.set(n, [nid, name, mode, keyLen, ivLen, block]);
  }
  cipherTable.set('aes-128-xts', [913, 'aes-128-xts', 'xts', 32, 16, 1]);
  cipherTable.set('aes-256-xts', [914, 'aes-256-xts', 'xts', 64, 16, 1]);
  const des3Wrap = [246, 'id-smime-alg-cms3deswrap', 'wrap', 24, 0, 8];
  cipherTable.set('des3-wrap', des3Wrap);
  cipherTable.set('id-smime-alg-CMS3DESwrap', des3Wrap);
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
      mode === 'ocb' ? ivLength >= 1 && ivLength <= 15 :
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
    if (key.type === 'secret') return new SecretKeyObject(key[kKeyBytes]);
    const K = key.type === 'public' ? asym().PublicKeyObject : asym().PrivateKeyObject;
    return new K(key[kAsym] || key[kKeyBytes]);
  }
  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_TYPE)('otherKeyObject', 'KeyObject', otherKeyObject);
    const a = this[kKeyBytes], b = otherKeyObject[kKeyBytes];
    return otherKeyObject.type === this.type && a.length === b.length && Buffer.compare(a, b) === 0;
  }
  get [Symbol.toStringTag]() { return 'KeyObject'; }
  // structuredClone gives a secret key over the same bytes, as node's (asymmetric keys have their own).
  [kClone]() {
    return { data: { type: this[kKeyType], bytes: this[kKeyBytes] }, deserializeInfo: SecretKeyObject };
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

// ---- asymmetric keys: internal/crypto_keys ----

// An asymmetric KeyObject's or CryptoKey's key record (see internal/crypto_keys).
const kAsym = Symbol('kAsym');
// The public-key half of crypto, loaded on first use with the helpers and classes it shares.
let asymApi;
function asym() {
  return asymApi || (asymApi = require('internal/crypto_keys')({
    osslError, cxx, stripZeros, bigIntOf, Decipheriv, pbkdf2Sync, getCipherInfo, ciphers, randomBytes,
    Cipheriv, bytesOf, Hash, isBytes, KeyObject, kKeyType, keyHandles, kKeyBytes, C, u8, validateInt32,
    validateUint32, deferred, isLegacyDigest, int32Bytes, hasAnyNotIn, dom, validateKeyOps, newCryptoKey,
    arrayBuffer, opFailed, kAlgorithm, kHashNames, kAsym, CryptoKey,
  }));
}
// Its exported functions, with node's names and lengths (node's RSA ones are anonymous arrows).
function createPrivateKey(key) { return asym().createPrivateKey(...arguments); }
function createPublicKey(key) { return asym().createPublicKey(...arguments); }
function generateKeyPairSync(type, options) { return asym().generateKeyPairSync(...arguments); }
function generateKeyPair(type, options, callback) { return asym().generateKeyPair(...arguments); }
Object.defineProperty(generateKeyPair, require('internal/validators').kCustomPromisifyArgs, { value: ['publicKey', 'privateKey'], enumerable: false });
function signOneShot(algorithm, data, key, callback) { return asym().signOneShot(...arguments); }
function verifyOneShot(algorithm, data, key, signature, callback) { return asym().verifyOneShot(...arguments); }
function diffieHellman(options) { return asym().diffieHellman(...arguments); }
const rsaFunction = (name) => (key, buffer) => asym()[name](key, buffer);
const publicEncrypt = rsaFunction('publicEncrypt');
const privateDecrypt = rsaFunction('privateDecrypt');
const privateEncrypt = rsaFunction('privateEncrypt');
const publicDecrypt = rsaFunction('publicDecrypt');

// ---- Sign / Verify ----

// Streaming signatures: the data is digested as it comes, then signed as crypto.sign's.
let Writable;
function sigInit(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  const md = asym().digestName(algorithm);
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
  const parseKey = asym().consumeKey(options, true);
  const opts = asym().sigOptions(options);
  const rec = parseKey();
  // (Ed25519 signs one-shot only; key-agreement keys fail in signDigest, as OpenSSL's)
  if (rec.type === 'ed25519') throw asym().unsupportedOperation();
  const sig = asym().signDigest(rec, this[kState].md, sigDigest(this), opts);
  return encodeOutput(sig, encoding);
};
{
  const signWithKey = Sign.prototype.sign;
  // (node makes its key errors in C++, under Sign.sign)
  Sign.prototype.sign = function sign(options, encoding) {
    try { return Reflect.apply(signWithKey, this, [options, encoding]); } catch (e) {
      throw e instanceof Error && typeof e.library === 'string' ? atApi(e, this, ['Sign.sign (node:internal/crypto/sig:134:29)']) : e;
    }
  };
}
Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;
Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const parseKey = asym().consumeKey(options, false);
  const opts = asym().sigOptions(options);
  signature = bytesOf(signature, 'signature', sigEncoding);
  const rec = parseKey();
  if (rec.type === 'ed25519') throw asym().unsupportedOperation();
  return asym().verifyDigest(rec, this[kState].md, sigDigest(this), Buffer.from(signature), opts);
};

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

// ---- ECDH ----

// createECDH takes OpenSSL's curve names only (generateKeyPair also takes the NIST ones).
function ecdhCurve(curve) {
  validateString(curve, 'curve');
  const name = asym().kFieldSize[curve] ? curve : undefined;
  if (!name) throw asym().kOtherCurveNames.includes(curve) ? asym().curveUnavailable(curve) : cxx(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
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
  const size = asym().kFieldSize[h.curve];
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
  // (node checks in C++: a plain RangeError with the code, no frame of its own)
  if (x.byteLength !== y.byteLength) throw atApi(cxx(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length'), this, []);
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
    if (rec) this[kAsym] = asym().copyRecord(rec);
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
// The failure of an operation itself (node's job failing), not of its arguments.
const jobFailures = new WeakSet();
const opError = () => dom('The operation failed for an operation-specific reason', 'OperationError');
const opFailed = () => {
  const err = opError();
  jobFailures.add(err);
  return err;
};
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
const kOkpAlgs = ['Ed25519', 'X25519'];
// The algorithms whose keys are KeyObject key records (kAsym).
const isAsymAlg = (name) => kRsaAlgs.includes(name) || name.startsWith('EC') || kOkpAlgs.includes(name);
// The algorithms (and their parameter dictionaries) each operation takes, as node's.
const kSupportedAlgorithms = {
  digest: { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  generateKey: { ...aesAlgs('AesKeyGenParams'), HMAC: 'HmacKeyGenParams', Ed25519: null, X25519: null, ...rsaAlgs('RsaHashedKeyGenParams'), ...ecAlgs('EcKeyGenParams') },
  sign: { HMAC: null, Ed25519: null, 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', ECDSA: 'EcdsaParams' },
  verify: { HMAC: null, Ed25519: null, 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', ECDSA: 'EcdsaParams' },
  importKey: { ...aesAlgs(null), HMAC: 'HmacImportParams', PBKDF2: null, HKDF: null, Ed25519: null, X25519: null, ...rsaAlgs('RsaHashedImportParams'), ...ecAlgs('EcKeyImportParams') },
  deriveBits: { HKDF: 'HkdfParams', PBKDF2: 'Pbkdf2Params', ECDH: 'EcdhKeyDeriveParams', X25519: 'EcdhKeyDeriveParams' },
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
    if (!(value instanceof Uint8Array)) throw cxx(TypeError, 'ERR_INVALID_ARG_TYPE', `${context} is not an Uint8Array object.`);
    return value; // node keeps the caller's array (a generated key's algorithm.publicExponent is it)
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
    if (bytes.length === 0 || alg.length === 0) throw dom('Zero-length key is not supported', 'DataError');
    // node checks a requested length against raw bytes only (a JWK's length is ignored)
    if (alg.length !== undefined && alg.length !== bytes.length * 8) throw dom('Invalid key length', 'DataError');
  } else if (format === 'jwk') {
    bytes = jwkSecretBytes(keyData, usages, extractable, 'sig');
    if (keyData.alg !== undefined && keyData.alg !== hmacJwkAlg(alg.hash.name)) throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
  } else {
    throw dom(`Unable to import HMAC key with format ${format}`);
  }
  const length = bytes.length * 8;
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
function importKeySync(format, keyData, algorithm, extractable, usages) {
  const alg = normalizeAlgorithm(algorithm, 'importKey');
  const { name } = alg;
  const importer = name === 'HMAC' ? hmacImportKey : name.startsWith('AES') ? aesImportKey
    : isAsymAlg(name) ? asym().asymImportKey : genericImportKey;
  const key = importer(alg, format, keyData, extractable, usages);
  if (key.type !== 'public' && usages.length === 0) throw dom(`Usages cannot be empty when importing a ${key.type} key.`, 'SyntaxError');
  return key;
}
function subtleGenerateKey(alg, extractable, usages) {
  const { name } = alg;
  if (isAsymAlg(name)) return asym().asymGenerateKey(alg, extractable, usages);
  let length = alg.length;
  if (name === 'HMAC') {
    if (length === undefined) length = kBlockBits[alg.hash.name];
    if (hasAnyNotIn(usages, ['sign', 'verify'])) throw dom('Unsupported key usage for an HMAC key', 'SyntaxError');
    if (length % 8 !== 0) throw new (E().ERR_INVALID_ARG_VALUE)('algorithm.length', length, 'must be a multiple of 8');
    if (length < 8 || length > 2 ** 31 - 1) throw opError(); // (node checks it before its job)
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
  if (key[kAsym]) return asym().asymExportKey(format, key);
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
const kWrapIV = Buffer.alloc(8, 'a6a6a6a6a6a6a6a6', 'hex');
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
// RFC 3217's CMS Triple-DES key wrap as OpenSSL's des3-wrap: an SHA-1 check value, a fresh
// random IV per wrap, two 3DES-CBC passes around a byte reversal.
const kDes3WrapIV = Buffer.alloc(8, '4adda22c79e82105', 'hex');
function des3Cbc(kek, iv, data, encrypt) {
  const c = new (encrypt ? Cipheriv : Decipheriv)('des-ede3-cbc', kek, iv).setAutoPadding(false);
  return Buffer.concat([c.update(data), c.final()]);
}
function des3KeyWrap(kek, data, wrap) {
  if (data.length === 0) return Buffer.alloc(0);
  if (data.length % 8 !== 0 || (!wrap && data.length < 24)) throw opFailed();
  const checkValue = (cek) => new Hash('sha1').update(cek).digest().subarray(0, 8);
  if (wrap) {
    const iv = randomBytes(8);
    const inner = Buffer.concat([iv, des3Cbc(kek, iv, Buffer.concat([data, checkValue(data)]), true)]);
    return des3Cbc(kek, kDes3WrapIV, inner.reverse(), true);
  }
  const inner = des3Cbc(kek, kDes3WrapIV, data, false).reverse();
  const plain = des3Cbc(kek, inner.subarray(0, 8), inner.subarray(8), false);
  const cek = plain.subarray(0, plain.length - 8);
  if (!timingSafeEqual(checkValue(cek), plain.subarray(plain.length - 8))) throw opFailed();
  return cek;
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
  if (alg.name === 'RSA-OAEP') return asym().rsaOaepCipher(encrypt, alg, key, data);
  return aesCipher(alg, key, data, encrypt);
}
function deriveBitsSync(alg, key, length, usage) {
  if (!key.usages.includes(usage)) throw dom(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  if (key[kAlgorithm].name !== alg.name) throw dom('Key algorithm mismatch', 'InvalidAccessError');
  const ecdh = alg.name === 'ECDH' || alg.name === 'X25519';
  if (length === null && !ecdh) throw dom('length cannot be null', 'OperationError');
  if (ecdh) return asym().ecdhDeriveBits(alg, key, length);
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

// node runs most subtle operations (digest, sign/verify, encrypt/decrypt, key generation and
// derivation, the wrap ciphers) as thread-pool jobs: their promises settle from the loop's poll
// phase, after due timers, not in the current microtask checkpoint. (rjs computes at once.)
// (An operation's own failure, opFailed's OperationError, is reported the same way; an argument
// error rejects at once.)
function settleLater(work) {
  const { queueCompletion } = require('internal/loop');
  let value;
  try {
    value = work();
  } catch (e) {
    if (!jobFailures.has(e)) throw e;
    return new Promise((resolve, reject) => queueCompletion(() => reject(e)));
  }
  return new Promise((resolve) => queueCompletion(() => resolve(value)));
}
class SubtleCrypto {
  constructor() { throw new (E().ERR_ILLEGAL_CONSTRUCTOR)(); }

  async encrypt(algorithm, key, data) {
    subtleArgs(this, 'encrypt', arguments.length, 3);
    return settleLater(() => cipherArgs('encrypt', algorithm, key, data));
  }

  async decrypt(algorithm, key, data) {
    subtleArgs(this, 'decrypt', arguments.length, 3);
    return settleLater(() => cipherArgs('decrypt', algorithm, key, data));
  }

  async sign(algorithm, key, data) {
    subtleArgs(this, 'sign', arguments.length, 3);
    return settleLater(() => signVerify('sign', algorithm, key, data));
  }

  async verify(algorithm, key, signature, data) {
    subtleArgs(this, 'verify', arguments.length, 4);
    return settleLater(() => signVerify('verify', algorithm, key, data, bufferSource(signature, 'verify', '3rd')));
  }

  async digest(algorithm, data) {
    subtleArgs(this, 'digest', arguments.length, 2);
    algorithm = algorithmArg(algorithm);
    data = bufferSource(data, 'digest', '2nd');
    const { name } = normalizeAlgorithm(algorithm, 'digest');
    return settleLater(() => arrayBuffer(new Hash(kHashNames[name]).update(data).digest()));
  }

  async generateKey(algorithm, extractable, keyUsages) {
    subtleArgs(this, 'generateKey', arguments.length, 3);
    algorithm = algorithmArg(algorithm);
    const usages = usagesArg(keyUsages, 'generateKey', '3rd');
    const alg = normalizeAlgorithm(algorithm, 'generateKey');
    await null; // node checks the usages and length in an awaited helper: those errors a microtask later
    return settleLater(() => subtleGenerateKey(alg, !!extractable, usages));
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
    return settleLater(() => {
      const bits = deriveBitsSync(alg, baseKey, derivedKeyLength(derivedKeyAlgorithm), 'deriveKey');
      return importKeySync('raw', new Uint8Array(bits), derivedKeyAlgorithm, !!extractable, usages);
    });
  }

  async deriveBits(algorithm, baseKey, length = null) {
    subtleArgs(this, 'deriveBits', arguments.length, 2);
    algorithm = algorithmArg(algorithm);
    cryptoKeyArg(baseKey, 'deriveBits', '2nd');
    if (length !== null) length = Number(length) >>> 0;
    return settleLater(() => deriveBitsSync(normalizeAlgorithm(algorithm, 'deriveBits'), baseKey, length, 'deriveBits'));
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    subtleArgs(this, 'importKey', arguments.length, 4);
    format = enumArg(format, kKeyFormats, 'KeyFormat', 'importKey', '1st argument');
    keyData = format === 'jwk' ? jwkArg(keyData, 'importKey') : bytesCopy(bufferSource(keyData, 'importKey', '2nd'));
    algorithm = algorithmArg(algorithm);
    const usages = usagesArg(keyUsages, 'importKey', '5th');
    normalizeAlgorithm(algorithm, 'importKey');
    await null; // node imports in an awaited helper: the key (or its error) a microtask later
    return importKeySync(format, keyData, algorithm, !!extractable, usages);
  }

  async exportKey(format, key) {
    subtleArgs(this, 'exportKey', arguments.length, 2);
    format = enumArg(format, kKeyFormats, 'KeyFormat', 'exportKey', '1st argument');
    const data = exportKeySync(format, cryptoKeyArg(key, 'exportKey', '2nd'));
    // node exports spki, pkcs8 and an asymmetric key's raw form in thread-pool jobs, raw secret
    // bytes and JWKs through awaited helpers (settled two microtasks later).
    if (format === 'spki' || format === 'pkcs8' || (format === 'raw' && key[kAsym])) return settleLater(() => data);
    return Promise.resolve(data);
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
    return settleLater(() => cipherOrWrap(true, alg, wrappingKey, keyData, 'wrapKey'));
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    subtleArgs(this, 'unwrapKey', arguments.length, 7);
    format = enumArg(format, kKeyFormats, 'KeyFormat', 'unwrapKey', '1st argument');
    wrappedKey = bufferSource(wrappedKey, 'unwrapKey', '2nd');
    cryptoKeyArg(unwrappingKey, 'unwrapKey', '3rd');
    const alg = normalizeWrap(algorithmArg(unwrapAlgorithm), 'unwrapKey', 'decrypt');
    unwrappedKeyAlgorithm = algorithmArg(unwrappedKeyAlgorithm);
    const usages = usagesArg(keyUsages, 'unwrapKey', '7th');
    return settleLater(() => {
      let keyData = new Uint8Array(cipherOrWrap(false, alg, unwrappingKey, wrappedKey, 'unwrapKey'));
      if (format === 'jwk') {
        try {
          keyData = jwkArg(JSON.parse(Buffer.from(keyData).toString()), 'unwrapKey');
        } catch {
          throw dom('Invalid keyData', 'DataError');
        }
      }
      return importKeySync(format, keyData, unwrappedKeyAlgorithm, !!extractable, usages);
    });
  }
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
  if (key[kAsym]) return asym().asymSignVerify(op, alg, key, data, signature);
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
}
const webcrypto = Object.create(Crypto.prototype);
// As node's WebIDL classes: the members enumerable, the tag a plain value.
function webIdlMembers(K, names) {
  for (const k of names) Object.defineProperty(K.prototype, k, { enumerable: true });
  Object.defineProperty(K.prototype, Symbol.toStringTag, { value: K.name, configurable: true });
}
webIdlMembers(CryptoKey, ['type', 'extractable', 'algorithm', 'usages']);
webIdlMembers(SubtleCrypto, ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']);
webIdlMembers(Crypto, ['subtle', 'getRandomValues', 'randomUUID']);

// DEP0106, once for createCipher and createDecipher together (util.deprecate keys on the code).
let warnedDep0106 = false;
function deprecated(name) {
  if (warnedDep0106 || process.noDeprecation) return;
  warnedDep0106 = true;
  process.emitWarning(`crypto.${name} is deprecated.`, 'DeprecationWarning', 'DEP0106');
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

// SPKAC (Netscape signed public key and challenge): internal/crypto_keys parses and verifies it.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
for (const m of ['verifySpkac', 'exportPublicKey', 'exportChallenge']) {
  const method = {
    [m](spkac, encoding) {
      const bytes = bytesOf(spkac, 'spkac', encoding);
      if (bytes.length > 2147483647) throw cxx(RangeError, 'ERR_OUT_OF_RANGE', 'spkac is too large');
      return asym().spkac[m](bytes);
    },
  }[m];
  Certificate[m] = method;
  Certificate.prototype[m] = method;
}
// X.509 certificates: internal/crypto_keys parses them (with its DER code) and answers for them.
const kX509 = Symbol('kX509');
const kX509Cache = Symbol('kX509Cache');
function x509Value(self, name) {
  const cache = self[kX509Cache];
  if (!(name in cache)) cache[name] = asym().x509Info[name](self[kX509]);
  return cache[name];
}
// node's getFlags(): the options of checkHost and checkEmail.
function x509CheckOptions(options = {}) {
  validateObject(options, 'options');
  const { subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false, singleLabelSubdomains = false } = { ...options };
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (!['default', 'always', 'never'].includes(subject)) throw new (E().ERR_INVALID_ARG_VALUE)('options.subject', subject);
  return { subject, wildcards, partialWildcards, multiLabelWildcards, singleLabelSubdomains };
}
// A host name or email for the checks: a string without NUL.
function x509CheckedName(value, name) {
  validateString(value, name);
  if (value.includes('\0')) throw cxx(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid name');
  return value;
}
function x509Key(key, type) {
  if (!(key instanceof KeyObject)) throw new (E().ERR_INVALID_ARG_TYPE)('pkey', 'KeyObject', key);
  if (key.type !== type) throw new (E().ERR_INVALID_ARG_VALUE)('pkey', key);
  return key;
}
class X509Certificate {
  constructor(buffer) {
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
      throw new (E().ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this[kX509] = asym().x509Parse(buffer);
    this[kX509Cache] = { __proto__: null };
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = {};
    for (const name of ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo', 'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber']) fields[name] = this[name];
    return `X509Certificate ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
  get subject() { return x509Value(this, 'subject'); }
  get subjectAltName() { return x509Value(this, 'subjectAltName'); }
  get issuer() { return x509Value(this, 'issuer'); }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return x509Value(this, 'infoAccess'); }
  get validFrom() { return x509Value(this, 'validFrom'); }
  get validTo() { return x509Value(this, 'validTo'); }
  get fingerprint() { return x509Value(this, 'fingerprint'); }
  get fingerprint256() { return x509Value(this, 'fingerprint256'); }
  get fingerprint512() { return x509Value(this, 'fingerprint512'); }
  get keyUsage() { return x509Value(this, 'keyUsage'); }
  get serialNumber() { return x509Value(this, 'serialNumber'); }
  get raw() { return x509Value(this, 'raw'); }
  get publicKey() { return x509Value(this, 'publicKey'); }
  toString() { return x509Value(this, 'toString'); }
  toJSON() { return this.toString(); }
  get ca() { return x509Value(this, 'ca'); }
  checkHost(name, options) {
    x509CheckedName(name, 'name');
    return asym().x509Checks.checkHost(this[kX509], name, x509CheckOptions(options));
  }
  checkEmail(email, options) {
    x509CheckedName(email, 'email');
    return asym().x509Checks.checkEmail(this[kX509], email, x509CheckOptions(options));
  }
  checkIP(ip) {
    validateString(ip, 'ip');
    const bytes = ipBytes(ip);
    if (!bytes) throw cxx(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    return asym().x509Checks.checkIP(this[kX509], ip, bytes);
  }
  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) throw new (E().ERR_INVALID_ARG_TYPE)('otherCert', 'X509Certificate', otherCert);
    return asym().x509Checks.checkIssued(this[kX509], otherCert[kX509]);
  }
  checkPrivateKey(pkey) { return asym().x509Checks.checkPrivateKey(this[kX509], x509Key(pkey, 'private')); }
  verify(pkey) { return asym().x509Checks.verify(this[kX509], x509Key(pkey, 'public')); }
  [kClone]() {
    return this[kX509] ? { data: this[kX509], deserializeInfo: X509Certificate } : undefined;
  }
  [kDeserialize](x509) {
    this[kX509] = x509;
    this[kX509Cache] = { __proto__: null };
  }
  toLegacyObject() {
    let publicKey;
    try { publicKey = this.publicKey; } catch { /* the key's fields are left out */ }
    return asym().x509Legacy(this[kX509], publicKey);
  }
}
// An IPv4 or IPv6 address's bytes (undefined when it is neither).
function ipBytes(ip) {
  const net = require('net');
  if (net.isIPv4(ip)) return Buffer.from(ip.split('.').map(Number));
  if (!net.isIPv6(ip)) return undefined;
  let text = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const b = v4[1].split('.').map(Number);
    text = `${text.slice(0, -v4[1].length)}${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const groups = (s) => (s ? s.split(':') : []);
  const h = groups(head), t = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  const out = Buffer.alloc(16);
  all.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), 2 * i));
  return out;
}

const createDiffieHellmanGroup = function createDiffieHellmanGroup(name) { return new DiffieHellmanGroup(name); };
// node 20's export order (Object.keys(require('crypto'))).
module.exports = {
  checkPrime,
  checkPrimeSync,
  createCipheriv(cipher, key, iv, options) {
    try { return new Cipheriv(cipher, key, iv, options); } catch (e) { throw fromCipherBase(e, this, 'Cipheriv', '243:3', '*createCipheriv (node:crypto:147:10)'); }
  },
  createDecipheriv(cipher, key, iv, options) {
    try { return new Decipheriv(cipher, key, iv, options); } catch (e) { throw fromCipherBase(e, this, 'Decipheriv', '289:3', '*createDecipheriv (node:crypto:155:10)'); }
  },
  createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) { return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding); },
  createDiffieHellmanGroup,
  createECDH(curve) { return new ECDH(curve); },
  createHash(algorithm, options) {
    try { return new Hash(algorithm, options); } catch (e) {
      throw e instanceof Error && e.message === 'Digest method not supported' ? atApi(e, this, ['new Hash (node:internal/crypto/hash:101:19)', '*createHash (node:crypto:139:10)']) : e;
    }
  },
  createHmac(hmac, key, options) {
    try { return new Hmac(hmac, key, options); } catch (e) {
      throw e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' && /^The "key" argument/.test(e.message)
        ? atApi(e, this, ['prepareSecretKey (node:internal/crypto/keys:595:11)', 'new Hmac (node:internal/crypto/hash:166:9)', '*createHmac (node:crypto:171:10)']) : e;
    }
  },
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
  getCurves() { return Object.keys(asym().kFieldSize).sort(); },
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
// node raises these errors in the public function's own frame (its C++ binding, or a check in
// the function's body): that frame replaces rjs's internal ones, and the caller's frames follow
// within Error.stackTraceLimit (the call runs with room for rjs's deeper internals). A frame
// that starts with '*' is named after the receiver: 'Object.' on the module, no type and no
// '[as name]' for a call without one.
const isOssl = (e) => typeof e.code === 'string' && e.code.startsWith('ERR_OSSL_');
const kApiFrames = {
  randomInt: (e) => {
    if (e.code === 'ERR_INVALID_ARG_TYPE' && / must be a safe integer\./.test(e.message)) return ['*randomInt (node:internal/crypto/random:229:11)'];
    if (e.code !== 'ERR_OUT_OF_RANGE') return undefined;
    return [/greater than the value of "min"/.test(e.message) ? '*randomInt (node:internal/crypto/random:232:11)' : '*randomInt (node:internal/crypto/random:241:11)'];
  },
  randomUUID: (e) => (e.code === 'ERR_INVALID_ARG_TYPE' ? ['*randomUUID (node:internal/crypto/random:404:5)'] : undefined),
  pbkdf2: (e) => (/^Invalid digest/.test(e.message) ? ['*pbkdf2 (node:internal/crypto/pbkdf2:44:15)'] : undefined),
  pbkdf2Sync: (e) => (/^Invalid digest/.test(e.message) ? ['*pbkdf2Sync (node:internal/crypto/pbkdf2:66:15)'] : undefined),
  hkdfSync: (e) => (/^Invalid digest/.test(e.message) ? ['*hkdfSync (node:internal/crypto/hkdf:132:15)'] : undefined),
  createPrivateKey: (e) => (isOssl(e) ? ['*createPrivateKey (node:internal/crypto/keys:631:12)'] : undefined),
  createPublicKey: (e) => (isOssl(e) ? ['*createPublicKey (node:internal/crypto/keys:618:12)'] : undefined),
  publicEncrypt: (e) => (isOssl(e) ? ['*publicEncrypt (node:internal/crypto/cipher:79:12)'] : undefined),
  publicDecrypt: (e) => (isOssl(e) ? ['*publicDecrypt (node:internal/crypto/cipher:79:12)'] : undefined),
  privateEncrypt: (e) => (isOssl(e) ? ['*privateEncrypt (node:internal/crypto/cipher:79:12)'] : undefined),
  privateDecrypt: (e) => (isOssl(e) ? ['*privateDecrypt (node:internal/crypto/cipher:79:12)'] : undefined),
  sign: (e) => (isOssl(e) ? ['*signOneShot [as sign] (node:internal/crypto/sig:169:15)'] : undefined),
  verify: (e) => (isOssl(e) ? ['*verifyOneShot [as verify] (node:internal/crypto/sig:273:15)'] : undefined),
};
// `err`'s stack cut to `limit` frames.
function cutFrames(err, limit) {
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at '));
  if (at !== -1 && lines.length - at > limit) err.stack = lines.slice(0, at + Math.max(0, limit)).join('\n');
}
for (const key of Object.keys(kApiFrames)) {
  const fn = module.exports[key];
  const framesOf = kApiFrames[key];
  // (A method has no prototype, as node's arrow-made functions.)
  const { wrapped } = { wrapped(...args) {
    const limit = Error.stackTraceLimit;
    const deep = typeof limit === 'number' && limit > 0 && limit < 1000;
    if (deep) Error.stackTraceLimit = limit + 16;
    try {
      return fn.apply(this, args);
    } catch (e) {
      if (deep && e instanceof Error) {
        const frames = framesOf(e);
        if (frames !== undefined) atApi(e, this, this === module.exports ? frames : frames.map((f) => f.replace(/^\*/, '').replace(/ \[as \w+\]/, '')));
        cutFrames(e, limit);
      }
      throw e;
    } finally {
      if (deep) Error.stackTraceLimit = limit;
    }
  } };
  Object.defineProperties(wrapped, { name: { value: fn.name }, length: { value: fn.length } });
  if ('prototype' in fn) Object.defineProperty(wrapped, 'prototype', Object.getOwnPropertyDescriptor(fn, 'prototype'));
  module.exports[key] = wrapped;
}
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
Object.defineProperties(module.exports, {
  // (DEP0093 is documentation-only in node 20: no warning.)
  fips: { get: getFips, set: setFips, enumerable: false, configurable: false },
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
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
require('util/types')[Symbol.for('rjs.setCryptoChecks')]({
  isKeyObject: (obj) => hasOwn(obj, kKeyType),
  isCryptoKey: (obj) => hasOwn(obj, kAlgorithm),
});

