// `fs`: node's file API in its three styles. Every operation is written once as a synchronous
// function over the native binding (node/fs/*.rs); the callback API runs it and delivers the
// result in the loop's poll phase, `fs/promises` (fs_promises.js) does the same with promises.
// Streams are in fs_streams.js, Stats/Dirent/Dir in fs_types.js.
'use strict';

const native = internalBinding('fs');
const { Buffer } = require('buffer');
const ReflectApply = Reflect.apply;
const loop = require('internal/loop');
const types = require('internal/fs_types');
const { Stats, BigIntStats, Dirent, makeStats } = types;
const E = () => require('internal/errors').codes;
const { validateFunction, validateInteger, validateInt32, validateUint32, validateObject, validateBoolean, validateAbortSignal } = require('internal/validators');

const constants = Object.assign(Object.create(null), {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256,
  O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
  O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256,
  S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7,
  S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// ---- argument handling ----

function getValidatedPath(path, name = 'path') {
  if (typeof path !== 'string') {
    if (path instanceof Uint8Array) path = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
    else if (path != null && typeof path === 'object' && path.href !== undefined && path.protocol !== undefined) {
      path = require('url').fileURLToPath(path);
    } else throw new (E().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes('\u0000')) {
    throw new (E().ERR_INVALID_ARG_VALUE)(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// node 20 checks the descriptor of close, fstat, fsync, fdatasync, ftruncate, fchmod, fchown and
// futimes in C++, after their other arguments: the same messages on a plain TypeError/RangeError
// with a code (no [CODE] in its stack), a function named only "function", a bigint without its n.
function getValidatedFdNative(fd) {
  try {
    return getValidatedFd(fd);
  } catch (e) {
    let message = e.message;
    if (typeof fd === 'function') message = message.replace(/Received .*$/s, 'Received function');
    else if (typeof fd === 'bigint') message = message.replace(/Received .*$/s, `Received type bigint (${fd})`);
    throw Object.assign(new (e instanceof RangeError ? RangeError : TypeError)(message), { code: e.code });
  }
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInteger(fd, name, 0, 2147483647);
  return fd;
}

const kFlags = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC, 'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') { validateInt32(flags, name); return flags; }
  if (flags == null) return O_RDONLY;
  const f = kFlags[flags];
  if (f === undefined) throw new (E().ERR_INVALID_ARG_VALUE)(name, flags);
  return f;
}

function parseFileMode(value, name, def) {
  value ??= def; // a required mode (chmod's) is then undefined, and rejected as node's
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw new (E().ERR_INVALID_ARG_VALUE)(name, value, 'must be a 32-bit unsigned integer or an octal string');
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') { assertEncoding(options); return { ...defaults, encoding: options }; }
  if (typeof options !== 'object') throw new (E().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  assertEncoding(options.encoding); // as node's: a falsy encoding ('' too) or 'buffer' passes
  return { ...defaults, ...options };
}

// utf8 is checked first: Buffer.isEncoding costs ~4 us here.
function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && encoding !== 'utf8' && encoding !== 'utf-8' && !Buffer.isEncoding(encoding)) {
    throw new (E().ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
  }
}

const isUtf8 = (encoding) => !encoding || encoding === 'utf8' || encoding === 'utf-8';
// A name from the file system in `encoding` ('buffer': a Buffer), as node's binding gives it.
function encodeName(name, encoding) {
  if (isUtf8(encoding)) return name;
  return encoding === 'buffer' ? Buffer.from(name) : Buffer.from(name).toString(encoding);
}

function toUnixTimestamp(time, name = 'time') { // node reports every bad time as "time"
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new (E().ERR_INVALID_ARG_TYPE)(name, ['Date', 'Time in seconds'], time);
}

function dataToBuffer(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new (E().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// ---- SystemError (ERR_FS_EISDIR and friends) ----

// `context` may be a string, as in node's ERR_SYSTEM_ERROR('write failed'): info is then that string.
function systemError(code, key, context) {
  const isObject = typeof context === 'object' && context !== null;
  if (isObject) {
    const uv = { EISDIR: [21, 'is a directory'], EEXIST: [17, 'file already exists'], ENOTDIR: [20, 'not a directory'], EINVAL: [22, 'invalid argument'] }[context.code] || [0, ''];
    if (context.errno === undefined) context.errno = uv[0];
    if (context.message === undefined) context.message = uv[1];
  }
  let message = `${key}: ${context.syscall} returned ${context.code} (${context.message})`;
  if (context.path !== undefined) message += ` ${context.path}`;
  if (context.dest !== undefined) message += ` => ${context.dest}`;
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true });
  err.code = code;
  // node's `info` is the context as the caller wrote it (its key order shows in inspect).
  const info = isObject ? { ...context } : context;
  if (isObject) for (const k of Object.keys(info)) if (info[k] === undefined) delete info[k];
  Object.defineProperty(err, 'info', { value: info, enumerable: true, configurable: true, writable: false });
  for (const k of ['errno', 'syscall', 'path', 'dest']) {
    if ((k === 'path' || k === 'dest') && info[k] === undefined) continue;
    Object.defineProperty(err, k, { enumerable: true, configurable: true, get() { return info[k]; }, set(v) { info[k] = v; } });
  }
  Object.defineProperty(err, 'toString', { value() { return `${this.name} [${code}]: ${this.message}`; }, configurable: true, writable: true });
  // node's SystemError inspects itself with getters shown ([Getter/Setter: 21]).
  Object.defineProperty(err, Symbol.for('nodejs.util.inspect.custom'), {
    value(depth, ctx) { return require('util').inspect(this, { ...ctx, getters: true, customInspect: false }); },
    configurable: true, writable: true,
  });
  const stack = err.stack;
  Object.defineProperty(err, 'stack', { value: `SystemError [${code}]: ${message}${stack.slice(stack.indexOf('\n')) === stack ? '' : stack.slice(stack.indexOf('\n'))}`, configurable: true, writable: true });
  err.__fs = true;
  Object.defineProperty(err, '__fs', { enumerable: false });
  return err;
}

// ---- node's frames for the system error of a synchronous call ----

// A script's uncaught error from fs.readFileSync & co. shows where node's lib/fs.js called its
// binding (the report's source excerpt) and node's frames in place of rjs's own. Node 20's
// binding calls: [line, source line, column].
const kNodeSites = {
  readFileUtf8: [448, '    return binding.readFileUtf8(path, stringToFlags(options.flag));', 20],
  writeFileUtf8: [2380, '    return binding.writeFileUtf8(', 20],
  open: [573, '  return binding.open(', 18],
  read: [750, '  return binding.read(fd, buffer, offset, length, position);', 18],
  readdir: [1521, '  const result = binding.readdir(', 26],
  stat: [1681, '  const stats = binding.stat(', 25],
  lstat: [1656, '  const stats = binding.lstat(', 25],
  mkdir: [1386, '  const result = binding.mkdir(', 26],
  unlink: [1889, '  binding.unlink(path);', 11],
  rmdir: [1214, '  binding.rmdir(pathModule.toNamespacedPath(path));', 11],
  rename: [1032, '  binding.rename(', 11],
  access: [244, '  binding.access(pathModule.toNamespacedPath(path), mode);', 11],
  copyfile: [3047, '  binding.copyFile(', 11],
};
const kOpenFrame = 'Object.openSync (node:fs:573:18)';
// `err` (a system error of `syscall`) thrown by `api` called from a script (`self`: its
// receiver, V8 names the frame Object.api when it is fs): its leading rjs fs frames become
// node's, `inner` then `api` at `pos`, and the report shows node's `site`. Not when another
// built-in called `api`, nor for a stack without frames (Error.stackTraceLimit = 0, a custom
// prepareStackTrace).
function atNodeSite(err, self, api, syscall, site, pos, inner = []) {
  const stack = err !== null && typeof err === 'object' && err.syscall === syscall ? err.stack : undefined;
  if (typeof stack !== 'string') return err;
  const lines = stack.split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at '));
  if (at === -1) return err;
  let end = at;
  while (end < lines.length && lines[end].includes('(node:fs:')) end++;
  if (end === at || end === lines.length || !lines[end - 1].startsWith(`    at ${api} (`) || lines[end].includes('(node:')) return err;
  const outer = `${self === fs ? 'Object.' : ''}${api} (node:fs:${pos})`;
  err.stack = [...lines.slice(0, at), ...inner.map((f) => `    at ${f}`), `    at ${outer}`, ...lines.slice(end)].join('\n');
  const [line, source, column] = kNodeSites[site];
  // (Not for a rejection: fs.promises reports its own place.)
  loop.markThrow(err, `node:fs:${line}\n${source}\n${' '.repeat(column - 1)}^\n`);
  return err;
}

// ---- the synchronous API ----

// os.tmpdir() is /tmp, which every machine node runs on has. Under `wasmtime run --dir .` the
// guest's root is the granted folder, which has none: the first entry a script makes under
// /tmp/ makes /tmp there, and it is removed at exit if the script left it empty. (Outside
// the grants, as with `--dir $PWD::$PWD`, it cannot be made: errors stay as they were.)
let tmpState = 0; // 0: not looked at yet; 1: there, or not ours to make
function tmpCheck(path) {
  if (typeof path !== 'string' || !path.startsWith('/tmp/')) return;
  tmpState = 1;
  if (native.exists('/tmp')) return;
  try { native.mkdir('/tmp', 0o777); } catch { return; }
  process.once('exit', () => { try { native.rmdir('/tmp'); } catch {} });
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagBits = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  if (tmpState === 0 && (flagBits & O_CREAT) !== 0) tmpCheck(path);
  try { return native.open(path, flagBits, mode); } catch (e) { throw atNodeSite(e, this, 'openSync', 'open', 'open', '573:18'); }
}

function closeSync(fd) {
  native.close(getValidatedFdNative(fd));
}

// ---- node 20's checks for read/write (lib/internal/fs/utils.js) ----

const kNullable = { allowNullable: true };
function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw new (E().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new (E().ERR_OUT_OF_RANGE)('offset', '>= 0', offset);
  if (length < 0) throw new (E().ERR_OUT_OF_RANGE)('length', '>= 0', length);
  if (offset + length > bufferLength) throw new (E().ERR_OUT_OF_RANGE)('length', `<= ${bufferLength - offset}`, length);
}
function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new (E().ERR_OUT_OF_RANGE)('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new (E().ERR_OUT_OF_RANGE)('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new (E().ERR_OUT_OF_RANGE)('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}
function validatePosition(position, name = 'position') {
  if (typeof position === 'number') validateInteger(position, name, -1);
  else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new (E().ERR_OUT_OF_RANGE)(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else throw new (E().ERR_INVALID_ARG_TYPE)(name, ['integer', 'bigint'], position);
}
function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') throw new (E().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
}
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && data.length % 2 !== 0 && encoding.toLowerCase() === 'hex') {
    throw new (E().ERR_INVALID_ARG_VALUE)('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}
const bytesOf = (b) => (b instanceof Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
// readSync/read's position for the binding, which takes a double. A bigint one whose read would
// end past the largest offset (2 ** 63 - 1) is EINVAL as in node: 2 ** 63 makes the host say so.
// Below that, one past 2 ** 62 (beyond the end of any file: nothing to read) is clamped, as the
// double of 2n ** 63n - 5n would round up past the largest offset.
function readPosition(p, length) {
  if (p == null) return -1;
  if (typeof p !== 'bigint') return p;
  if (p + BigInt(length) > 0x7fffffffffffffffn) return 2 ** 63;
  return Number(p < 2n ** 62n ? p : 2n ** 62n);
}
// A string's bytes in `encoding` (node's binding takes an unknown encoding as utf8).
function stringBytes(str, encoding) {
  return Buffer.from(str, typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8');
}
// node's binding (GetOffset) takes a position only as a safe integer; libuv reads or writes at the
// file's own position for anything else, negatives included.
const safePosition = (p) => (Number.isSafeInteger(p) && p >= 0 ? p : -1);

// The checks of readSync/read after the arguments are sorted: [offset, length, position] or
// null when there is nothing to read.
function checkRead(buffer, offset, length, position) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) throw new (E().ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position');
  return [offset, length, readPosition(position, length)];
}

// Whether a read's (fd, buffer, offset, length, position) pass node's checks as they are and ask
// for something: a descriptor, a Uint8Array, an offset and a length in range, a position that
// is null, undefined or an integer >= -1. Such a call skips the checks (a call each, ~0.3 us
// under rjs.wasm); any other takes them, and fails or converts as node does.
function plainRead(fd, buffer, offset, length, position) {
  return typeof fd === 'number' && fd >= 0 && fd <= 2147483647 && fd % 1 === 0 && buffer instanceof Uint8Array &&
    typeof offset === 'number' && offset >= 0 && offset % 1 === 0 &&
    typeof length === 'number' && length > 0 && length <= 2147483647 && length % 1 === 0 && offset + length <= buffer.byteLength &&
    (position == null || (typeof position === 'number' && position >= -1 && position <= Number.MAX_SAFE_INTEGER && position % 1 === 0));
}
// (Rest parameters: a function that reads `arguments` builds that object on every call. The
// length is set to node's 5 below.)
function readSync(fd, buffer, offsetOrOptions, ...rest) {
  let length = rest[0], position = rest[1];
  if (plainRead(fd, buffer, offsetOrOptions, length, position)) return native.read(fd, buffer, offsetOrOptions, length, position ?? -1);
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (rest.length === 0 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  const a = checkRead(buffer, offset, length, position);
  return a === null ? 0 : native.read(fd, bytesOf(buffer), a[0], a[1], a[2]);
}

// [bytes, offset, length, position] for a buffer write (node's writeSync/write rules).
function checkWriteBuffer(buffer, offset, length, position, offsetOrOptions, checkOffset) {
  if (typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (checkOffset) {
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
  } else if (typeof offset !== 'number') offset = 0;
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return [bytesOf(buffer), offset, length, safePosition(position)];
}

// plainRead's counterpart for a write (a length of 0 too). Any position is taken: one that is not
// a safe integer >= 0 writes at the file's own.
function plainWrite(fd, buffer, offset, length) {
  return typeof fd === 'number' && fd >= 0 && fd <= 2147483647 && fd % 1 === 0 && buffer instanceof Uint8Array &&
    typeof offset === 'number' && offset >= 0 && offset % 1 === 0 &&
    typeof length === 'number' && length >= 0 && length <= 2147483647 && length % 1 === 0 && offset + length <= buffer.byteLength;
}
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  if (plainWrite(fd, buffer, offsetOrOptions, length)) return native.write(fd, buffer, offsetOrOptions, length, safePosition(position));
  // writeSync(fd, bytes[, undefined, undefined, position]): all of it, as the checks below make it.
  if (offsetOrOptions === undefined && length === undefined && typeof fd === 'number' && fd >= 0 && fd <= 2147483647 &&
      fd % 1 === 0 && buffer instanceof Uint8Array && buffer.byteLength <= 2147483647) {
    return native.write(fd, buffer, 0, buffer.byteLength, safePosition(position));
  }
  fd = getValidatedFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    const a = checkWriteBuffer(buffer, offsetOrOptions, length, position, offsetOrOptions, true);
    return native.write(fd, a[0], a[1], a[2], a[3]);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = stringBytes(buffer, length);
  return native.write(fd, bytes, 0, bytes.length, safePosition(offsetOrOptions));
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new (E().ERR_INVALID_ARG_TYPE)(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!ArrayBuffer.isView(b)) throw new (E().ERR_INVALID_ARG_TYPE)(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

// A libuv error made here (the binding never sees the call): node's errno, code and syscall.
function uvError(errno, syscall, path) {
  const [code, description] = require('util').getSystemErrorMap().get(errno);
  const err = Object.assign(new Error(`${code}: ${description}, ${syscall}`), { errno, code, syscall });
  if (path === undefined) return err;
  err.message += ` '${path}'`;
  err.path = path;
  return err;
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) throw uvError(-22, 'read'); // libuv refuses a read into no buffers
  let total = 0;
  let pos = safePosition(position);
  for (const b of buffers) {
    const n = native.read(fd, new Uint8Array(b.buffer, b.byteOffset, b.byteLength), 0, b.byteLength, pos);
    total += n;
    if (pos >= 0) pos += n;
    if (n < b.byteLength) break;
  }
  return total;
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let total = 0;
  let pos = safePosition(position);
  for (const b of buffers) {
    const n = native.write(fd, new Uint8Array(b.buffer, b.byteOffset, b.byteLength), 0, b.byteLength, pos);
    total += n;
    if (pos >= 0) pos += n;
  }
  return total;
}

// /dev/stdin, /dev/stdout and /dev/stderr name the process's own streams (the sandbox has no
// /dev): their descriptor, else -1.
const stdioPaths = { '/dev/stdin': 0, '/dev/stdout': 1, '/dev/stderr': 2, '/proc/self/fd/0': 0, '/dev/fd/0': 0 };
function stdioFd(path) {
  const fd = typeof path === 'string' ? stdioPaths[path] : undefined;
  return fd === undefined ? -1 : fd;
}

// The binding's readFile: a Buffer (with `utf8`, its text, unless the file is very large), or
// the size of a file too large for one.
function readWhole(pathOrFd, flags, noSize, utf8) {
  const buf = native.readFile(pathOrFd, flags, noSize, utf8);
  if (typeof buf === 'number') {
    const err = new (E().ERR_FS_FILE_TOO_LARGE)(buf);
    Object.defineProperty(err, '__fs', { value: true }); // the callback's error, not a throw
    throw err;
  }
  return buf;
}

const kReadFileDefaults = Object.freeze({ flag: 'r' });
function readFileSync(path, options) {
  let enc;
  // An encoding name alone (the common case) needs no options object.
  if (typeof options === 'string') {
    assertEncoding(options);
    enc = options;
    options = kReadFileDefaults;
  } else {
    options = getOptions(options, kReadFileDefaults);
    enc = options.encoding;
  }
  if (typeof path === 'string' && stdioPaths[path] === 0) path = 0;
  const isFd = typeof path === 'number' && path === (path | 0); // node's isInt32
  const utf8 = enc === 'utf8' || enc === 'utf-8';
  let buf;
  try {
    // node reads utf8 in C++ (readFileUtf8): flags checked for a descriptor too, which is read
    // as it is (no fstat, no range check: a bad one fails in read).
    if (isFd && !utf8) buf = readWhole(getValidatedFd(path));
    else {
      if (!isFd) path = getValidatedPath(path);
      buf = readWhole(path, options === kReadFileDefaults ? O_RDONLY : stringToFlags(options.flag), isFd, utf8);
    }
  } catch (e) {
    throw isFd ? e : readFileSite(e, this, enc);
  }
  if (!enc || typeof buf === 'string') return buf;
  // As node's: any other encoding goes to toString ('buffer' is ERR_UNKNOWN_ENCODING there).
  return utf8 ? buf.toString() : buf.toString(enc);
}

// node reads a file whole in C++ for utf8, else opens it and reads it in JS.
function readFileSite(e, self, enc) {
  if (enc === 'utf8' || enc === 'utf-8') return atNodeSite(e, self, 'readFileSync', e.syscall, 'readFileUtf8', '448:20');
  if (e.syscall === 'open') return atNodeSite(e, self, 'readFileSync', 'open', 'open', '452:35', [kOpenFrame]);
  return atNodeSite(e, self, 'readFileSync', 'read', 'read', '478:19', ['Object.readSync (node:fs:750:18)', 'tryReadSync (node:fs:424:20)']);
}

// writeFile's data for the binding: a utf8 string goes as it is (the binding encodes it, which
// costs less than a Buffer made here).
const fileData = (data, encoding) => (typeof data === 'string' && isUtf8(encoding) ? data : dataToBuffer(data, encoding));

const kWriteFlags = O_TRUNC | O_CREAT | O_WRONLY;
function writeFileSync(path, data, options) {
  // The common call (a path, a string, no options) with node's defaults, past checks it would
  // pass: each helper call costs ~1 us under Boa, several times the binding's own work here.
  if (options === undefined && typeof data === 'string' && typeof path === 'string' && stdioPaths[path] === undefined &&
      !path.includes('\u0000')) {
    if (tmpState === 0) tmpCheck(path);
    try {
      return native.writeFile(path, data, kWriteFlags, 0o666);
    } catch (e) {
      throw atNodeSite(e, this, 'writeFileSync', e.syscall, 'writeFileUtf8', '2380:20');
    }
  }
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flush = validFlush(options);
  const bytes = fileData(data, options.encoding);
  if (stdioFd(path) > 0) path = stdioFd(path);
  if (typeof path === 'number') {
    native.writeFile(getValidatedFd(path), bytes);
    if (flush) fs.fsyncSync(path);
    return;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w'); // node: any falsy flag is 'w'
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (tmpState === 0) tmpCheck(path);
  if (!flush) {
    try {
      return native.writeFile(path, bytes, flags, mode);
    } catch (e) {
      // node writes a utf8 string in C++, anything else through openSync
      throw typeof data === 'string' && (options.encoding === 'utf8' || options.encoding === 'utf-8')
        ? atNodeSite(e, this, 'writeFileSync', e.syscall, 'writeFileUtf8', '2380:20')
        : atNodeSite(e, this, 'writeFileSync', 'open', 'open', '2393:35', [kOpenFrame]);
    }
  }
  // `flush`: the data is synced to the disk before the file is closed, through fs.fsyncSync as
  // node's (a patched or mocked one is the one called).
  const fd = native.open(path, flags, mode);
  try {
    native.writeFile(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    native.close(fd);
  }
}
// node's options.flush (writeFile, appendFile, write streams): a boolean, false when absent.
function validFlush(options) {
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  return flush;
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || typeof path === 'number') options = { ...options, flag: 'a' };
  try {
    fs.writeFileSync(path, data, options); // through fs, as node's
  } catch (e) {
    if (typeof path === 'number') throw e;
    const utf8 = typeof data === 'string' && (options.encoding === 'utf8' || options.encoding === 'utf-8');
    throw utf8 ? atNodeSite(e, this, 'appendFileSync', e.syscall, 'writeFileUtf8', '2461:6', ['Object.writeFileSync (node:fs:2380:20)'])
      : atNodeSite(e, this, 'appendFileSync', 'open', 'open', '2461:6', [kOpenFrame, 'Object.writeFileSync (node:fs:2393:35)']);
  }
}

// The binding builds a Stats itself (as makeStats would) when handed its prototype; BigIntStats
// are made in JS from the stat array. The default options are shared (node's are fresh literals,
// which nothing can observe).
const kStatDefaults = Object.freeze({ bigint: false, throwIfNoEntry: true });
function statSync(path, options = kStatDefaults) {
  path = getValidatedPath(path);
  const bigint = options.bigint; // node reads it first (a null options fails on it)
  let a;
  try { a = native.stat(path, true, options.throwIfNoEntry !== false, bigint ? undefined : Stats.prototype); } catch (e) { throw atNodeSite(e, this, 'statSync', 'stat', 'stat', '1681:25'); }
  return a === undefined || !bigint ? a : makeStats(a, bigint);
}
function lstatSync(path, options = kStatDefaults) {
  path = getValidatedPath(path);
  const bigint = options.bigint; // node reads it first (a null options fails on it)
  let a;
  try { a = native.stat(path, false, options.throwIfNoEntry !== false, bigint ? undefined : Stats.prototype); } catch (e) { throw atNodeSite(e, this, 'lstatSync', 'lstat', 'lstat', '1656:25'); }
  return a === undefined || !bigint ? a : makeStats(a, bigint);
}
function fstatSync(fd, options = kStatDefaults) {
  const bigint = options.bigint;
  fd = getValidatedFdNative(fd);
  if (fd > 2 && !bigint) return native.fstat(fd, Stats.prototype);
  return makeStats(stdioType(fd, native.fstat(fd)), bigint);
}
// WASI gives the process's own stdin/stdout/stderr no file type: a terminal shows as node shows
// one (a character device), anything else as a pipe.
function stdioType(fd, a) {
  if (fd <= 2 && (a[1] & 0o170000) === 0) a[1] = internalBinding('native').isTTY(fd) ? 0o20620 : 0o10600;
  return a;
}

function existsSync(path) {
  try { path = getValidatedPath(path); } catch { return false; }
  if (path.length === 0) return false; // node's access('') fails
  return native.exists(path);
}

// node 20 checks access/copyFile modes in C++: plain TypeError/RangeError with a code, fractions
// truncated.
function getValidMode(mode) {
  if (mode == null) return 0;
  const fail = (Ctor, code, msg) => { const e = new Ctor(msg); e.code = code; return e; };
  if (typeof mode !== 'number') throw fail(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  if (!Number.isFinite(mode)) throw fail(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  const m = Math.trunc(mode);
  if (m < 0 || m > 7) throw fail(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return m;
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode);
  try { native.access(path, mode); } catch (e) { throw atNodeSite(e, this, 'accessSync', 'access', 'access', '244:11'); }
}

function readdirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (!options.recursive && isUtf8(options.encoding)) {
    try {
      return options.withFileTypes ? native.readdirDirents(path, Dirent.prototype, types.kType) : native.readdirNames(path);
    } catch (e) {
      throw atNodeSite(e, this, 'readdirSync', 'scandir', 'readdir', '1521:26');
    }
  }
  // node's readdirSyncRecursive: breadth first; dirents descend into directories, names into
  // whatever stats as a directory (symbolic links to directories included).
  const { join } = require('path');
  const out = [];
  const queue = [[path, '']];
  for (let qi = 0; qi < queue.length; qi++) {
    const [dir, rel] = queue[qi];
    const list = native.readdir(dir);
    for (let i = 0; i < list.length; i += 2) {
      const name = list[i];
      const kind = list[i + 1];
      const relName = rel ? `${rel}/${name}` : name;
      if (options.withFileTypes) out.push(new Dirent(encodeName(name, options.encoding), kind, dir));
      else out.push(encodeName(options.recursive ? relName : name, options.encoding));
      if (!options.recursive) continue;
      const child = join(dir, name);
      let isDir = kind === 2;
      if (!options.withFileTypes && kind === 3) {
        try { const st = native.stat(child, true, false); isDir = st !== undefined && (st[1] & 0o170000) === 0o040000; } catch {}
      }
      if (isDir) queue.push([child, relName]);
    }
    if (!options.recursive) break;
  }
  return out;
}

function mkdirSync(path, options) {
  path = getValidatedPath(path); // (before the options, as node's)
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') mode = parseFileMode(options, 'mode');
  else if (options) {
    if (options.recursive !== undefined) { validateBoolean(options.recursive, 'options.recursive'); recursive = options.recursive; }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  if (tmpState === 0) tmpCheck(path);
  try {
    if (!recursive) { native.mkdir(path, mode); return undefined; }
    return mkdirp(path, mode);
  } catch (e) {
    throw atNodeSite(e, this, 'mkdirSync', 'mkdir', 'mkdir', '1386:26');
  }
}

// node's MKDirpSync: mkdir the path; a missing parent (ENOENT) is made first, the parent being
// the path cut at its last '/' (so 'a//b/' makes 'a/' first). Returns the first directory made.
// Errors name the path given.
function mkdirp(path, mode) {
  const named = (e) => {
    if (e.path !== undefined && (e.path !== path || e.syscall !== 'mkdir')) {
      e.message = e.message.replace(`, ${e.syscall} '${e.path}'`, `, mkdir '${path}'`);
      e.path = path;
      e.syscall = 'mkdir';
    }
    return e;
  };
  const stack = [path];
  let first;
  while (stack.length > 0) {
    const next = stack.pop();
    let err;
    try { native.mkdir(next, mode); } catch (e) { err = e; }
    if (err === undefined) {
      first ??= next;
      continue;
    }
    let code = err.code;
    if (code === 'ENOENT') {
      const cut = next.lastIndexOf('/');
      const dirname = cut === -1 ? next : next.slice(0, cut);
      if (dirname !== next) {
        stack.push(next, dirname);
        continue;
      }
      if (stack.length > 0) continue;
      code = 'EEXIST';
    }
    if (code === 'EACCES' || code === 'ENOSPC' || code === 'ENOTDIR' || code === 'EPERM') throw named(err);
    let st;
    try { st = native.stat(next, true, true); } catch (e) { throw named(e); }
    if ((st[1] & 0o170000) !== 0o040000) {
      const [c, errno, desc] = code === 'EEXIST' && stack.length > 0 ? ['ENOTDIR', -20, 'not a directory'] : ['EEXIST', -17, 'file already exists'];
      const e = new Error(`${c}: ${desc}, mkdir '${path}'`);
      throw Object.assign(e, { errno, code: c, syscall: 'mkdir', path });
    }
  }
  return first;
}

// A failure names the template (prefixXXXXXX) from the synchronous call, the name tried from
// the asynchronous ones, as node 20's binding does.
function mkdtempSync(prefix, options, asyncName = false) {
  options = getOptions(options, { encoding: 'utf8' });
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  if (tmpState === 0) tmpCheck(prefix);
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let tries = 0; ; tries++) {
    let name = prefix;
    const rnd = binding_random(6);
    for (let i = 0; i < 6; i++) name += chars[rnd[i] % chars.length];
    try {
      native.mkdir(name, 0o700);
      return encodeName(name, options.encoding);
    } catch (e) {
      if (e.code !== 'EEXIST' || tries > 100) {
        if (e.path !== undefined) {
          const shown = asyncName ? name : `${prefix}XXXXXX`;
          e.message = e.message.replace(`mkdir '${e.path}'`, `mkdtemp '${shown}'`);
          e.path = shown;
          e.syscall = 'mkdtemp';
        }
        throw e;
      }
    }
  }
}
// node warns once about templates ending in X (platforms treat trailing Xs differently).
let nonPortableTemplateWarn = true;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarn && template.endsWith('X')) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarn = false;
  }
}
function binding_random(n) {
  return internalBinding('native').randomBytes(n);
}

let warnedRecursiveRmdir = false;
// node's validateRmdirOptions: defaults merged under the given options, then checked.
function validateRmdirOptions(options, defaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

// `form`: undefined for fs.rmdirSync, 'callback' for fs.rmdir, 'promise' for fs.promises.rmdir.
// A recursive one warns before checking its options (the promise form after) and lstats the path
// (the promise form stats it, and removes a link to a directory as its rimraf does).
function rmdirSync(path, options, form = undefined) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    if (form !== 'promise') warnRecursiveRmdir();
    validateRmdirOptions({ ...options, force: false }, { retryDelay: 100, maxRetries: 0, recursive: false, force: false });
    if (form === 'promise') {
      warnRecursiveRmdir();
      if ((native.stat(path, true, true)[1] & 0o170000) !== 0o040000) return rmdirPath(path);
    }
    const st = native.stat(path, false, true);
    loadRimraf();
    if ((st[1] & 0o170000) === 0o040000) return removeTree(path, form === undefined);
    if (form === 'promise') return native.unlink(path); // a link to a directory
  } else validateRmdirOptions(options, { retryDelay: 100, maxRetries: 0, recursive: false });
  try { rmdirPath(path); } catch (e) { throw atNodeSite(e, this, 'rmdirSync', 'rmdir', 'rmdir', '1214:11'); }
}

// rmdir(2) takes 'dir/'; the WASI host refuses the trailing slash (EINVAL). The directory is
// removed by its bare name, a failure reported with the path as given.
function rmdirPath(path) {
  const bare = path.replace(/(?<=.)\/+$/, '');
  if (bare === path) return native.rmdir(path);
  try {
    native.rmdir(bare);
  } catch (e) {
    if (e.path === bare) {
      e.message = e.message.replace(`'${bare}'`, `'${path}'`);
      e.path = path;
    }
    throw e;
  }
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  // unlink(2) of 'link/' is ENOTDIR (the slash asks for a directory, the link is not one); the
  // host would follow the link.
  try {
    if (/[^/]\/+$/.test(path) && (native.stat(path.replace(/\/+$/, ''), false, false)?.[1] & 0o170000) === 0o120000) {
      throw uvError(-20, 'unlink', path);
    }
    native.unlink(path);
  } catch (e) {
    throw atNodeSite(e, this, 'unlinkSync', 'unlink', 'unlink', '1889:11');
  }
}
function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  if (tmpState === 0) tmpCheck(newPath);
  try { native.rename(oldPath, newPath); } catch (e) { throw atNodeSite(e, this, 'renameSync', 'rename', 'rename', '1032:11'); }
}
function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  if (tmpState === 0) tmpCheck(newPath);
  native.link(existingPath, newPath);
}
// WASI refuses absolute link targets: the binding stores such a link relative to its directory.
// The absolute targets this process gave are remembered (with the relative text stored for
// them) so that readlink reports them as given; a link since changed reads as it is.
const absoluteLinks = new Map(); // absolute link path -> [target given, target stored]
function symlinkSync(target, path, type) {
  if (typeof type === 'string' && !['dir', 'file', 'junction'].includes(type)) throw new (E().ERR_FS_INVALID_SYMLINK_TYPE)(type);
  makeSymlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}
function makeSymlink(target, path) {
  if (tmpState === 0) tmpCheck(path);
  native.symlink(target, path);
  if (target.startsWith('/')) {
    const stored = native.readlink(path);
    if (stored !== target) absoluteLinks.set(require('path').resolve(path), [target, stored]);
  }
}
function readlinkSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  return encodeName(linkText(getValidatedPath(path, 'oldPath')), options.encoding);
}
function linkText(path) {
  const target = native.readlink(path);
  const given = absoluteLinks.size === 0 ? undefined : absoluteLinks.get(require('path').resolve(path));
  return given !== undefined && given[1] === target ? given[0] : target;
}
// fs.realpathSync is node's JS walk: a failure is the lstat of the first missing component
// (absolute); realpathSync.native (and fs.promises.realpath) report realpath(3)'s error.
function realpathSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  // As node's JS realpath (not .native): anything but a file URL is made a string (`p += ''`).
  if (typeof path !== 'string' && !(path != null && typeof path === 'object' && path.href !== undefined && path.protocol !== undefined)) path += '';
  // node's walk starts from path.resolve(p): `..` after a symbolic link is lexical here.
  const p = require('path').resolve(getValidatedPath(path));
  let real;
  try {
    real = native.realpath(p);
  } catch (err) {
    throw realpathWalkError(p, err);
  }
  return encodeName(real, options.encoding);
}
function realpathWalkError(p, err) {
  if (typeof p !== 'string') return err;
  const pathModule = require('path');
  let current = '/';
  for (const part of pathModule.resolve(p).split('/')) {
    if (part === '') continue;
    const next = pathModule.join(current, part);
    try {
      if (lstatSync(next).isSymbolicLink()) {
        statSync(next); // node stats a link before following it: a dangling one fails in stat
        current = native.realpath(next);
      } else {
        current = next;
      }
    } catch (e) {
      // An ancestor outside the sandbox's granted directories cannot be checked: go on.
      if (e.code !== 'EACCES') return e;
      current = next;
    }
  }
  return err;
}
realpathSync.native = function realpathSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  return encodeName(native.realpath(getValidatedPath(path)), options.encoding);
};

let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}
function truncateSync(path, len) {
  if (len === undefined) len = 0;
  if (typeof path === 'number') { warnTruncateFd(); return ftruncateSync(path, len); }
  validateInteger(len, 'len');
  const fd = openSync(path, 'r+');
  try { ftruncateSync(fd, len); } finally { closeSync(fd); }
}
function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  native.ftruncate(getValidatedFdNative(fd), Math.max(0, len));
}
function fsyncSync(fd) { native.fsync(getValidatedFdNative(fd), false); }
function fdatasyncSync(fd) { native.fsync(getValidatedFdNative(fd), true); }

function utimesSync(path, atime, mtime) {
  native.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true);
}
function lutimesSync(path, atime, mtime) {
  native.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false);
}
function futimesSync(fd, atime, mtime) {
  const a = toUnixTimestamp(atime, 'atime');
  const m = toUnixTimestamp(mtime, 'mtime');
  native.futimes(getValidatedFdNative(fd), a, m);
}

// WASI has no owners or permission bits: these succeed when the target exists, as on a file
// system that ignores modes.
// Checks that the target exists, reporting a failure under the caller's syscall name.
function mustExist(target, follow, syscall) {
  try {
    if (typeof target === 'number') native.fstat(target); else native.stat(target, follow, true);
  } catch (e) {
    if (e.syscall !== undefined) {
      e.message = e.message.replace(`, ${e.syscall}`, `, ${syscall}`);
      e.syscall = syscall;
    }
    throw e;
  }
}
function chmodSync(path, mode) { path = getValidatedPath(path); parseFileMode(mode, 'mode'); mustExist(path, true, 'chmod'); }
function lchmodSync(path, mode) { path = getValidatedPath(path); parseFileMode(mode, 'mode'); mustExist(path, false, 'lchmod'); }
function fchmodSync(fd, mode) { parseFileMode(mode, 'mode'); mustExist(getValidatedFdNative(fd), true, 'fchmod'); }
function chownSync(path, uid, gid) { path = getValidatedPath(path); validateInteger(uid, 'uid', -1, 4294967295); validateInteger(gid, 'gid', -1, 4294967295); mustExist(path, true, 'chown'); }
function lchownSync(path, uid, gid) { path = getValidatedPath(path); validateInteger(uid, 'uid', -1, 4294967295); validateInteger(gid, 'gid', -1, 4294967295); mustExist(path, false, 'lchown'); }
function fchownSync(fd, uid, gid) { validateInteger(uid, 'uid', -1, 4294967295); validateInteger(gid, 'gid', -1, 4294967295); mustExist(getValidatedFdNative(fd), true, 'fchown'); }

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode);
  if (tmpState === 0) tmpCheck(dest);
  try { native.copyFile(src, dest, mode); } catch (e) { throw atNodeSite(e, this, 'copyFileSync', 'copyfile', 'copyfile', '3047:11'); }
}

function rmSync(path, options, viaCallback = false) {
  path = getValidatedPath(path);
  const { recursive, force } = validateRmdirOptions(options, { retryDelay: 100, maxRetries: 0, recursive: false, force: false });
  validateBoolean(force, 'options.force');
  const st = native.stat(path, false, false);
  if (st === undefined && !force) native.stat(path, false, true);
  const isDir = st !== undefined && (st[1] & 0o170000) === 0o040000;
  if (isDir && !recursive) throw systemError('ERR_FS_EISDIR', 'Path is a directory', { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  loadRimraf();
  if (isDir) removeTree(path, !viaCallback);
  else if (st !== undefined) native.unlink(path);
}
// node 20's rimrafSync calls fs.rmdirSync as it was when its module loaded (the first rm, or
// recursive rmdir) on each directory, and the current fs.rmdirSync again on one it had to empty
// first: a patched one sees those calls, with Buffer paths below the top as node's walk builds
// them. Its callback and promise forms do not (`viaFs` false).
let rimrafRmdirSync;
function loadRimraf() { rimrafRmdirSync ??= fs.rmdirSync; }
function removeTree(dir, viaFs, nested = false) {
  const arg = nested ? Buffer.from(dir) : dir;
  if (viaFs && rimrafRmdirSync !== rmdirSync) {
    try {
      return rimrafRmdirSync(arg);
    } catch (e) {
      if (e.code === 'ENOENT') return;
      if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST' && e.code !== 'EPERM') throw e;
    }
  }
  const list = native.readdir(dir);
  for (let i = 0; i < list.length; i += 2) {
    const p = `${dir}/${list[i]}`;
    if (list[i + 1] === 2) removeTree(p, viaFs, true); else native.unlink(p);
  }
  if (list.length === 0 || !viaFs) rmdirPath(dir);
  else fs.rmdirSync(arg);
}

// fs.cpSync as node 20's lib/internal/fs/cp/cp-sync.js: the same checks (same file, directory
// over file and back, copying into itself), the same SystemErrors.
const kCpDefaults = { dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false, recursive: false, verbatimSymlinks: false };
function validateCpOptions(options) {
  if (options === undefined) return { ...kCpDefaults };
  validateObject(options, 'options');
  options = { ...kCpDefaults, ...options };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) validateBoolean(options[k], `options.${k}`);
  if (options.mode != null) validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new (E().ERR_INCOMPATIBLE_OPTION_PAIR)('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}
const kCpAsync = Symbol('kCpAsync');
const S_IFMT = 0o170000;
const kindOf = (st) => st[1] & S_IFMT;
function cpError(code, key, errno, uvCode, message, path) {
  return systemError(code, key, { message, path, syscall: 'cp', errno, code: uvCode });
}
function cpStat(file, opts) { return native.stat(file, !!opts.dereference, true); }
const sameFile = (a, b) => b[7] && b[0] && a[7] === b[7] && a[0] === b[0];
function isSrcSubdir(src, dest) {
  const { resolve } = require('path');
  const s = resolve(src).split('/').filter(Boolean);
  const d = resolve(dest).split('/').filter(Boolean);
  return s.every((cur, i) => d[i] === cur);
}
// The walk is a generator that yields each filter result: cpSync refuses a promise, fs.cp and
// fs.promises.cp await it (node's async cp takes async filters).
function* cpCheckPaths(src, dest, opts) {
  if (opts.filter) {
    const ok = yield opts.filter(src, dest);
    if (!ok) return null;
  }
  const srcStat = cpStat(src, opts);
  let destStat = null;
  try { destStat = cpStat(dest, opts); } catch (e) { if (e.code !== 'ENOENT') throw e; }
  if (destStat) {
    if (sameFile(srcStat, destStat)) throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 22, 'EINVAL', 'src and dest cannot be the same', dest);
    const srcDir = kindOf(srcStat) === 0o040000;
    const destDir = kindOf(destStat) === 0o040000;
    if (srcDir && !destDir) throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', 21, 'EISDIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    if (!srcDir && destDir) throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', 20, 'ENOTDIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
  }
  if (kindOf(srcStat) === 0o040000 && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 22, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat };
}
function cpCheckParentPaths(src, srcStat, dest) {
  const { resolve, dirname } = require('path');
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === '/') return;
  let destStat;
  try { destStat = native.stat(destParent, true, true); } catch (e) {
    // (EACCES: an ancestor outside the sandbox's granted directories, which cannot hold src.)
    if (e.code === 'ENOENT' || e.code === 'EACCES') return;
    throw e;
  }
  if (sameFile(srcStat, destStat)) throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 22, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  cpCheckParentPaths(src, srcStat, destParent);
}
function* cpOne(destStat, src, dest, opts) {
  const srcStat = cpStat(src, opts);
  const kind = kindOf(srcStat);
  if (kind === 0o040000) {
    // node's cp-sync gives this error errno EINVAL, its async cp EISDIR.
    if (!opts.recursive) throw cpError('ERR_FS_EISDIR', 'Path is a directory', opts[kCpAsync] ? 21 : 22, 'EISDIR', `${src} is a directory (not copied)`, src);
    if (!destStat) native.mkdir(dest, 0o777);
    const { join } = require('path');
    const list = native.readdir(src, undefined, undefined, true); // the directory's own order, as node's opendir
    for (let i = 0; i < list.length; i += 2) {
      const srcItem = join(src, list[i]);
      const destItem = join(dest, list[i]);
      const r = yield* cpCheckPaths(srcItem, destItem, opts);
      if (r) yield* cpOne(r.destStat, srcItem, destItem, opts);
    }
    return;
  }
  if (kind === 0o100000 || kind === 0o020000 || kind === 0o060000) {
    if (destStat) {
      if (!opts.force) {
        if (opts.errorOnExist) throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 17, 'EEXIST', `${dest} already exists`, dest);
        return;
      }
      native.unlink(dest);
    }
    native.copyFile(src, dest, opts.mode ?? 0);
    if (opts.preserveTimestamps) {
      // As node's: the source's times after the copy (reading it may have moved atime).
      const st = statSync(src);
      utimesSync(dest, st.atime, st.mtime);
    }
    return;
  }
  if (kind === 0o120000) {
    const { isAbsolute, resolve, dirname } = require('path');
    let resolvedSrc = linkText(src);
    if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
    if (!destStat) return makeSymlink(resolvedSrc, dest);
    let resolvedDest;
    try { resolvedDest = linkText(dest); } catch (e) {
      if (e.code === 'EINVAL' || e.code === 'UNKNOWN') return makeSymlink(resolvedSrc, dest);
      throw e;
    }
    if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
    if (isSrcSubdir(resolvedSrc, resolvedDest)) throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 22, 'EINVAL', `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest);
    const st = native.stat(src, true, true);
    if (kindOf(st) === 0o040000 && isSrcSubdir(resolvedDest, resolvedSrc)) {
      throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', 22, 'EINVAL', `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest);
    }
    native.unlink(dest);
    return makeSymlink(resolvedSrc, dest);
  }
  if (kind === 0o140000) throw cpError('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', 22, 'EINVAL', `cannot copy a socket file: ${dest}`, dest);
  if (kind === 0o010000) throw cpError('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', 22, 'EINVAL', `cannot copy a FIFO pipe: ${dest}`, dest);
  throw cpError('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', 22, 'EINVAL', `cannot copy an unknown file type: ${dest}`, dest);
}
function* cpWalk(src, dest, options) {
  const r = yield* cpCheckPaths(src, dest, options);
  if (!r) return;
  cpCheckParentPaths(src, r.srcStat, dest);
  const parent = require('path').dirname(dest);
  if (!existsSync(parent)) mkdirSync(parent, { recursive: true });
  yield* cpOne(r.destStat, src, dest, options);
}
function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const walk = cpWalk(src, dest, options);
  for (let step = walk.next(); !step.done;) {
    const ok = step.value;
    if (ok && typeof ok.then === 'function') throw new (E().ERR_INVALID_RETURN_VALUE)('boolean', 'filter', ok);
    step = walk.next(ok);
  }
}
// fs.cp / fs.promises.cp: checks at the call, the walk in later turns (filters may be async).
function cpAsync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  options[kCpAsync] = true;
  return (async () => {
    await null;
    const walk = cpWalk(src, dest, options);
    for (let step = walk.next(); !step.done;) step = walk.next(await step.value);
  })();
}

// Errors name the opendir syscall; the synchronous form's, as node 20's, without the path.
function opendirSync(path, options, keepPath = false) {
  const given = path instanceof Uint8Array ? path : undefined; // node's Dir keeps a Buffer path
  path = getValidatedPath(path);
  // node opens the directory now and reads it at the first read: a file added in between is
  // listed, and a directory removed since reads as empty.
  const list = () => {
    // opendir reads in the directory's own order (node's uv_fs_readdir), readdir sorted.
    const entries = native.readdirDirents(path, Dirent.prototype, types.kType, true);
    if (given) for (const d of entries) d.parentPath = d.path = given;
    return entries;
  };
  try {
    getOptions(options, {});
    const st = native.stat(path, true, false);
    if (st === undefined || (st[1] & 0o170000) !== 0o040000) list(); // fails as the listing does
  } catch (e) {
    if (e.syscall === 'scandir' || e.syscall === 'stat') {
      e.syscall = 'opendir';
      e.message = e.message.replace(/, (?:scandir|stat) .*$/s, keepPath ? `, opendir '${path}'` : ', opendir');
      if (!keepPath) delete e.path;
    }
    throw e;
  }
  const listOpened = () => {
    try { return list(); } catch (e) { if (e.code === 'ENOENT') return []; throw e; }
  };
  return new types.Dir(given ?? path, listOpened, options, (dir) => native.readdirDirents(dir, Dirent.prototype, types.kType, true));
}

function statfsSync(path, options = { bigint: false }) {
  mustExist(getValidatedPath(path), true, 'statfs');
  const v = [61267, 4096, 1048576, 524288, 524288, 1048576, 524288];
  const f = options.bigint ? BigInt : Number;
  return new types.StatFs(...v.map(f));
}

// ---- fs.watch ----
// WASI has no change notifications: a watch looks at its path every kWatchPollMs and reports
// the differences between two looks as the events Linux's inotify gives node for them.
// A directory: an entry added or removed is 'rename' (a file added with content also 'change',
// its write), a file modified 'change', an entry renamed 'rename' for the old name, then the
// new; nothing below the directory. Recursive (node 20's own watcher on Linux): the names are
// paths relative to the directory, and an added file is only 'rename'. A file (links followed):
// modified, 'change'; removed or replaced, 'change', 'rename', 'rename' (its inode's link count,
// its deletion, the end of the watch), as a removed directory gives 'rename' for each entry,
// then twice for itself; nothing more is reported then, though the watch keeps the process
// alive until closed, as node's. Several writes to a file between two looks make one 'change'
// (inotify reports each write: a writeFileSync over a file is two).
const kWatchPollMs = 20;
const S_IFDIR = 0o040000;
// A look: for a directory a Map of entry name -> [ino, kind, size, mtime s, mtime ns]
// (kind as readdir's: 1 file, 2 dir, 3 link), for a file its entry; null once it is gone.
function lookEntry(path, follow) {
  let st;
  try { st = native.stat(path, follow, false); } catch { return null; }
  if (st === undefined) return null;
  const kind = (st[1] & S_IFMT) === S_IFDIR ? 2 : 1;
  return [st[7], kind, st[8], st[12], st[13]];
}
function lookDir(dir, recursive, prefix = '', into = new Map()) {
  let list;
  try { list = native.readdir(dir); } catch { return prefix === '' ? null : into; }
  for (let i = 0; i < list.length; i += 2) {
    const name = list[i], kind = list[i + 1];
    const e = lookEntry(`${dir}/${name}`, false);
    if (e === null) continue;
    if (kind === 3) e[1] = 3;
    into.set(prefix + name, e);
    if (recursive && e[1] === 2) lookDir(`${dir}/${name}`, true, `${prefix}${name}/`, into);
  }
  return into;
}
const modified = (a, b) => a[2] !== b[2] || a[3] !== b[3] || a[4] !== b[4];
// The events between two looks of a directory, as [eventType, name] pairs.
function dirEvents(prev, cur, recursive) {
  const out = [];
  const removed = [], added = [];
  for (const name of prev.keys()) if (!cur.has(name)) removed.push(name);
  for (const name of cur.keys()) if (!prev.has(name)) added.push(name);
  // A removed entry's inode under an added name: one rename.
  const byIno = new Map();
  for (const name of removed) byIno.set(prev.get(name)[0], name);
  const renamedTo = new Map();
  for (const name of added) {
    const from = byIno.get(cur.get(name)[0]);
    if (from !== undefined && !renamedTo.has(from)) renamedTo.set(from, name);
  }
  const paired = new Set(renamedTo.values());
  // Entries of a removed directory before it, as a recursive removal goes.
  removed.sort().reverse();
  for (const name of removed) {
    out.push(['rename', name]);
    if (renamedTo.has(name)) out.push(['rename', renamedTo.get(name)]);
  }
  for (const [name, c] of cur) {
    const p = prev.get(name);
    if (p === undefined) {
      if (paired.has(name)) continue;
      out.push(['rename', name]);
      if (!recursive && c[1] === 1 && c[2] > 0) out.push(['change', name]);
    } else if (p[0] !== c[0]) {
      out.push(['rename', name]);
    } else if (c[1] === 1 && modified(p, c)) {
      out.push(['change', name]);
    }
  }
  return out;
}
// One look-and-compare per watched path, shared by its handles as libuv shares one inotify
// watch: a handle started on a path already watched also gets the changes made before it
// started that the others have not been told yet. Each event goes to every handle in the order
// they started; the timer keeps the process alive while any handle is ref'd.
const watchPollers = new Map();
class WatchPoller {
  constructor(path, recursive) {
    this.path = path;
    this.recursive = recursive;
    this.base = require('path').basename(path);
    const top = lookEntry(path, true);
    this.dir = top !== null && top[1] === 2;
    this.look = this.dir ? lookDir(path, recursive) : top;
    this.handles = new Set();
    this.skip = 0;
    this.timer = setInterval(() => this.poll(), kWatchPollMs);
  }
  refresh() {
    if (this.handles.size === 0) {
      clearInterval(this.timer);
      if (watchPollers.get(this.key) === this) watchPollers.delete(this.key);
      return;
    }
    let refed = false;
    for (const h of this.handles) if (h[kWatchRefed]) refed = true;
    if (refed) this.timer.ref(); else this.timer.unref();
  }
  poll() {
    const prev = this.look;
    if (prev === null) return; // gone: nothing more, as an inotify watch of a deleted inode
    // A big tree is looked at less often: every kWatchPollMs for each 1,000 entries.
    if (this.skip > 0) { this.skip--; return; }
    let events;
    if (this.dir) {
      const cur = lookEntry(this.path, true)?.[1] === 2 ? lookDir(this.path, this.recursive) : null;
      this.look = cur;
      if (cur === null) {
        events = [...prev.keys()].sort().reverse().map((n) => ['rename', n]);
        events.push(['rename', this.base], ['rename', this.base]);
      } else {
        events = dirEvents(prev, cur, this.recursive);
      }
    } else {
      const cur = lookEntry(this.path, true);
      this.look = cur;
      if (cur === null || cur[0] !== prev[0]) {
        this.look = null;
        events = [['change', this.base], ['rename', this.base], ['rename', this.base]];
      } else {
        events = modified(prev, cur) ? [['change', this.base]] : [];
      }
    }
    if (this.dir && this.look !== null) this.skip = Math.floor(this.look.size / 1000);
    if (this.look === null && watchPollers.get(this.key) === this) watchPollers.delete(this.key);
    for (const [type, name] of events) {
      for (const h of [...this.handles]) {
        // (A listener may close any handle.) nextTicks and microtasks run after each callback,
        // as after each of libuv's.
        if (this.handles.has(h) && typeof h.onchange === 'function') {
          h.onchange(0, type, h[kWatchName](name));
          loop.drainTicks();
        }
      }
    }
  }
}
const kWatchRefed = Symbol('kWatchRefed');
const kWatchName = Symbol('kWatchName');
// Stands for node's FSEvent handle: start(), close(), ref(), unref(), onchange(status, type, name).
class FSEvent {
  #poller = null;
  #encoding = 'utf8';
  constructor() { this.onchange = null; }
  get initialized() { return this.#poller !== null; }
  start(path, persistent, recursive, encoding) {
    try {
      mustExist(path, true, recursive ? 'stat' : 'watch');
    } catch (e) {
      if (e.syscall !== undefined) e.filename = path;
      throw e;
    }
    this.#encoding = encoding;
    this[kWatchRefed] = persistent !== false;
    // (node 20's recursive watcher on Linux is its own: not shared.)
    const key = recursive ? undefined : require('path').resolve(path);
    let poller = key === undefined ? undefined : watchPollers.get(key);
    if (poller === undefined) {
      poller = new WatchPoller(path, !!recursive);
      poller.key = key;
      if (key !== undefined) watchPollers.set(key, poller);
    }
    this.#poller = poller;
    poller.handles.add(this);
    poller.refresh();
  }
  [kWatchName](name) {
    const enc = this.#encoding;
    if (!enc || enc === 'utf8' || enc === 'utf-8') return name;
    const b = Buffer.from(name);
    return enc === 'buffer' ? b : b.toString(enc);
  }
  close() {
    const poller = this.#poller;
    if (poller === null) return;
    this.#poller = null;
    poller.handles.delete(this);
    poller.refresh();
  }
  ref() { this[kWatchRefed] = true; this.#poller?.refresh(); }
  unref() { this[kWatchRefed] = false; this.#poller?.refresh(); }
}
let FSWatcher, RecursiveWatcher;
function watcherClasses() {
  if (FSWatcher) return;
  const EventEmitter = require('events');
  // node's internal/fs/watchers FSWatcher: its close event comes on the next tick.
  FSWatcher = class FSWatcher extends EventEmitter {
    constructor() {
      super();
      this._handle = new FSEvent();
      this._handle.onchange = (status, eventType, filename) => this.emit('change', eventType, filename);
    }
    close() {
      if (this._handle === null) return;
      this._handle.close();
      this._handle = null;
      process.nextTick(() => this.emit('close'));
    }
    ref() { if (this._handle) this._handle.ref(); return this; }
    unref() { if (this._handle) this._handle.unref(); return this; }
  };
  // node 20's recursive watcher on Linux (internal/fs/recursive_watch): no _handle, and its close
  // event comes at once.
  RecursiveWatcher = { FSWatcher: class FSWatcher extends EventEmitter {
    #handle = new FSEvent();
    constructor() {
      super();
      this.#handle.onchange = (status, eventType, filename) => this.emit('change', eventType, filename);
    }
    start(path, persistent, encoding) { this.#handle.start(path, persistent, true, encoding); }
    close() {
      if (this.#handle === null) return;
      this.#handle.close();
      this.#handle = null;
      this.emit('close');
    }
    ref() { if (this.#handle) this.#handle.ref(); return this; }
    unref() { if (this.#handle) this.#handle.unref(); return this; }
  } }.FSWatcher;
}

// ---- the callback API ----

// Runs `op` now and calls back in the poll phase. Argument errors throw synchronously, as in
// node; errors from the file system go to the callback.
// `spread`: the result is the callback's two values (node's read/write: the count and the
// buffer); `errorArgs`: the two that follow an error (0 and the buffer).
// With `args`, the operation is `op(...args)` (no closure or spread per call).
function deliver(callback, op, spread, rounds = 1, errorArgs, args) {
  let result, error = null;
  try {
    // (Direct calls for the usual argument counts: ReflectApply is one more native call.)
    if (args === undefined || args.length === 0) result = op();
    else if (args.length === 1) result = op(args[0]);
    else if (args.length === 2) result = op(args[0], args[1]);
    else result = ReflectApply(op, undefined, args);
  } catch (e) {
    if (!(e && (e.syscall !== undefined || e.__fs))) throw e;
    error = e;
    // node's libuv errors are made in the completion callback: their stack has no frames.
    if (e.syscall !== undefined && typeof e.code === 'string' && !e.code.startsWith('ERR_')) {
      const stack = e.stack;
      const at = typeof stack === 'string' ? stack.indexOf('\n    at ') : -1;
      if (at !== -1) e.stack = stack.slice(0, at);
      loop.markFrameless(e); // the crash report shows it as inspect does, in brackets
    }
  }
  loop.queueCompletion(() => {
    if (error) errorArgs ? callback(error, errorArgs[0], errorArgs[1]) : callback(error);
    else if (spread) callback(null, result[0], result[1]);
    else if (result === undefined) callback(null); // node's binding passes no value then
    else callback(null, result);
  }, error ? 1 : rounds);
}

const abortError = (signal) => new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });

// node's readFile/writeFile look at their AbortSignal between steps: once the file is open
// (and for readFile stat'ed), `checkAt` of its `rounds` loop turns. Aborted by then, the file
// is closed unread or unwritten and the callback gets an AbortError a turn later.
function deliverAbortable(cb, signal, checkAt, rounds, open, work) {
  let fd;
  try { fd = open(); } catch (e) { return deliver(cb, () => { throw e; }); }
  loop.queueCompletion(() => {
    if (signal.aborted) {
      try { closeSync(fd); } catch {}
      return loop.queueCompletion(() => cb(abortError(signal)));
    }
    deliver(cb, () => { try { return work(fd); } finally { closeSync(fd); } }, false, rounds - checkAt);
  }, checkAt);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Makes the callback form of `syncFn`, whose arguments are all but the last (the callback).
function callbackify(syncFn, minArgs = 0) {
  return function (...args) {
    let cb = args.pop();
    while (args.length < minArgs) args.push(undefined);
    if (typeof cb !== 'function') maybeCallback(cb);
    deliver(cb, syncFn, false, 1, undefined, args);
  };
}

// A callback form whose arguments node checks before its callback (at position `arity`);
// `check` throws node's errors for them.
function checkedCallbackForm(syncFn, arity, check) {
  return function (...args) {
    ReflectApply(check, undefined, args);
    const cb = maybeCallback(args[arity]);
    deliver(cb, syncFn, false, 1, undefined, args.slice(0, arity));
  };
}
const validateId = (id, name) => validateInteger(id, name, -1, 4294967295);

const fs = module.exports;

const syncFns = {
  accessSync, appendFileSync, chmodSync, chownSync, closeSync, copyFileSync, cpSync, existsSync,
  fchmodSync, fchownSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, futimesSync,
  lchmodSync, lchownSync, linkSync, lstatSync, lutimesSync, mkdirSync, mkdtempSync, openSync,
  opendirSync, readSync, readvSync, readdirSync, readFileSync, readlinkSync, realpathSync,
  renameSync, rmSync, rmdirSync, statSync, statfsSync, symlinkSync, truncateSync, unlinkSync,
  utimesSync, writeFileSync, writeSync, writevSync,
};

// node's appendFile is fs.writeFile with an append flag (through fs: a patched one is called).
fs.appendFile = function appendFile(path, data, options, cb) {
  cb = maybeCallback(cb || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || typeof path === 'number') options = { ...options, flag: 'a' };
  fs.writeFile(path, data, options, cb);
};
fs.appendFileSync = appendFileSync;
fs.access = function access(path, mode, cb) {
  if (typeof mode === 'function') { cb = mode; mode = undefined; }
  cb = maybeCallback(cb);
  deliver(cb, () => accessSync(path, mode));
};
fs.accessSync = accessSync;
fs.chown = callbackify(chownSync);
fs.chownSync = chownSync;
fs.chmod = checkedCallbackForm(chmodSync, 2, (path, mode) => { getValidatedPath(path); parseFileMode(mode, 'mode'); });
fs.chmodSync = chmodSync;
fs.close = function close(fd, cb = () => {}) {
  if (cb !== undefined) validateFunction(cb, 'cb');
  fd = getValidatedFdNative(fd);
  deliver(cb, () => closeSync(fd));
};
fs.closeSync = closeSync;
fs.copyFile = function copyFile(src, dest, mode, cb) {
  if (typeof mode === 'function') { cb = mode; mode = 0; }
  getValidatedPath(src, 'src');
  getValidatedPath(dest, 'dest');
  cb = maybeCallback(cb);
  deliver(cb, () => copyFileSync(src, dest, mode));
};
fs.copyFileSync = copyFileSync;
fs.cp = function cp(src, dest, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  cb = maybeCallback(cb);
  cpAsync(src, dest, options).then(() => loop.queueCompletion(() => cb(null, undefined)), (err) => loop.queueCompletion(() => cb(err)));
};
fs.cpSync = cpSync;
fs.createReadStream = function createReadStream(path, options) { return new (require('internal/fs_streams').ReadStream)(path, options); };
fs.createWriteStream = function createWriteStream(path, options) { return new (require('internal/fs_streams').WriteStream)(path, options); };
// As node's: through fs.access (a patched one is called); a path it refuses calls back at once.
fs.exists = function exists(path, cb) {
  validateFunction(cb, 'cb');
  try {
    fs.access(path, constants.F_OK, (err) => cb(!err));
  } catch {
    return cb(false);
  }
};
Object.defineProperty(fs.exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) { return new Promise((resolve) => fs.exists(path, resolve)); }, configurable: true,
});
fs.existsSync = existsSync;
// (In node's order of keys.)
const callbackForms = (names) => {
  for (const name of names) {
    fs[name] = callbackify(syncFns[`${name}Sync`]);
    fs[`${name}Sync`] = syncFns[`${name}Sync`];
  }
};
callbackForms(['fchown', 'fchmod', 'fdatasync', 'fstat', 'fsync']);
fs.fchown = checkedCallbackForm(fchownSync, 3, (fd, uid, gid) => { validateId(uid, 'uid'); validateId(gid, 'gid'); });
fs.fchmod = checkedCallbackForm(fchmodSync, 2, (fd, mode) => parseFileMode(mode, 'mode'));
fs.ftruncate = function ftruncate(fd, len = 0, cb) {
  if (typeof len === 'function') { cb = len; len = 0; }
  validateInteger(len, 'len');
  cb = maybeCallback(cb);
  deliver(cb, () => ftruncateSync(fd, len));
};
fs.ftruncateSync = ftruncateSync;
callbackForms(['futimes', 'lchown']);
fs.futimes = checkedCallbackForm(futimesSync, 3, (fd, atime, mtime) => { toUnixTimestamp(atime, 'atime'); toUnixTimestamp(mtime, 'mtime'); });
// lchmod exists on macOS only: on Linux node has the keys, undefined.
fs.lchmod = undefined;
fs.lchmodSync = undefined;
callbackForms(['link']);
fs.lstat = callbackify(lstatSync);
fs.lstatSync = lstatSync;
fs.lutimes = callbackify(lutimesSync);
fs.lutimesSync = lutimesSync;
fs.mkdir = function mkdir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  cb = maybeCallback(cb);
  // node's recursive mkdir tries the full path first, then each missing level: 2n-1 requests.
  let rounds = 1;
  if (options && options.recursive === true && typeof path === 'string') {
    let missing = 0;
    for (let p = path; p && p !== '/' && p !== '.'; p = p.replace(/\/*[^/]*\/*$/, '')) {
      let st;
      try { st = native.stat(p, true, false); } catch { break; }
      if (st !== undefined) break;
      missing++;
    }
    rounds = Math.max(1, 2 * missing - 1);
  }
  deliver(cb, () => mkdirSync(path, options), false, rounds);
};
fs.mkdirSync = mkdirSync;
fs.mkdtemp = function mkdtemp(prefix, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  cb = maybeCallback(cb);
  deliver(cb, () => mkdtempSync(prefix, options, true));
};
fs.mkdtempSync = mkdtempSync;
// As node's: the path, mode and flags are checked before the callback.
fs.open = function open(path, flags, mode, cb) {
  path = getValidatedPath(path);
  if (arguments.length < 3) { cb = flags; flags = undefined; mode = undefined; } else if (typeof mode === 'function') { cb = mode; mode = undefined; }
  parseFileMode(mode, 'mode', 0o666);
  stringToFlags(flags);
  cb = maybeCallback(cb);
  deliver(cb, () => openSync(path, flags, mode));
};
fs.openSync = openSync;
fs.openAsBlob = function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  require('internal/validators').validateString(type, 'options.type');
  path = getValidatedPath(path);
  let data;
  try { data = readFileSync(path); } catch {
    // node 20 fails here synchronously, from C++ (a TypeError with a code, no [code] in the name).
    const e = new TypeError('Unable to open file as blob');
    e.code = 'ERR_INVALID_ARG_VALUE';
    throw e;
  }
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([data], { type }));
};
// node 20 lists recursively with readdirSyncRecursive: the callback runs (or the error is
// thrown) before fs.readdir returns.
fs.readdir = function readdir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  cb = maybeCallback(cb);
  if (options?.recursive === true) return void cb(null, readdirSync(path, options));
  deliver(cb, () => readdirSync(path, options));
};
fs.readdirSync = readdirSync;
// (Rest parameters, see readSync: `rest` holds offsetOrOptions, length, position, callback.)
fs.read = function read(fd, buffer, ...rest) {
  let offsetOrOptions = rest[0], length = rest[1], position = rest[2], callback = rest[3];
  if (typeof callback === 'function' && plainRead(fd, buffer, offsetOrOptions, length, position)) {
    deliver(callback, () => [native.read(fd, buffer, offsetOrOptions, length, position ?? -1), buffer], true, 1, [0, buffer]);
    return;
  }
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (rest.length <= 2) { // (node: arguments.length <= 4)
    if (rest.length === 2) {
      validateObject(offsetOrOptions, 'options', kNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (rest.length === 1) {
      if (!ArrayBuffer.isView(buffer)) {
        validateObject(buffer, 'options', kNullable);
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  const cb = maybeCallback(callback);
  const a = checkRead(buffer, offset, length, position);
  if (a === null) return process.nextTick(() => cb(null, 0, buffer));
  deliver(cb, () => [native.read(fd, bytesOf(buffer), a[0], a[1], a[2]), buffer], true, 1, [0, buffer]);
};
fs.readSync = readSync;
Object.defineProperty(readSync, 'length', { value: 5 });
Object.defineProperty(fs.read, 'length', { value: 6 });
fs.readv = function readv(fd, buffers, position, cb) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') { cb = position; position = null; }
  cb = maybeCallback(cb);
  deliver(cb, () => [readvSync(fd, buffers, position), buffers], true, 1, [0, buffers]);
};
fs.readvSync = readvSync;
fs.readFile = function readFile(path, options, cb) {
  cb = maybeCallback(cb || options);
  if (typeof options === 'function') options = undefined;
  const opts = getOptions(options, { flag: 'r' });
  const { signal } = opts;
  if (typeof path === 'number') {
    if (!signal) return deliver(cb, () => readFileSync(path, opts), false, 2);
    // A descriptor of the caller's: node looks at the signal once, in a tick, before reading.
    return process.nextTick(() => {
      if (signal.aborted) process.nextTick(cb, abortError(signal));
      else deliver(cb, () => readFileSync(path, opts), false, 2);
    });
  }
  path = getValidatedPath(path);
  if (!signal) return deliver(cb, () => readFileSync(path, opts), false, 4);
  if (signal.aborted) return cb(abortError(signal));
  const { encoding } = opts;
  deliverAbortable(cb, signal, 2, 4, () => openSync(path, opts.flag), (fd) => {
    const buf = readWhole(fd);
    return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
  });
};
fs.readFileSync = readFileSync;
fs.readlink = callbackify(readlinkSync);
fs.readlinkSync = readlinkSync;
fs.realpath = callbackify(realpathSync);
fs.realpath.native = callbackify(realpathSync.native);
fs.realpathSync = realpathSync;
fs.rename = callbackify(renameSync);
fs.renameSync = renameSync;
// node 20 checks the path and options, never the callback: a missing one fails when called.
fs.rm = function rm(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  if (typeof cb !== 'function') cb = () => { throw new TypeError('callback is not a function'); };
  deliver(cb, () => rmSync(path, options, true));
};
fs.rmSync = rmSync;
fs.rmdir = function rmdir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  cb = maybeCallback(cb);
  deliver(cb, () => rmdirSync(path, options, 'callback'));
};
fs.rmdirSync = rmdirSync;
fs.stat = callbackify(statSync);
fs.statfs = callbackify(statfsSync);
fs.statSync = statSync;
fs.statfsSync = statfsSync;
fs.symlink = callbackify(symlinkSync);
fs.symlinkSync = symlinkSync;
fs.truncate = function truncate(path, len, cb) {
  if (typeof path === 'number') { warnTruncateFd(); return fs.ftruncate(path, len, cb); }
  if (typeof len === 'function') { cb = len; len = 0; } else if (len === undefined) len = 0;
  validateInteger(len, 'len');
  cb = maybeCallback(cb);
  path = getValidatedPath(path);
  deliver(cb, () => truncateSync(path, len));
};
fs.truncateSync = truncateSync;
// fs.watchFile polls with stat, as libuv's uv_fs_poll does: a 'change' (curr, prev) when the
// stats differ, or when the file appears or disappears (zeroed stats on the missing side).
const statWatchers = new Map();
let StatWatcher;
function statWatcherClass() {
  if (StatWatcher) return StatWatcher;
  const EventEmitter = require('events');
  const zero = new Array(16).fill(0);
  const same = (a, b) => a[0] === b[0] && a[1] === b[1] && a[3] === b[3] && a[4] === b[4] && a[7] === b[7] &&
    a[8] === b[8] && a[12] === b[12] && a[13] === b[13] && a[14] === b[14] && a[15] === b[15];
  StatWatcher = class StatWatcher extends EventEmitter {
    constructor(bigint) {
      super();
      this._bigint = !!bigint;
      this._timer = null;
      this._refs = 0;
    }
    _poll() {
      let cur = null;
      try { cur = native.stat(this._path, true, false) || null; } catch {}
      const prev = this._last;
      if (cur === null) {
        // libuv keeps the last good stats: they are `prev` when the file comes back.
        if (this._status !== -1) this.emit('change', makeStats(zero, this._bigint), makeStats(prev, this._bigint));
        this._status = -1;
        return;
      }
      if (this._status === -1 || (this._status === 1 && !same(prev, cur))) {
        this.emit('change', makeStats(cur, this._bigint), makeStats(prev, this._bigint));
      }
      this._last = cur;
      this._status = 1;
    }
    start(path, persistent, interval) {
      if (this._timer) return;
      validateUint32(interval, 'interval');
      this._path = path;
      this._last = zero;
      this._status = 0;
      loop.queueCompletion(() => { if (this._timer) this._poll(); }); // libuv's first stat
      this._timer = setInterval(() => this._poll(), interval);
      if (!persistent) this._timer.unref();
    }
    stop() {
      if (!this._timer) return;
      clearInterval(this._timer);
      this._timer = null;
      process.nextTick(() => this.emit('stop'));
    }
    ref() { if (this._timer) this._timer.ref(); return this; }
    unref() { if (this._timer) this._timer.unref(); return this; }
  };
  return StatWatcher;
}
fs.unwatchFile = function unwatchFile(filename, listener) {
  filename = require('path').resolve(getValidatedPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
};
fs.unlink = callbackify(unlinkSync);
fs.unlinkSync = unlinkSync;
fs.utimes = callbackify(utimesSync);
fs.utimesSync = utimesSync;
fs.watch = function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = { ...getOptions(options, {}) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  const path = getValidatedPath(filename);
  watcherClasses();
  let watcher;
  // node's recursive watcher on Linux checks its option and stats the path first.
  if (options.recursive) {
    validateBoolean(options.recursive, 'options.recursive');
    watcher = new RecursiveWatcher();
    watcher.start(path, options.persistent, options.encoding);
  } else {
    watcher = new FSWatcher();
    watcher._handle.start(path, options.persistent, false, options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) process.nextTick(() => watcher.close());
    else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort);
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
};
fs.watchFile = function watchFile(filename, options, listener) {
  filename = require('path').resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') { listener = options; options = null; }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new (statWatcherClass())(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
};
fs.writeFile = function writeFile(path, data, options, cb) {
  cb = maybeCallback(cb || options);
  if (typeof options === 'function') options = undefined;
  if (typeof path !== 'number') path = getValidatedPath(path);
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flush = validFlush(opts);
  const bytes = fileData(data, opts.encoding);
  const { signal } = opts;
  if (signal?.aborted) return cb(abortError(signal));
  if (flush) return writeFlushed(path, dataToBuffer(bytes), signal, opts, cb);
  if (typeof path === 'number' || !signal) {
    return deliver(cb, () => writeFileSync(path, bytes, opts), false, typeof path === 'number' ? 1 : 3);
  }
  deliverAbortable(cb, signal, 1, 3, () => openSync(path, opts.flag || 'w', opts.mode), (fd) => native.writeFile(fd, bytes));
};
// node's writeFile with flush (its writeAll): open, write, then fs.fsync and close, each through
// fs's own functions (a patched or mocked fsync is the one called); a caller's descriptor stays
// open. The signal is looked at before the write.
function writeFlushed(path, bytes, signal, opts, cb) {
  const userFd = typeof path === 'number';
  const finish = (fd, err) => (userFd ? cb(err) : fs.close(fd, (closeErr) => cb(closeErr || err)));
  const write = (fd) => {
    if (signal?.aborted) return finish(fd, abortError(signal));
    fs.write(fd, bytes, 0, bytes.length, null, (writeErr) => {
      if (writeErr) return finish(fd, writeErr);
      fs.fsync(fd, (syncErr) => finish(fd, syncErr || null));
    });
  };
  if (userFd) return write(path);
  fs.open(path, opts.flag || 'w', opts.mode, (err, fd) => (err ? cb(err) : write(fd)));
}
fs.writeFileSync = writeFileSync;
fs.write = function write(fd, buffer, offsetOrOptions, length, position, callback) {
  if (typeof callback === 'function' && plainWrite(fd, buffer, offsetOrOptions, length)) {
    const pos = safePosition(position);
    deliver(callback, () => [native.write(fd, buffer, offsetOrOptions, length, pos), buffer], true, 1, [0, buffer]);
    return;
  }
  fd = getValidatedFd(fd);
  const offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    const cb = maybeCallback(callback || position || length || offset);
    const a = checkWriteBuffer(buffer, offset, typeof length === 'function' ? undefined : length,
      typeof position === 'function' ? undefined : position, offsetOrOptions, true);
    deliver(cb, () => [native.write(fd, a[0], a[1], a[2], a[3]), buffer], true, 1, [0, buffer]);
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  let pos = offset;
  if (typeof position !== 'function') {
    if (typeof offset === 'function') { position = offset; pos = null; } else position = length;
    length = 'utf8';
  }
  validateEncoding(buffer, length);
  const cb = maybeCallback(position);
  const bytes = stringBytes(buffer, length);
  deliver(cb, () => [native.write(fd, bytes, 0, bytes.length, safePosition(pos)), buffer], true, 1, [0, buffer]);
};
fs.writeSync = writeSync;
fs.writev = function writev(fd, buffers, position, cb) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position === 'function') { cb = position; position = null; }
  cb = maybeCallback(cb);
  deliver(cb, () => [writevSync(fd, buffers, position), buffers], true, 1, [0, buffers]);
};
// util.promisify(fs.read) and friends resolve objects, as node's customPromisifyArgs say.
{
  const { kCustomPromisifyArgs } = require('internal/validators');
  for (const [fn, names] of [[fs.read, ['bytesRead', 'buffer']], [fs.readv, ['bytesRead', 'buffers']],
    [fs.write, ['bytesWritten', 'buffer']], [fs.writev, ['bytesWritten', 'buffer']]]) {
    Object.defineProperty(fn, kCustomPromisifyArgs, { value: names, enumerable: false });
  }
}
fs.writevSync = writevSync;
// The generated callback forms get node's names and lengths (util.promisify and friends read them).
{
  const lengths = { appendFile: 4, chmod: 3, chown: 4, fchmod: 3, fchown: 4, fdatasync: 2, fstat: 1, fsync: 2, futimes: 4, lchown: 4, link: 3,
    lstat: 1, lutimes: 4, mkdtemp: 3, readdir: 3, readlink: 3, realpath: 3, rename: 3, rmdir: 3, stat: 1, statfs: 1, symlink: 4, unlink: 2,
    unwatchFile: 2, utimes: 4, watch: 3, watchFile: 3 };
  for (const name of Object.keys(lengths)) {
    Object.defineProperty(fs[name], 'length', { value: lengths[name], configurable: true });
    Object.defineProperty(fs[name], 'name', { value: name, configurable: true });
  }
}
fs.Dirent = Dirent;
fs.Stats = Stats;
Object.defineProperty(fs, 'ReadStream', { enumerable: true, configurable: true, get() { return require('internal/fs_streams').ReadStream; }, set(v) { Object.defineProperty(fs, 'ReadStream', { value: v, writable: true, enumerable: true, configurable: true }); } });
Object.defineProperty(fs, 'WriteStream', { enumerable: true, configurable: true, get() { return require('internal/fs_streams').WriteStream; }, set(v) { Object.defineProperty(fs, 'WriteStream', { value: v, writable: true, enumerable: true, configurable: true }); } });
Object.defineProperty(fs, 'FileReadStream', { enumerable: true, configurable: true, get() { return require('internal/fs_streams').ReadStream; } });
Object.defineProperty(fs, 'FileWriteStream', { enumerable: true, configurable: true, get() { return require('internal/fs_streams').WriteStream; } });
fs._toUnixTimestamp = toUnixTimestamp;
fs.Dir = types.Dir;
fs.opendir = function opendir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  validateFunction(cb, 'callback');
  deliver(cb, () => opendirSync(path, options, true));
};
fs.opendirSync = opendirSync;
// Read-only, as node's.
for (const [k, v] of [['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1], ['constants', constants]]) {
  Object.defineProperty(fs, k, { value: v, writable: false, enumerable: true, configurable: false });
}
Object.defineProperty(fs, 'promises', { enumerable: true, configurable: true, get() { return require('fs/promises'); } });

// Shared with fs/promises and the streams.
Object.defineProperty(fs, 'internals', {
  enumerable: false,
  value: { ioFns: { read: fs.read, write: fs.write, writev: fs.writev }, readFileSync: fs.readFileSync, native, readWhole, systemError, getValidatedPath, getValidatedFd, getOptions, stringToFlags, parseFileMode, dataToBuffer, syncFns, cpAsync, validateBuffer, validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition, validateStringAfterArrayBufferView, validateEncoding, bytesOf, stringBytes, safePosition, assertEncoding, getValidMode, FSEvent },
});
