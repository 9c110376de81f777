// node:util -- format/inspect (from internal/inspect), promisify, callbackify, inherits,
// deprecate, debuglog, types, isDeepStrictEqual, parseArgs, parseEnv, styleText, aborted,
// system error names and the legacy is* predicates. Heavier pieces load lazily.
'use strict';

const {
  inspect, format, formatWithOptions, stripVTControlCharacters, isError, shouldColorize, defineLazyProperties,
  deprecations,
} = require('internal/inspect');
const { codes, AbortError } = require('internal/errors');
const {
  validateFunction, validateString, validateNumber, validateBoolean, validateObject, validateArray,
  validateOneOf, validateAbortSignal,
} = require('internal/validators');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const { kCustomPromisifyArgs } = require('internal/validators');

// Copies every own property descriptor of `from` onto `to` (name, length, prototype too).
function copyDescriptors(to, from, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(from);
  if (adjust) adjust(descriptors);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(to, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  const argumentNames = original[kCustomPromisifyArgs] || original.__promisifyArgs;
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return copyDescriptors(fn, original);
}
promisify.custom = kCustomPromisify;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason becomes an error that still carries it.
  if (!reason) {
    const err = new codes.ERR_FALSY_VALUE_REJECTION();
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

// Named as node's primordial: a non-promise result's TypeError reads "ReflectApply(...).then ...".
const ReflectApply = Reflect.apply;
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    ReflectApply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  return copyDescriptors(callbackified, original, (d) => {
    if (d.length && typeof d.length.value === 'number') d.length.value++;
    if (d.name && typeof d.name.value === 'string') d.name.value += 'Callbackified';
  });
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// `useEmitSync` (node 20.20's fourth parameter) is node-internal; kept for the function's length.
function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined) validateString(code, 'code');
  let warnedEpoch = -1;
  function deprecated(...args) {
    if (warnedEpoch !== deprecations.epoch) {
      warnedEpoch = deprecations.epoch;
      if (code !== undefined) {
        if (!deprecations.codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          deprecations.codesWarned.add(code);
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

// ---- debuglog (NODE_DEBUG) ---------------------------------------------------------------------
let debugTest;
const debugImpls = { __proto__: null };
function testDebugEnabled(set) {
  if (debugTest === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugTest = (s) => re.test(s);
    } else {
      debugTest = () => false;
    }
  }
  return debugTest(set);
}
function debugImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' can expose sensitive ` +
          'data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      const pid = process.pid;
      debugImpls[set] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %s: %s\n', set, inspect(pid, { colors }), msg));
      };
    } else {
      debugImpls[set] = function debug() {};
    }
  }
  return debugImpls[set];
}
function debuglog(set, cb) {
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = testDebugEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debugImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', { get() { return test(); }, configurable: true, enumerable: true });
  return logger;
}

function isDeepStrictEqual(a, b) {
  return require('internal/comparisons').isDeepStrictEqual(a, b);
}

// ---- styleText ---------------------------------------------------------------------------------
function isStreamLike(obj) {
  return obj != null && typeof obj === 'object' && (obj._readableState !== undefined || obj._writableState !== undefined ||
    (typeof obj.on === 'function' && (typeof obj.write === 'function' || typeof obj.pipe === 'function')) ||
    typeof obj.getReader === 'function' || typeof obj.getWriter === 'function');
}
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStreamLike(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const codeOf = (key) => {
    const c = inspect.colors[key];
    if (c == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
    return c;
  };
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const c = codeOf(key);
      left += `\u001b[${c[0]}m`;
      right = `\u001b[${c[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const c = codeOf(format);
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `\u001b[${c[0]}m${text}\u001b[${c[1]}m`;
}

function toUSVString(input) {
  return `${input}`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// ---- system errors (libuv's codes on Linux) ----------------------------------------------------
const uvErrors = 'E2BIG:7:argument list too long|EACCES:13:permission denied|EADDRINUSE:98:address already in use|EADDRNOTAVAIL:99:address not available|EAFNOSUPPORT:97:address family not supported|EAGAIN:11:resource temporarily unavailable|EAI_ADDRFAMILY:3000:address family not supported|EAI_AGAIN:3001:temporary failure|EAI_BADFLAGS:3002:bad ai_flags value|EAI_BADHINTS:3013:invalid value for hints|EAI_CANCELED:3003:request canceled|EAI_FAIL:3004:permanent failure|EAI_FAMILY:3005:ai_family not supported|EAI_MEMORY:3006:out of memory|EAI_NODATA:3007:no address|EAI_NONAME:3008:unknown node or service|EAI_OVERFLOW:3009:argument buffer overflow|EAI_PROTOCOL:3014:resolved protocol is unknown|EAI_SERVICE:3010:service not available for socket type|EAI_SOCKTYPE:3011:socket type not supported|EALREADY:114:connection already in progress|EBADF:9:bad file descriptor|EBUSY:16:resource busy or locked|ECANCELED:125:operation canceled|ECHARSET:4080:invalid Unicode character|ECONNABORTED:103:software caused connection abort|ECONNREFUSED:111:connection refused|ECONNRESET:104:connection reset by peer|EDESTADDRREQ:89:destination address required|EEXIST:17:file already exists|EFAULT:14:bad address in system call argument|EFBIG:27:file too large|EHOSTUNREACH:113:host is unreachable|EINTR:4:interrupted system call|EINVAL:22:invalid argument|EIO:5:i/o error|EISCONN:106:socket is already connected|EISDIR:21:illegal operation on a directory|ELOOP:40:too many symbolic links encountered|EMFILE:24:too many open files|EMSGSIZE:90:message too long|ENAMETOOLONG:36:name too long|ENETDOWN:100:network is down|ENETUNREACH:101:network is unreachable|ENFILE:23:file table overflow|ENOBUFS:105:no buffer space available|ENODEV:19:no such device|ENOENT:2:no such file or directory|ENOMEM:12:not enough memory|ENONET:64:machine is not on the network|ENOPROTOOPT:92:protocol not available|ENOSPC:28:no space left on device|ENOSYS:38:function not implemented|ENOTCONN:107:socket is not connected|ENOTDIR:20:not a directory|ENOTEMPTY:39:directory not empty|ENOTSOCK:88:socket operation on non-socket|ENOTSUP:95:operation not supported on socket|EOVERFLOW:75:value too large for defined data type|EPERM:1:operation not permitted|EPIPE:32:broken pipe|EPROTO:71:protocol error|EPROTONOSUPPORT:93:protocol not supported|EPROTOTYPE:91:protocol wrong type for socket|ERANGE:34:result too large|EROFS:30:read-only file system|ESHUTDOWN:108:cannot send after transport endpoint shutdown|ESPIPE:29:invalid seek|ESRCH:3:no such process|ETIMEDOUT:110:connection timed out|ETXTBSY:26:text file is busy|EXDEV:18:cross-device link not permitted|UNKNOWN:4094:unknown error|EOF:4095:end of file|ENXIO:6:no such device or address|EMLINK:31:too many links|EHOSTDOWN:112:host is down|EREMOTEIO:121:remote I/O error|ENOTTY:25:inappropriate ioctl for device|EFTYPE:4028:inappropriate file type or format|EILSEQ:84:illegal byte sequence|ESOCKTNOSUPPORT:94:socket type not supported|ENODATA:61:no data available|EUNATCH:49:protocol driver not attached';
let errorMap;
function getSystemErrorMap() {
  if (errorMap === undefined) {
    errorMap = new Map();
    for (const entry of uvErrors.split('|')) {
      const i = entry.indexOf(':');
      const j = entry.indexOf(':', i + 1);
      errorMap.set(-Number(entry.slice(i + 1, j)), [entry.slice(0, i), entry.slice(j + 1)]);
    }
  }
  return new Map(errorMap);
}
function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  getSystemErrorMap();
  const entry = errorMap.get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}
function errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = name;
  ex.syscall = syscall;
  return ex;
}
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const name = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${name}${details}`);
  ex.errno = err;
  ex.code = name;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

async function aborted(signal, resource) {
  if (signal === undefined) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return undefined;
  return new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}

function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  process.stdout.write(`${d.getDate()} ${months[d.getMonth()]} ${time} - ${format(...args)}\n`);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---- parseArgs ---------------------------------------------------------------------------------
const getOwn = (obj, key) => (Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined);
const optionOwn = (options, long, key) => (Object.prototype.hasOwnProperty.call(options, long) ? getOwn(options[long], key) : undefined);

function findLongForShort(short, options) {
  const entry = Object.entries(options).find(([, cfg]) => getOwn(cfg, 'short') === short);
  return entry ? entry[0] : short;
}
function isShortGroupOrValue(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') { // -f
      const name = findLongForShort(arg[1], options);
      let value, inlineValue;
      if (optionOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortGroupOrValue(arg)) {
      const first = findLongForShort(arg[1], options);
      if (optionOwn(options, first, 'type') !== 'string') { // -abc: expand to -a -b -c
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const name = findLongForShort(arg[i], options);
          if (optionOwn(options, name, 'type') !== 'string' || i === arg.length - 1) {
            expanded.push(`-${arg[i]}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        remaining.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) { // --foo
        const name = arg.slice(2);
        let value, inlineValue;
        if (optionOwn(options, name, 'type') === 'string' && next != null) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
      } else { // --foo=bar
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function parseArgs(config = {}) {
  const args = getOwn(config, 'args') ?? process.argv.slice(2);
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [long, cfg] of Object.entries(options)) {
    validateObject(cfg, `options.${long}`);
    const type = getOwn(cfg, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${long}.type`, "('string|boolean')", type);
    }
    if (Object.prototype.hasOwnProperty.call(cfg, 'short')) {
      validateString(cfg.short, `options.${long}.short`);
      if (cfg.short.length !== 1) {
        throw new codes.ERR_INVALID_ARG_VALUE(`options.${long}.short`, cfg.short, 'must be a single character');
      }
    }
    const multiple = getOwn(cfg, 'multiple');
    if (Object.prototype.hasOwnProperty.call(cfg, 'multiple')) validateBoolean(multiple, `options.${long}.multiple`);
    const def = getOwn(cfg, 'default');
    if (def !== undefined) {
      const check = type === 'string' ? validateString : validateBoolean;
      const name = `options.${long}.default`;
      if (multiple) {
        validateArray(def, name);
        def.forEach((v, i) => check(v, `${name}[${i}]`));
      } else {
        check(def, name);
      }
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(options, token, allowPositionals, allowNegative);
        if (!token.inlineValue && token.value != null && token.value.length > 1 && token.value[0] === '-') {
          const example = token.rawName.startsWith('--')
            ? `'${token.rawName}=-XYZ'`
            : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
          throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
            `Did you forget to specify the option argument for '${token.rawName}'?\n` +
            `To specify an option argument starting with a dash use ${example}.`);
        }
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [long, cfg] of Object.entries(options)) {
    const def = getOwn(cfg, 'default');
    if (def !== undefined && result.values[long] === undefined) result.values[long] = def;
  }
  return result;
}

function checkOptionUsage(options, token, allowPositionals, allowNegative) {
  let name = token.name;
  if (!Object.prototype.hasOwnProperty.call(options, name)) {
    if (allowNegative && name.startsWith('no-')) {
      name = name.slice(3);
      if (!Object.prototype.hasOwnProperty.call(options, name) || optionOwn(options, name, 'type') !== 'boolean') {
        throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
      }
    } else {
      throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
    }
  }
  const short = optionOwn(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionOwn(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

// A negated `--no-foo` also renames its token to `foo`, as node's returned tokens show.
function storeOption(token, options, values, allowNegative) {
  const value = token.value;
  let long = token.name;
  if (long === '__proto__') return;
  let newValue = value ?? true;
  if (allowNegative && long.startsWith('no-') && value === undefined) {
    long = token.name = long.slice(3);
    newValue = false;
  }
  if (optionOwn(options, long, 'multiple')) {
    if (values[long]) values[long].push(newValue);
    else values[long] = [newValue];
  } else {
    values[long] = newValue;
  }
}

// ---- parseEnv (dotenv format) ------------------------------------------------------------------
// node 20.20's Dotenv::ParseContent, a hand-written scan: only spaces are trimmed, a key runs to
// the first '=', a quoted value ends at the next same quote ("..." turns \n into newlines), an
// unquoted one at a '#' or the line's end; the keys come out in byte order (a std::map).
function parseEnv(content) {
  validateString(content, 'content');
  const store = new Map();
  const trimSpaces = (str) => str.replace(/^ +| +$/g, '');
  let rest = trimSpaces(content.replace(/\r/g, ''));
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      const newline = rest.indexOf('\n');
      if (newline === -1) break;
      rest = rest.slice(newline + 1);
      continue;
    }
    const equal = rest.indexOf('=');
    if (equal === -1) break;
    let key = trimSpaces(rest.slice(0, equal));
    rest = rest.slice(equal + 1);
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    rest = trimSpaces(rest);
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const closing = rest.indexOf(quote, 1);
      if (closing === -1) {
        // Unterminated: the rest of the line, quote included; nothing when no line follows.
        const newline = rest.indexOf('\n');
        if (newline === -1) break;
        store.set(key, rest.slice(0, newline));
        rest = rest.slice(newline);
      } else {
        const value = rest.slice(1, closing);
        store.set(key, quote === '"' ? value.replace(/\\n/g, '\n') : value);
        const newline = rest.indexOf('\n', closing + 1);
        rest = newline === -1 ? '' : rest.slice(newline + 1);
      }
    } else {
      const newline = rest.indexOf('\n');
      let value = newline === -1 ? rest : rest.slice(0, newline);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store.set(key, trimSpaces(value));
      rest = newline === -1 ? '' : rest.slice(newline + 1);
    }
    rest = trimSpaces(rest);
  }
  const out = {};
  const { Buffer } = require('buffer');
  const keys = [...store.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const key of keys) out[key] = store.get(key);
  return out;
}

const types = require('util/types');

function transferableAbortSignal(signal) {
  if (!(signal instanceof AbortSignal)) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return require('internal/web').markTransferableSignal(signal);
}
function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

module.exports = {
  _errnoException(...args) { return errnoException(...args); },
  _exceptionWithHostPort(...args) { return exceptionWithHostPort(...args); },
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: function isBoolean(arg) { return typeof arg === 'boolean'; },
  isBuffer: function isBuffer(b) { return require('buffer').Buffer.isBuffer(b); },
  isDeepStrictEqual,
  isNull: function isNull(arg) { return arg === null; },
  isNullOrUndefined: function isNullOrUndefined(arg) { return arg === null || arg === undefined; },
  isNumber: function isNumber(arg) { return typeof arg === 'number'; },
  isString: function isString(arg) { return typeof arg === 'string'; },
  isSymbol: function isSymbol(arg) { return typeof arg === 'symbol'; },
  isUndefined: function isUndefined(arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject: function isObject(arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  // The deprecated util.isError: the [object Error] tag (Symbol.toStringTag counts) or instanceof.
  isError: function isError(e) { return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error; },
  isFunction: function isFunction(arg) { return typeof arg === 'function'; },
  isPrimitive: function isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); },
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  // Getters, as node's (which loads these lazily).
  get transferableAbortSignal() { return transferableAbortSignal; },
  get transferableAbortController() { return transferableAbortController; },
  get aborted() { return aborted; },
  types,
  parseEnv,
};
defineLazyProperties(module.exports, ['parseArgs'], () => ({ parseArgs }));
defineLazyProperties(module.exports, ['TextDecoder', 'TextEncoder'], () => require('internal/web'));
defineLazyProperties(module.exports, ['MIMEType', 'MIMEParams'], () => require('internal/mime'));
// Not enumerable in node: util.AbortError is internal, kept for other built-ins.
Object.defineProperty(module.exports, 'AbortError', { value: AbortError, enumerable: false, configurable: true, writable: true });
