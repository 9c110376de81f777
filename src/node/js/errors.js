// Node's ERR_* error classes with node's message text, shared by every built-in.
'use strict';

const codes = {};

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
    const { inspect } = require('internal/inspect');
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  if (typeof value === 'string') {
    // node 20 shows a string as it is (cut to 25 characters), not inspected.
    if (value.length > 28) value = `${value.slice(0, 25)}...`;
    return ` Received type string (${value.includes("'") ? JSON.stringify(value) : `'${value}'`})`;
  }
  const { inspect } = require('internal/inspect');
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

const classRe = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function formatList(list, conj = 'or') {
  if (list.length <= 2) return list.join(` ${conj} `);
  return `${list.slice(0, -1).join(', ')}, ${conj} ${list[list.length - 1]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [], instances = [], other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRe.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${formatList(other)}`;
    else { if (other[0].toLowerCase() !== other[0]) msg += 'an '; msg += `${other[0]}`; }
  }
  return msg + '.' + describeReceived(actual);
}

// Node's errors with a code show "Name [CODE]: message" as the first line of their stack.
const baseStack = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
function defineCodeStack(proto, code) {
  Object.defineProperty(proto, 'stack', {
    configurable: true,
    get() {
      const s = baseStack.get.call(this);
      if (s === undefined) return undefined; // deleted (see bootstrap.js)
      const base = Error.prototype.toString.call(this);
      let rest = s.startsWith(base) ? s.slice(base.length) : '';
      // The constructor below is not a frame of node's trace.
      if (rest.startsWith('\n    at C (node:internal/errors:')) {
        const next = rest.indexOf('\n', 1);
        rest = next === -1 ? '' : rest.slice(next);
      }
      return `${this.name} [${code}]: ${this.message}${rest}`;
    },
    set(v) { Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true }); },
  });
}

function makeNodeError(Base, code, message) {
  const C = class extends Base {
    constructor(...args) {
      super(typeof message === 'function' ? message(...args) : message);
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    }
    toString() { return `${this.name} [${code}]: ${this.message}`; }
  };
  Object.defineProperty(C.prototype, 'name', { value: Base.name, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(C, 'name', { value: `Node${Base.name}` });
  // As node's: `err.constructor` is the base class (`err.constructor.name === 'TypeError'`).
  Object.defineProperty(C.prototype, 'constructor', { value: Base, writable: true, configurable: true, enumerable: false });
  defineCodeStack(C.prototype, code);
  codes[code] = C;
}

function def(code, message, Base) { makeNodeError(Base, code, message); }

def('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
def('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
def('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`, TypeError);
def('ERR_ASYNC_CALLBACK', (name) => `${name} must be a function`, TypeError);
def('ERR_ASYNC_TYPE', (type) => `Invalid name for async "type": ${type}`, TypeError);
def('ERR_INVALID_ASYNC_ID', (type, id) => `Invalid ${type} value: ${id}`, RangeError);
def('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  const { inspect } = require('internal/inspect');
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError);
def('ERR_OUT_OF_RANGE', (str, range, input) => {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
  else if (typeof input === 'bigint') { received = String(input); if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received); received += 'n'; }
  else { const { inspect } = require('internal/inspect'); received = inspect(input); }
  return `The value of "${str}" is out of range. It must be ${range}. Received ${received}`;
}, RangeError);
def('ERR_MISSING_ARGS', (...args) => {
  const wrap = (a) => `"${a}"`;
  const list = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (list.length === 1) msg += `${list[0]} argument`;
  else if (list.length === 2) msg += `${list[0]} and ${list[1]} arguments`;
  else msg += `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]} arguments`;
  return `${msg} must be specified`;
}, TypeError);
def('ERR_UNHANDLED_ERROR', (err) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
def('ERR_INVALID_RETURN_VALUE', (input, name, value) => `Expected ${input} to be returned from the "${name}" function but got ${describeReceived(value).slice(' Received '.length)}.`, TypeError);
def('ERR_INVALID_THIS', (type) => `Value of "this" must be of type ${type}`, TypeError);
def('ERR_METHOD_NOT_IMPLEMENTED', (m) => `The ${m} method is not implemented`, Error);
def('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
def('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
def('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
def('ERR_STREAM_DESTROYED', (m) => `Cannot call ${m} after a stream was destroyed`, Error);
def('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
def('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
def('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
def('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
def('ERR_BUFFER_OUT_OF_BOUNDS', (name) => (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'), RangeError);
def('ERR_INVALID_BUFFER_SIZE', (suffix) => `Buffer size must be a multiple of ${suffix}`, RangeError);
def('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
def('ERR_USE_AFTER_CLOSE', (name) => `${name} was closed`, Error);
def('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
def('ERR_INVALID_TUPLE', (name, value) => `${name} must be an iterable ${value} tuple`, TypeError);
def('ERR_ARG_NOT_ITERABLE', (name) => `${name} must be iterable`, TypeError);
def('ERR_INVALID_FILE_URL_HOST', (platform) => `File URL host must be "localhost" or empty on ${platform}`, TypeError);
def('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
def('ERR_FS_INVALID_SYMLINK_TYPE', (type) => `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`, Error);
def('ERR_FS_FILE_TOO_LARGE', (size) => `File size (${size}) is greater than 2 GiB`, RangeError);
def('ERR_INTERNAL_ASSERTION', (message) => `${message === undefined ? '' : `${message}\n`}This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n`, Error);
def('ERR_STREAM_ALREADY_FINISHED', (m) => `Cannot call ${m} after a stream was finished`, Error);
def('ERR_MISSING_OPTION', (x) => `${x} is required`, TypeError);
def('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
def('ERR_INVALID_IP_ADDRESS', (ip) => `Invalid IP address: ${ip}`, TypeError);
def('ERR_INVALID_ADDRESS_FAMILY', (addressType, host, port) => `Invalid address family: ${addressType} ${host}:${port}`, RangeError);
def('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const { inspect } = require('internal/inspect');
  let received;
  if (port == null) received = ` ${port}`;
  else if (typeof port === 'function') received = ` function ${port.name}`;
  else if (typeof port === 'object') received = port.constructor && port.constructor.name ? ` an instance of ${port.constructor.name}` : ` ${inspect(port, { depth: -1 })}`;
  else { let shown = inspect(port, { colors: false }); if (shown.length > 28) shown = `${shown.slice(0, 25)}...`; received = ` type ${typeof port} (${shown})`; }
  return `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received${received}.`;
}, RangeError);
def('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
def('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
def('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
def('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
def('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
def('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
def('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
def('ERR_SOCKET_BUFFER_SIZE', (ctx) => `Could not get or set buffer size: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`, Error);
def('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
def('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
def('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
def('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
def('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
def('ERR_CRYPTO_INVALID_DIGEST', (d) => `Invalid digest: ${d}`, TypeError);
def('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
def('ERR_UNKNOWN_ENCODING', (e) => require('util').format('Unknown encoding: %s', e), TypeError);
def('ERR_ENCODING_NOT_SUPPORTED', (e) => `The "${e}" encoding is not supported`, RangeError);
def('ERR_INVALID_URL', 'Invalid URL', TypeError);
def('ERR_INVALID_FILE_URL_PATH', (m) => `File URL path ${m}`, TypeError);
def('ERR_INVALID_URL_SCHEME', (e) => `The URL must be of scheme ${e}`, TypeError);
def('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
def('ERR_UNKNOWN_BUILTIN_MODULE', (m) => `No such built-in module: ${m}`, Error);
def('ERR_UNKNOWN_SIGNAL', (s) => `Unknown signal: ${s}`, TypeError);
def('ERR_WEBASSEMBLY_RESPONSE', (m) => `WebAssembly response ${m}`, TypeError);
def('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
  return msg;
}, Error);
def('ERR_MODULE_NOT_FOUND', (path, base, exactUrl) => `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`, Error);
def('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base) => subpath === '.'
  ? `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`
  : `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`, Error);
def('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target) => `Invalid "exports" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgPath}package.json`, Error);
def('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError);
def('ERR_UNSUPPORTED_DIR_IMPORT', (path, base) => `Directory import '${path}' is not supported resolving ES modules imported from ${base}`, Error);
def('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);
def('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', (f) => `The feature ${f} is unavailable on the current platform, which is being used to run Node.js`, TypeError);
def('ERR_NOT_SUPPORTED_IN_SNAPSHOT', (f) => `${f} is not supported`, Error);
def('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
def('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`, RangeError);
def('ERR_BROTLI_INVALID_PARAM', (p) => `${p} is not a valid Brotli parameter`, RangeError);
def('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
def('ERR_CONSOLE_WRITABLE_STREAM', (name) => `Console expects a writable stream instance for ${name}`, TypeError);
def('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
def('ERR_INCOMPATIBLE_OPTION_PAIR', (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`, TypeError);
def('ERR_INVALID_STATE', (m) => `Invalid state: ${m}`, Error);
def('ERR_ASSERTION', (m) => m, Error);
def('ERR_INVALID_CHAR', (name, field) => field ? `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`, TypeError);
def('ERR_SYSTEM_ERROR', (m) => m, Error);
def('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
def('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', (m) => m, TypeError);
def('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', (p) => `Unexpected argument '${p}'. This command does not take positional arguments`, TypeError);
def('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base) => `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
def('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
def('ERR_WORKER_PATH', (filename) => 'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' + (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') + (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') + ` Received "${filename}"`, TypeError);
def('ERR_CHILD_PROCESS_UNAVAILABLE', (what) => `${what} is not available in the rjs sandbox (WebAssembly has no processes)`, Error);
def('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
def('ERR_EVENT_RECURSION', (type) => `The event "${type}" is already being dispatched`, Error);
def('ERR_AMBIGUOUS_ARGUMENT', (name, reason) => `The "${name}" argument is ambiguous. ${reason}`, TypeError);
def('ERR_INVALID_URI', 'URI malformed', URIError);
def('ERR_HTTP_HEADERS_SENT', (arg) => `Cannot ${arg} headers after they are sent to the client`, Error);
def('ERR_HTTP_INVALID_HEADER_VALUE', (value, name) => `Invalid value "${value}" for header "${name}"`, TypeError);
def('ERR_HTTP_INVALID_STATUS_CODE', (originalStatusCode) => `Invalid status code: ${originalStatusCode}`, RangeError);
def('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
def('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
def('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
def('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
def('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
def('ERR_HTTP_CONTENT_LENGTH_MISMATCH', (actual, expected) => `Response body's content-length of ${actual} byte(s) does not match the content-length of ${expected} byte(s) set in header`, Error);
def('ERR_INVALID_HTTP_TOKEN', (name, field) => `${name} must be a valid HTTP token ["${field}"]`, TypeError);
def('ERR_INVALID_PROTOCOL', (protocol, expectedProtocol) => `Protocol "${protocol}" not supported. Expected "${expectedProtocol}"`, TypeError);
def('ERR_UNESCAPED_CHARACTERS', (name) => `${name} contains unescaped characters`, TypeError);
def('ERR_TLS_UNAVAILABLE', (what) => `${what} is not available in rjs yet: TLS is not supported`, Error);

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// V8's async stack frames of awaiting callers. The column (1-based) of an `await` right before
// the callee ending at index `j` of the source line `text` (back over names, dots, bracketed
// keys and calls: `fs.promises.stat`, `fsp[name]`, `new Store().load`), or -1 when the call is
// not awaited there.
function awaitColumnBefore(text, j) {
  for (let depth = 0; j >= 0; j--) {
    if (text[j] === ']' || text[j] === ')') depth++;
    else if ((text[j] === '[' || text[j] === '(') && depth > 0) depth--;
    else if (depth === 0 && !/[\w$.?]/.test(text[j])) break;
  }
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j >= 2 && text.slice(j - 2, j + 1) === 'new' && !/[\w$.]/.test(text[j - 3] ?? ' ')) {
    j -= 3;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  }
  if (j < 4 || text.slice(j - 4, j + 1) !== 'await' || (j > 4 && /[\w$.]/.test(text[j - 5]))) return -1;
  return j - 3;
}
// Source lines of user files (a few recent ones), for awaiterFrame.
const sourceLines = new Map();
function userSourceLine(where, line) {
  let lines = sourceLines.get(where);
  if (lines === undefined) {
    try {
      const file = where.startsWith('file://') ? decodeURIComponent(where.slice(7)) : where;
      lines = internalBinding('native').readFileUtf8(file).split('\n');
    } catch { lines = null; }
    if (sourceLines.size >= 8) sourceLines.clear();
    sourceLines.set(where, lines);
  }
  return lines === null ? undefined : lines[line - 1];
}
// The async frame V8 shows for the caller whose synchronous frame line is `frame`
// ('    at f (file:L:C)', C the call's column), when it awaits that call: 'async f (file:L:C2)',
// C2 the `await`'s column; else undefined.
function awaiterFrame(frame) {
  const m = /^ {4}at (?:(.*) \()?((?:file:\/\/)?\/[^()]*):(\d+):(\d+)\)?$/.exec(frame);
  if (m === null) return undefined;
  const [, name, where, lineStr, colStr] = m;
  const src = userSourceLine(where, Number(lineStr));
  if (typeof src !== 'string') return undefined;
  let j = Number(colStr) - 1;
  if (src[j] === '(') j--;
  const column = awaitColumnBefore(src, j);
  if (column === -1) return undefined;
  const at = `${where}:${lineStr}:${column}`;
  return name === undefined || name === '<anonymous>' ? `async ${at}` : `async ${name} (${at})`;
}

module.exports = { codes, AbortError, invalidArgTypeMessage, addNumericalSeparator, defineCodeStack, awaitColumnBefore, awaiterFrame };
