// `fs/promises`: the promise API and FileHandle. Each call runs the synchronous operation of
// fs.js and settles its promise in the loop's poll phase, as node's thread pool would.
'use strict';

const fs = require('fs');
const EventEmitter = require('events');
const loop = require('internal/loop');
const { Buffer } = require('buffer');
const ReflectApply = Reflect.apply; // (a spread call costs the engine more)
const I = fs.internals;
const { native, getValidatedFd, getOptions, dataToBuffer, syncFns } = I;
const { makeStats } = require('internal/fs_types');
const { validateAbortSignal, validateObject, validateInteger, validateBoolean } = require('internal/validators');

// Settles in the poll phase with the result of `op` (its errors reject, validation included).
// `signalOf()`: an AbortSignal that, aborted before the result is delivered, turns it into
// node's AbortError (node checks it between the reads and writes of readFile/writeFile).
// `frame`: the API function as node's async stack trace names it (see asyncStack).
function settle(op, rounds = 1, signalOf, frame) {
  return new Promise((resolve, reject) => {
    let result, error, failed = false;
    try { result = op(); } catch (e) { error = asyncStack(e, frame); failed = true; }
    if (failed && isArgError(error)) {
      if (frame !== undefined && (kAwaitsOpen.test(frame) || (kRmFrame.test(frame) && !String(error.message).startsWith('The "path"')))) {
        Promise.resolve().then(() => reject(error));
      } else {
        reject(error);
      }
      return;
    }
    loop.queueCompletion(() => {
      const signal = !failed && signalOf ? signalOf() : undefined;
      if (signal && signal.aborted) {
        const { AbortError } = require('internal/errors');
        reject(new AbortError(undefined, { cause: signal.reason }));
      } else if (failed) reject(error);
      else resolve(result);
    }, failed ? 1 : rounds);
  });
}

// node's fs/promises functions are async functions that check their arguments before any I/O:
// such an error rejects at once (its handlers run with this turn's microtasks), an I/O error
// when the operation completes. readFile and truncate check the path in the open() they await
// first, so theirs reject a microtask later. An argument error found after I/O (truncate's len,
// checked once the file is open) is in `afterIo` and comes with the completion.
const kArgCodes = new Set(['ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_OUT_OF_RANGE', 'ERR_FS_INVALID_SYMLINK_TYPE', 'ERR_METHOD_NOT_IMPLEMENTED']);
const afterIo = new WeakSet();
const isArgError = (e) => e !== null && typeof e === 'object' && (kArgCodes.has(e.code) || e.name === 'AbortError') && !afterIo.has(e);
const kAwaitsOpen = /(^|\.)(readFile|truncate)$/;
// rm checks its options in a promisified call it awaits (the path before it).
const kRmFrame = /(^|\.)rm$/;

// node makes a system error when the operation completes: its stack is the async chain, the
// fs/promises function first (at its place in node 20.20's lib/internal/fs/promises.js), then
// each function awaiting the call (`async main (file:L:C)`, C the column of its `await`), up to
// the first caller that does not await it. rjs's synchronous frames are left out; the callers'
// are read from them, with the source line of each call. An uncaught one's report starts with
// node's line there (loop.js markThrow). rm and opendir (promisified callbacks) have no frames.
const kInternalFrame = /^ {4}at (?:.*\((node:fs(?:\/promises)?:\d+:\d+)\)|(?:new )?[\w.$<>]+ \(<anonymous>\))$/;
const kResultThen = '  const result = await PromisePrototypeThen(';
const kReturnThen = '  return await PromisePrototypeThen(';
const kPlaces = {
  __proto__: null,
  stat: [1033, 18, kResultThen], lstat: [1022, 18, kResultThen], readdir: [950, 18, kResultThen],
  statfs: [1044, 18, kResultThen], open: [637, 25, '  return new FileHandle(await PromisePrototypeThen('],
  readFile: [1249, 14], writeFile: [1219, 14], truncate: [790, 14],
  readFileHandle: [551, 24, '    const bytesRead = (await PromisePrototypeThen('],
  access: [604, 10, kReturnThen], unlink: [1067, 10, kReturnThen], rmdir: [822, 10, kReturnThen],
  mkdir: [856, 10, kReturnThen], rename: [780, 10, kReturnThen], copyFile: [621, 10, kReturnThen],
  readlink: [968, 10, kReturnThen], realpath: [1176, 10, kReturnThen], utimes: [1141, 10, kReturnThen],
  lutimes: [1163, 10, kReturnThen], chmod: [1089, 10, kReturnThen], chown: [1132, 10, kReturnThen],
  lchown: [1108, 10, kReturnThen], link: [1056, 10, kReturnThen], symlink: [997, 10, kReturnThen],
  mkdtemp: [1189, 10, kReturnThen],
};
const kFrameless = /(^|\.)(rm|opendir)$/;
// `callers`: a stack taken as the call started, for an error made after it returned (cp).
function asyncStack(err, frame, callers) {
  if (frame === undefined || err === null || typeof err !== 'object' || typeof err.stack !== 'string' ||
      err.syscall === undefined || (String(err.code).startsWith('ERR_') && !kFrameless.test(frame))) return err;
  const lines = err.stack.split('\n');
  let at = lines.findIndex((l) => l.startsWith('    at '));
  if (at === -1) return err;
  const head = lines.slice(0, at);
  let place;
  for (let m; at < lines.length && (m = kInternalFrame.exec(lines[at])) !== null; at++) place = m[1] ?? place;
  if (place === undefined) return err;
  if (kFrameless.test(frame)) {
    err.stack = head.join('\n');
    return err;
  }
  const base = frame.slice(frame.lastIndexOf('.') + 1);
  // These open the file first (node's inner open() is where its stack starts then); readFile's
  // read errors come from its readFileHandle, cp's missing source from the lstat of its checks.
  let names;
  if (err.syscall === 'open' && kOpensFirst.test(frame)) names = ['open', frame];
  else if (base === 'readFile') names = ['readFileHandle'];
  else if (base === 'cp' && err.syscall === 'lstat') names = ['lstat', 'Promise.all', 'checkPaths', 'cpFn'];
  else names = [frame];
  const frames = names.map((name) => `    at async ${name} (${nodePlace(name) ?? place})`);
  const first = kPlaces[names[0].slice(names[0].lastIndexOf('.') + 1)];
  let below = lines.slice(at);
  if (callers !== undefined) {
    try { below = String(callers.stack).split('\n').filter((l) => l.startsWith('    at ') && !kInternalFrame.test(l)); } catch { below = []; }
  }
  for (const line of below) {
    const shown = require('internal/errors').awaiterFrame(line);
    if (shown === undefined) break;
    frames.push(`    at ${shown}`);
  }
  const limit = Error.stackTraceLimit;
  const kept = typeof limit === 'number' ? frames.slice(0, Math.max(0, limit)) : frames;
  err.stack = [...head, ...kept].join('\n');
  if (first !== undefined) {
    const [line, column, source] = first;
    loop.markThrow(err, `node:internal/fs/promises:${line}\n${source}\n${' '.repeat(column - 1)}^\n`);
  }
  return err;
}
const kOpensFirst = /(^|\.)(readFile|writeFile|appendFile|truncate)$/;
const kCpPlaces = { __proto__: null, 'Promise.all': 'index 0', checkPaths: 'node:internal/fs/cp/cp:76:39', cpFn: 'node:internal/fs/cp/cp:65:17' };
function nodePlace(name) {
  if (name in kCpPlaces) return kCpPlaces[name];
  const place = kPlaces[name.slice(name.lastIndexOf('.') + 1)];
  return place === undefined ? undefined : `node:internal/fs/promises:${place[0]}:${place[1]}`;
}
// V8's name for the frame: `Object.name` when called as a method of fs.promises.
const frameName = (self, name) => (self === promises ? `Object.${name}` : name);

function checkAborted(signal) {
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) {
    const { AbortError } = require('internal/errors');
    throw new AbortError(undefined, { cause: signal.reason });
  }
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kHandle = Symbol('kHandle');
const kRefs = Symbol('kRefs');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kCloseNow = Symbol('kCloseNow');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
// Stands for node's native handle object (inspect shows it as `FileHandle {}`).
const NativeHandle = { FileHandle: class FileHandle {} }.FileHandle;
const kLocked = Symbol('kLocked');
const kAsyncId = Symbol('kAsyncId');
// The async id of a FileHandle's native handle, given it at the first call.
function handleAsyncId(handle) {
  if (!Object.hasOwn(handle, kAsyncId)) {
    Object.defineProperty(handle, kAsyncId, { value: new (require('async_hooks').AsyncResource)('FILEHANDLE').asyncId() });
  }
  return handle[kAsyncId];
}

// node's EventEmitterMixin(JSTransferable): the emitter's methods are copied onto the mixin's
// prototype, so a FileHandle emits events without being an instanceof EventEmitter.
const JSTransferable = { JSTransferable: class JSTransferable {} }.JSTransferable;
class MixedEventEmitter extends JSTransferable {
  constructor() { super(); EventEmitter.call(this); }
}
{
  const { constructor, ...methods } = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  Object.defineProperties(MixedEventEmitter.prototype, methods);
}

class FileHandle extends MixedEventEmitter {
  constructor(fd) {
    super();
    this[kHandle] = new NativeHandle();
    // node's native handle is an AsyncWrap: its async id (an init hook sees 'FILEHANDLE'). Only
    // once async hooks are in use, else when asked for: loading async_hooks for it would make
    // every callback of the process carry an async context.
    if (loop.asyncContextEnabled()) handleAsyncId(this[kHandle]);
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
  }
  get fd() { return this[kFd]; }
  getAsyncId() { return handleAsyncId(this[kHandle]); }

  // As node's: an own property; 'close' is emitted at once. While a stream holds the handle (a
  // reference, kRef), the descriptor stays open and the promise waits for its release (kUnref).
  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    if (--this[kRefs] === 0) {
      this[kClosePromise] = this[kCloseNow]().finally(() => { this[kClosePromise] = undefined; });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => { this[kClosePromise] = undefined; this[kCloseReject] = undefined; this[kCloseResolve] = undefined; });
    }
    this.emit('close');
    return this[kClosePromise];
  };
  [kCloseNow]() {
    const fd = this[kFd];
    this[kFd] = -1;
    return settle(() => native.close(fd));
  }
  [kRef]() { this[kRefs]++; }
  [kUnref]() {
    if (--this[kRefs] === 0) this[kCloseNow]().then(this[kCloseResolve], this[kCloseReject]);
  }
  async [Symbol.asyncDispose]() { return this.close(); }


  read(bufferOrParams, offset, length, position) {
    return fsCall(this, 'read', () => {
      let buffer = bufferOrParams;
      if (!ArrayBuffer.isView(buffer)) {
        if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', { allowNullable: true });
        ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = bufferOrParams ?? {});
        I.validateBuffer(buffer);
      }
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      length ??= buffer.byteLength - offset;
      if (length === 0) return { __proto__: null, bytesRead: length, buffer };
      if (buffer.byteLength === 0) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
      I.validateOffsetLengthRead(offset, length, buffer.byteLength);
      const bytesRead = native.read(this[kFd], I.bytesOf(buffer), offset, length, I.safePosition(position));
      return { __proto__: null, bytesRead, buffer };
    });
  }
  readv(buffers, position) {
    return fsCall(this, 'readv', () => ({ __proto__: null, bytesRead: fs.readvSync(this[kFd], buffers, position), buffers }));
  }
  write(buffer, offsetOrOptions, length, position) {
    return fsCall(this, 'write', () => {
      if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
      let offset = offsetOrOptions;
      if (ArrayBuffer.isView(buffer)) {
        if (typeof offset === 'object') {
          ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
        }
        if (offset == null) offset = 0;
        else validateInteger(offset, 'offset', 0);
        if (typeof length !== 'number') length = buffer.byteLength - offset;
        I.validateOffsetLengthWrite(offset, length, buffer.byteLength);
        const bytesWritten = native.write(this[kFd], I.bytesOf(buffer), offset, length, I.safePosition(position));
        return { __proto__: null, bytesWritten, buffer };
      }
      I.validateStringAfterArrayBufferView(buffer, 'buffer');
      I.validateEncoding(buffer, length);
      const bytes = I.stringBytes(buffer, length);
      const bytesWritten = native.write(this[kFd], bytes, 0, bytes.length, I.safePosition(offset));
      return { __proto__: null, bytesWritten, buffer };
    });
  }
  writev(buffers, position) {
    return fsCall(this, 'writev', () => ({ __proto__: null, bytesWritten: fs.writevSync(this[kFd], buffers, position), buffers }));
  }
  readFile(options) {
    let signal;
    return fsCall(this, 'readFile', () => {
      const opts = getOptions(options, {});
      signal = opts.signal;
      checkAborted(signal);
      const buf = I.readWhole(this[kFd]);
      return opts.encoding && opts.encoding !== 'buffer' ? buf.toString(opts.encoding) : buf;
    }, () => signal);
  }
  async writeFile(data, options) {
    await fsCall(this, 'writeFile', () => {});
    const opts = getOptions(options, { encoding: 'utf8' });
    checkAborted(opts.signal);
    if (isIterableData(data)) {
      // node's writeFileHandle: views as they are, anything else through Buffer.from, the
      // signal looked at for every chunk.
      for await (const chunk of data) {
        checkAborted(opts.signal);
        const bytes = ArrayBuffer.isView(chunk) ? chunk : Buffer.from(chunk, opts.encoding || 'utf8');
        await settle(() => native.writeFile(this[kFd], I.bytesOf(bytes)));
      }
      return;
    }
    return settle(() => native.writeFile(this[kFd], dataToBuffer(data, opts.encoding)));
  }
  appendFile(data, options) { return this.writeFile(data, options); }
  stat(options) {
    // node's fstat(handle, options = { bigint: false }): a null options fails on .bigint.
    return fsCall(this, 'fstat', () => makeStats(native.fstat(getValidatedFd(this[kFd])), (options === undefined ? { bigint: false } : options).bigint));
  }
  truncate(len = 0) { return fsCall(this, 'ftruncate', () => fs.ftruncateSync(this[kFd], len)); }
  sync() { return fsCall(this, 'fsync', () => fs.fsyncSync(this[kFd])); }
  datasync() { return fsCall(this, 'fdatasync', () => fs.fdatasyncSync(this[kFd])); }
  chmod(mode) { return fsCall(this, 'fchmod', () => fs.fchmodSync(this[kFd], mode)); }
  chown(uid, gid) { return fsCall(this, 'fchown', () => fs.fchownSync(this[kFd], uid, gid)); }
  utimes(atime, mtime) { return fsCall(this, 'futimes', () => fs.futimesSync(this[kFd], atime, mtime)); }
  createReadStream(options = {}) { return fs.createReadStream(null, { ...options, fd: this }); }
  createWriteStream(options = {}) { return fs.createWriteStream(null, { ...options, fd: this }); }
  readableWebStream(options = {}) {
    const { ERR_INVALID_STATE } = require('internal/errors').codes;
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true; // for good, as node's
    if (options.type !== undefined) require('internal/validators').validateString(options.type, 'options.type');
    const { ReadableStream } = require('stream/web');
    // The stream holds the handle until it ends, is cancelled or the handle is closed.
    this[kRef]();
    let held = true;
    const release = () => { if (held) { held = false; this[kUnref](); } };
    const end = (c) => { c.close(); release(); };
    let controller;
    const readable = options.type === 'bytes' ? new ReadableStream({
      // node's byte stream: reads go straight into the reader's view (16 KiB for a default reader).
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      start: (c) => { controller = c; },
      pull: async (c) => {
        const view = c.byobRequest.view;
        const { bytesRead } = await this.read(view, 0, view.byteLength, null);
        if (bytesRead === 0) end(c);
        c.byobRequest.respond(bytesRead);
      },
      cancel: release,
    }) : new ReadableStream({
      start: (c) => { controller = c; },
      pull: async (c) => {
        // node 20 hands out ArrayBuffers of up to 64 KiB (its StreamBase reads).
        const { bytesRead, buffer } = await this.read(new Uint8Array(65536), 0, 65536, null);
        if (bytesRead === 0) end(c);
        else c.enqueue(buffer.buffer.slice(0, bytesRead));
      },
      cancel: release,
    });
    // Closing the handle ends the stream, as node's cancel on 'close'.
    this.once('close', () => { try { controller.close(); } catch {} release(); });
    return readable;
  }
  readLines(options = {}) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
}

// node's fsCall: a method called on something else rejects with ERR_INTERNAL_ASSERTION, one on
// a closed handle with EBADF 'file closed'.
function fsCall(handle, syscall, fn, signalOf) {
  return settle(() => {
    if (!(handle instanceof FileHandle)) {
      throw new (require('internal/errors').codes.ERR_INTERNAL_ASSERTION)('handle must be an instance of FileHandle');
    }
    if (handle[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
    return fn();
  }, 1, signalOf);
}

function isIterableData(data) {
  return data != null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

// `length`: node's parameter count for the function (what its `length` reports).
function wrap(name, length) {
  const fn = syncFns[`${name}Sync`];
  return withLength({ [name](...args) { return settle(() => ReflectApply(fn, undefined, args), 1, undefined, frameName(this, name)); } }[name], length);
}
const withLength = (fn, length) => Object.defineProperty(fn, 'length', { value: length });

const promises = {
  access: wrap('access', 1),
  copyFile: wrap('copyFile', 3),
  cp: { async cp(src, dest, options) {
    const frame = frameName(this, 'cp');
    const callers = {};
    Error.captureStackTrace(callers);
    try { await I.cpAsync(src, dest, options); } catch (e) { throw asyncStack(e, frame, callers); }
  } }.cp,
  open(path, flags, mode) { return settle(() => new FileHandle(fs.openSync(path, flags, mode)), 1, undefined, frameName(this, 'open')); },
  opendir: withLength({ opendir(path, options) { return settle(() => syncFns.opendirSync(path, options, true), 1, undefined, frameName(this, 'opendir')); } }.opendir, 3), // node's promisify keeps the callback form's 3
  rename: wrap('rename', 2),
  // As node's: opens the path (a number is no path here) before checking len.
  truncate: { truncate(path, len = 0) {
    return settle(() => {
      const fd = syncFns.openSync(path, 'r+');
      try {
        syncFns.ftruncateSync(fd, len);
      } catch (e) {
        if (e !== null && typeof e === 'object') afterIo.add(e);
        throw e;
      } finally { syncFns.closeSync(fd); }
    }, 1, undefined, frameName(this, 'truncate'));
  } }.truncate,
  rm: { rm(path, options) { return settle(() => syncFns.rmSync(path, options, true), 1, undefined, frameName(this, 'rm')); } }.rm,
  rmdir: { rmdir(path, options) { return settle(() => syncFns.rmdirSync(path, options, 'promise'), 1, undefined, frameName(this, 'rmdir')); } }.rmdir,
  mkdir: wrap('mkdir', 2),
  readdir: wrap('readdir', 2),
  readlink: wrap('readlink', 2),
  symlink: wrap('symlink', 3),
  // fs/promises has no throwIfNoEntry: a missing path always rejects.
  lstat: { lstat(path, options = { bigint: false }) { return settle(() => syncFns.lstatSync(path, { bigint: options.bigint }), 1, undefined, frameName(this, 'lstat')); } }.lstat,
  stat: { stat(path, options = { bigint: false }) { return settle(() => syncFns.statSync(path, { bigint: options.bigint }), 1, undefined, frameName(this, 'stat')); } }.stat,
  statfs: wrap('statfs', 1),
  link: wrap('link', 2),
  unlink: wrap('unlink', 1),
  chmod: wrap('chmod', 2),
  lchmod: { async lchmod(path, mode) { throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('lchmod()'); } }.lchmod,
  lchown: wrap('lchown', 3),
  chown: wrap('chown', 3),
  utimes: wrap('utimes', 3),
  lutimes: wrap('lutimes', 3),
  realpath: { realpath(path, options) { return settle(() => syncFns.realpathSync.native(path, options), 1, undefined, frameName(this, 'realpath')); } }.realpath,
  mkdtemp: { mkdtemp(prefix, options) { return settle(() => syncFns.mkdtempSync(prefix, options, true), 1, undefined, frameName(this, 'mkdtemp')); } }.mkdtemp,
  async writeFile(file, data, options) {
    if (file instanceof FileHandle) return file.writeFile(data, options);
    const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    checkAborted(opts.signal);
    if (isIterableData(data)) {
      const fh = await promises.open(file, opts.flag || 'w', opts.mode);
      try { await fh.writeFile(data, opts); } finally { await fh.close(); }
      return;
    }
    // (awaited: node's rejects once its own await of open() has seen the error)
    return await settle(() => fs.writeFileSync(I.getValidatedPath(file), data, opts), 3, () => opts.signal, frameName(this, 'writeFile')); // no descriptors
  },
  async appendFile(file, data, options) {
    if (file instanceof FileHandle) return file.appendFile(data, options);
    const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    // (called as node's appendFile calls it: its frame is `writeFile`, not `Object.writeFile`)
    return ReflectApply(promises.writeFile, undefined, [file, data, { ...opts, flag: opts.flag || 'a' }]);
  },
  readFile(path, options) {
    if (path instanceof FileHandle) return path.readFile(options);
    // The options are checked before the open() that checks the path (see kAwaitsOpen).
    let opts;
    try {
      opts = getOptions(options, { flag: 'r' });
      checkAborted(opts.signal);
    } catch (e) {
      return Promise.reject(e);
    }
    return settle(() => fs.readFileSync(I.getValidatedPath(path), opts), 4, () => opts.signal, frameName(this, 'readFile')); // no descriptors, as node's
  },
  // node's async generator (named _watch): its arguments are checked at the first next().
  watch: { async *_watch(filename, options = {}) {
    const path = I.getValidatedPath(filename);
    validateObject(options, 'options');
    const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
    validateBoolean(persistent, 'options.persistent');
    validateBoolean(recursive, 'options.recursive');
    validateAbortSignal(signal, 'options.signal');
    if (encoding && !Buffer.isEncoding(encoding)) {
      // (sic) node names the value as the argument here.
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(encoding, 'encoding', 'is invalid encoding');
    }
    checkAborted(signal);
    // As node's: one handle; the events that come while none is awaited wait in a queue.
    const handle = new I.FSEvent();
    const queue = [];
    let wake = null, failure = null;
    const onAbort = () => {
      handle.close();
      const { AbortError } = require('internal/errors');
      failure = new AbortError(undefined, { cause: signal?.reason });
      if (wake) wake();
    };
    try {
      signal?.addEventListener('abort', onAbort, { once: true });
      handle.onchange = (status, eventType, filename) => {
        queue.push({ eventType, filename });
        if (wake) wake();
      };
      handle.start(path, persistent, recursive, encoding);
      while (!signal?.aborted) {
        if (queue.length === 0) await new Promise((resolve) => { wake = resolve; });
        wake = null;
        if (failure) throw failure;
        yield queue.shift();
      }
      const { AbortError } = require('internal/errors');
      throw new AbortError(undefined, { cause: signal?.reason });
    } finally {
      handle.close();
      signal?.removeEventListener('abort', onAbort);
    }
  } }._watch,
  constants: fs.constants,
};

module.exports = promises;
// For fs streams over a FileHandle, which hold it as node's do.
Object.defineProperty(module.exports, Symbol.for('rjs.fs.handleRefs'), { value: { kRef, kUnref } });
