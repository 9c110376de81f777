// node:util — format/inspect (from internal/inspect), promisify, callbackify, inherits,
// deprecate, types, isDeepStrictEqual, parseArgs, styleText, debuglog and friends.
'use strict';

const { inspect, format, formatWithOptions, stripVTControlCharacters, isError } = require('internal/inspect');
const { codes, AbortError } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const loop = require('internal/loop');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  const argumentNames = original.__promisifyArgs;
  function fn(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const k of Reflect.ownKeys(descriptors)) {
    if (k === 'length' || k === 'name' || k === 'prototype') continue;
    try { Object.defineProperty(fn, k, descriptors[k]); } catch { /* ignore */ }
  }
  return fn;
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => loop.nextTick(cb, null, ret),
      (rej) => {
        if (!rej) {
          const newErr = new codes.ERR_FALSY_VALUE_REJECTION();
          newErr.reason = rej;
          rej = newErr;
        }
        loop.nextTick(cb, rej);
      });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, { length: descriptors.length, name: descriptors.name });
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const debugEnv = (process.env.NODE_DEBUG || '').split(/[\s,]+/).filter(Boolean).map((s) => s.toUpperCase());
function debuglog(set, cb) {
  set = set.toUpperCase();
  const enabled = debugEnv.some((p) => p === set || (p.endsWith('*') && set.startsWith(p.slice(0, -1))));
  const fn = enabled
    ? (...args) => process.stderr.write(`${set} ${process.pid}: ${format(...args)}\n`)
    : () => {};
  if (enabled && typeof cb === 'function') cb(fn);
  Object.defineProperty(fn, 'enabled', { get() { return enabled; }, configurable: true, enumerable: true });
  return fn;
}

function isDeepStrictEqual(a, b) {
  return require('internal/comparisons').isDeepStrictEqual(a, b);
}

function styleText(format, text) {
  validateString(text, 'text');
  const formats = Array.isArray(format) ? format : [format];
  let left = '', right = '';
  for (const key of formats) {
    const code = inspect.colors[key];
    if (code === undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${Object.keys(inspect.colors).join(', ')}`);
    }
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  return `${left}${text}${right}`;
}

function toUSVString(input) {
  return String(input).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function getSystemErrorName(err) {
  const map = { '-2': 'ENOENT', '-13': 'EACCES', '-17': 'EEXIST', '-21': 'EISDIR', '-20': 'ENOTDIR', '-39': 'ENOTEMPTY', '-22': 'EINVAL', '-98': 'EADDRINUSE', '-111': 'ECONNREFUSED', '-104': 'ECONNRESET', '-32': 'EPIPE', '-110': 'ETIMEDOUT', '-9': 'EBADF', '-1': 'EPERM' };
  return map[String(err)] || `Unknown system error ${err}`;
}

function aborted(signal, resource) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

const types = require('util/types');

module.exports = {
  format, formatWithOptions, inspect, promisify, callbackify, inherits, deprecate, debuglog,
  debug: debuglog, isDeepStrictEqual, styleText, stripVTControlCharacters, toUSVString,
  getSystemErrorName, types, aborted,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  log: (...args) => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    process.stdout.write(`${d.getDate()} ${months[d.getMonth()]} ${time} - ${format(...args)}\n`);
  },
  _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    for (const k of Object.keys(source)) target[k] = source[k];
    return target;
  },
  get TextEncoder() { return require('internal/web').TextEncoder; },
  get TextDecoder() { return require('internal/web').TextDecoder; },
  get parseArgs() { return require('internal/parse_args').parseArgs; },
  get MIMEType() { throw new Error('util.MIMEType is not implemented in rjs yet'); },
  AbortError,
};
