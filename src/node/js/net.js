// `net`: TCP Server and Socket (a Duplex stream) over the native non-blocking sockets of
// internalBinding('tcp'); the loop's poll phase (internal/loop watchFd) tells us when a
// descriptor is readable or writable. Errors carry node's shapes (`connect ECONNREFUSED
// 127.0.0.1:80`, errno, code, syscall, address, port).
'use strict';

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const loop = require('internal/loop');
const tcp = internalBinding('tcp');
const E = () => require('internal/errors').codes;
const { validateBoolean, validateFunction, validateInteger, validateNumber } = require('internal/validators');
const dc = require('diagnostics_channel');

// node's diagnostics channels: published only while someone subscribes.
const netClientSocketChannel = dc.channel('net.client.socket');
const netServerSocketChannel = dc.channel('net.server.socket');
const netServerListen = dc.tracingChannel('net.server.listen');

const READ = 1;
const WRITE = 2;
const ADDRCONFIG = 32; // dns.ADDRCONFIG

// ---- addresses ----

const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
')(?:%[0-9a-zA-Z-.:]{1,})?$');
function isIPv4(s) { return IPv4Reg.test(`${s}`); }
function isIPv6(s) { return IPv6Reg.test(`${s}`); }
function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }

// node's errors for a failed socket call: `${syscall} ${code}: ${desc} ${address}:${port}`
// for listen, `${syscall} ${code} ${address}:${port}` for connect.
const descriptions = {
  EADDRINUSE: 'address already in use', EACCES: 'permission denied', EADDRNOTAVAIL: 'address not available',
  ECONNREFUSED: undefined, ECONNRESET: undefined, EPIPE: undefined,
};
// `describe`: libuv's description after the code, as node's UVExceptionWithHostPort (net's
// listen and bind) has it; dgram's errors have none.
function exceptionWithHostPort(err, syscall, address, port, describe = syscall === 'listen' || syscall === 'bind') {
  const code = err.code;
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const desc = describe ? descriptions[code] : undefined;
  let message = desc ? `${syscall} ${code}: ${desc}${details}` : `${syscall} ${code}${details}`;
  if (code === 'EACCES' && port !== -1 && (syscall === 'listen' || syscall === 'connect' || syscall === 'bind')) {
    message += process.env.RJS_LAUNCHER
      ? ' (rjs: no network access was granted; run rjs with --allow-net)'
      : ' (rjs: the sandbox has no network access; run wasmtime with -S inherit-network)';
  }
  const ex = new Error(message);
  // (node's UVExceptionWithHostPort sets code before errno, its exceptionWithHostPort after:
  // inspect shows that order.)
  if (describe) ex.code = code;
  ex.errno = err.errno;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}
// node makes connect, read and write-completion errors in libuv's callbacks: their stack is
// that one frame of node's (none with Error.stackTraceLimit = 0; a custom prepareStackTrace's
// text is kept).
const kAfterConnect = 'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)';
const kOnStreamRead = 'TCP.onStreamRead (node:internal/stream_base_commons:218:20)';
const kOnWriteComplete = 'WriteWrap.onWriteComplete [as oncomplete] (node:internal/stream_base_commons:95:16)';
function callbackStack(err, frame) {
  const stack = err.stack;
  const at = typeof stack === 'string' ? stack.indexOf('\n    at ') : -1;
  if (at !== -1) err.stack = `${stack.slice(0, at)}\n    at ${frame}`;
  return err;
}
const chunkBytes = (chunk, encoding) => (typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length);
// A listen error made at once (no host to look up) is made in node's setupListenHandle, under
// listen(): those frames of node's in place of rjs's own.
function listenStack(err, type) {
  const stack = err.stack;
  const lines = typeof stack === 'string' ? stack.split('\n') : [];
  const at = lines.findIndex((l) => l.startsWith('    at '));
  if (at === -1) return err;
  let end = at;
  while (end < lines.length && /^ {4}at (?:.* \()?node:net:/.test(lines[end])) end++;
  const frames = [`${type}.setupListenHandle [as _listen2] (node:net:1908:16)`, 'listenInCluster (node:net:1965:12)', `${type}.listen (node:net:2067:7)`];
  err.stack = [...lines.slice(0, at), ...frames.map((f) => `    at ${f}`), ...lines.slice(end)].join('\n');
  return err;
}
// (node's, which crash stacks show by name)
function emitErrorNT(self, err) { self.emit('error', err); }
function emitListeningNT(self) { if (self._fd >= 0) self.emit('listening'); } // unless closed meanwhile
function errnoException(err, syscall) {
  const ex = new Error(`${syscall} ${err.code}`);
  ex.errno = err.errno;
  ex.code = err.code;
  ex.syscall = syscall;
  return ex;
}
const isErr = (r) => r !== null && typeof r === 'object' && !Array.isArray(r) && typeof r.code === 'string';

// ---- Socket ----

const kFd = Symbol('kFd');
const kPendingWrites = Symbol('kPendingWrites');
// The chunk _write() holds until the connection is made (node's _pendingData): [chunk, encoding].
const kConnectPending = Symbol('kConnectPending');
const kReading = Symbol('kReading');
const kWriteNow = Symbol.for('rjs.net.writeNow');
const kWatched = Symbol('kWatched');
const kOnReady = Symbol('kOnReady');
const kTimer = Symbol('kTimer');
const kTimerDue = Symbol('kTimerDue');
const kIdleMs = Symbol('kIdleMs');
const kLastActive = Symbol('kLastActive');
const kRefed = Symbol('kRefed');
const kServer = Symbol('kServer');
const kNames = Symbol('kNames');
const kBytesRead = Symbol('kBytesRead');
const kBuffer = Symbol('kBuffer');
const kNoDelay = Symbol('kNoDelay');
const kKeepAlive = Symbol('kKeepAlive');
const kBufferGen = Symbol('kBufferGen');
const kBufferCb = Symbol('kBufferCb');

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  options = { ...(options || {}) };
  for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (options[key]) throw new (E().ERR_INVALID_ARG_VALUE)(`options.${key}`, options[key], 'is not supported');
  }
  if (options.handle) options.fd = options.handle.fd;
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  // As node, these come before the Duplex's own (key order shows in inspect/Object.keys).
  this.connecting = false;
  this._hadError = false;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  Duplex.call(this, options);
  this[kFd] = -1;
  this[kPendingWrites] = [];
  this[kConnectPending] = null;
  this[kReading] = false;
  this[kWatched] = -1;
  this[kOnReady] = null;
  this[kTimer] = null;
  this[kTimerDue] = 0;
  this[kIdleMs] = 0;
  this[kLastActive] = 0;
  this[kRefed] = true;
  this[kServer] = null;
  this[kNames] = null;
  this[kBuffer] = null;
  this[kBufferGen] = null;
  this[kBufferCb] = null;
  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' && typeof onread.callback === 'function' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function')) {
    if (typeof onread.buffer === 'function') this[kBufferGen] = onread.buffer;
    else this[kBuffer] = onread.buffer;
    this[kBufferCb] = onread.callback;
  }
  this[kBytesRead] = 0;
  this._bytesDispatched = 0;
  this.server = null;
  this._server = null;
  this.on('end', onReadableEnd);
  if (loop.asyncContextEnabled()) socketFrames.set(this, loop.enableAsyncContext().get());
  // node's initSocketHandle undestroys: a socket an aborted options.signal destroyed in the Duplex
  // constructor is usable again (its AbortError and 'close' are already on their way).
  if (this.destroyed) this._undestroy();
  if (options.fd !== undefined && options.fd >= 0) {
    attachFd(this, options.fd);
    // Like node, start reading at once so the peer's end is noticed even with no listener.
    if (!options.pauseOnCreate) this.read(0);
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// Without allowHalfOpen, our side ends in the tick after the peer's end (Duplex does that);
// until then writes still go out ('end' listeners may answer), later ones fail with EPIPE.
function onReadableEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}
function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function attachFd(socket, fd) {
  socket[kFd] = fd;
  socket[kWatched] = -1;
  socket[kNoDelay] = undefined; // socket options of a new descriptor are unknown
  socket[kKeepAlive] = undefined;
  if (socket[kOnReady] === null) socket[kOnReady] = (ready) => onReady(socket, ready);
  updateInterest(socket);
}

// Tells the loop which readiness we wait for on this socket's descriptor (only when that
// changes: `kWatched` is what the loop was last told, events | 4 when ref'ed).
function updateInterest(socket) {
  const fd = socket[kFd];
  if (fd < 0) return;
  let events = 0;
  if (socket.connecting) events |= WRITE;
  else {
    if (socket[kReading]) events |= READ;
    if (socket[kPendingWrites].length > 0) events |= WRITE;
  }
  const refed = socket[kRefed] && (events !== 0 || socket.connecting);
  const watched = refed ? events | 4 : events;
  if (watched === socket[kWatched]) return;
  socket[kWatched] = watched;
  loop.watchFd(fd, events, socket[kOnReady], refed);
}

function onReady(socket, ready) {
  if (socket.destroyed) return;
  if (socket.connecting) {
    if (ready & WRITE) finishConnect(socket);
    return;
  }
  if ((ready & WRITE) !== 0) {
    flushWrites(socket, true);
    if (socket.destroyed) return;
  }
  if ((ready & READ) && socket[kReading]) readAvailable(socket);
}

// Reads what the socket has, up to 16 buffers. Like libuv, a read that does not fill the buffer
// ends the turn for this socket: the socket is most likely drained (no read just to hear so),
// and a client that answers at once (keep-alive) cannot monopolise the loop. (Called for a
// socket that is reading and not destroyed; each further read checks that again.)
const READ_SIZE = 65536;
function readAvailable(socket) {
  for (let i = 0; i < 16; i++) {
    const userBuf = socket[kBufferCb] !== null ? userBuffer(socket) : null;
    const size = userBuf !== null ? userBuf.length : READ_SIZE;
    const r = tcp.read(socket[kFd], size);
    if (r === null) break;
    if (r === 0) {
      socket[kReading] = false;
      updateInterest(socket);
      socket.push(null);
      socket.read(0); // lets 'end' fire even when nobody consumes the data (as node does)
      break;
    }
    // (A Buffer's length is an accessor the engine calls slowly: read once. An error has none.)
    const n = r.length;
    if (n === undefined) {
      socket.destroy(callbackStack(errnoException(r, 'read'), kOnStreamRead));
      return;
    }
    socket[kBytesRead] += n;
    resetTimer(socket);
    if (!(userBuf !== null ? deliverToUserBuffer(socket, userBuf, r) : consumeOrPush(socket, r))) {
      socket[kReading] = false;
      updateInterest(socket);
    }
    // node runs nextTicks and microtasks after every read callback (a consumer that drains
    // the buffer there calls _read again, which resumes reading).
    loop.drainTicks();
    if (n < size || !socket[kReading] || socket.destroyed) break;
  }
}

// A consumer of the reads (http's parser, as node's parser.consume(handle) takes the handle's
// reads from the stream) is also the socket's one 'data' listener: while the socket flows with
// nothing buffered, a chunk goes to it directly rather than through push() and 'data' (the
// same call, fewer steps). Otherwise (paused, data waiting, other listeners) the chunk is pushed.
const kOnRead = Symbol.for('rjs.net.onRead');
Socket.prototype[kOnRead] = null;
function consumeOrPush(socket, chunk) {
  const consumer = socket[kOnRead];
  const rs = socket._readableState;
  if (consumer === null || socket._events.data !== consumer || rs.length !== 0 || rs.flowing !== true) {
    return socket.push(chunk); // v8 frame: TCP.onStreamRead (node:internal/stream_base_commons:191:23) [end]
  }
  consumer.call(socket, chunk);
  return true;
}

// The onread option: reads land in the user's buffer (or one from its generator) and go to
// its callback, not to 'data'; a callback returning false stops reading, as a full push does.
function userBuffer(socket) {
  if (!(socket[kBuffer] instanceof Uint8Array)) socket[kBuffer] = socket[kBufferGen]();
  return socket[kBuffer];
}
function deliverToUserBuffer(socket, userBuf, data) {
  userBuf.set(data);
  const more = socket[kBufferCb](data.length, userBuf) !== false;
  if (socket[kBufferGen] !== null) socket[kBuffer] = null;
  return more;
}

// `completion`: the loop found the socket writable (node's write completes in libuv's callback
// then; a write that fails at once fails inside write(), with its JS frames).
function flushWrites(socket, completion = false) {
  const queue = socket[kPendingWrites];
  while (queue.length > 0) {
    const item = queue[0];
    const n = tcp.write(socket[kFd], item.data, item.offset);
    if (isErr(n)) {
      queue.length = 0;
      updateInterest(socket);
      const err = errnoException(n, 'write');
      item.cb(completion ? callbackStack(err, kOnWriteComplete) : err);
      return;
    }
    item.offset += n;
    if (item.offset < item.data.length) break;
    queue.shift();
    resetTimer(socket);
    item.cb();
  }
  updateInterest(socket);
}

Socket.prototype._read = function () {
  if (this.connecting || this[kFd] < 0) {
    this.once('connect', () => this._read());
    return;
  }
  if (!this[kReading]) {
    this[kReading] = true;
    updateInterest(this);
  }
};

Socket.prototype._write = function (chunk, encoding, cb) {
  if (this.connecting) {
    // As node: a write waiting for the connection fails if the socket closes first.
    const onClose = () => cb(new (E().ERR_SOCKET_CLOSED_BEFORE_CONNECTION)());
    this[kConnectPending] = [chunk, encoding];
    this.once('connect', () => {
      this.off('close', onClose);
      this[kConnectPending] = null;
      this._write(chunk, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  if (this[kFd] < 0) return cb(new (E().ERR_SOCKET_CLOSED)());
  if (typeof chunk === 'string' && this[kPendingWrites].length === 0 && writeStringNow(this, chunk, encoding, cb)) return;
  const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
  this._bytesDispatched += data.length;
  this[kPendingWrites].push({ data, offset: 0, cb });
  if (this[kPendingWrites].length === 1) flushWrites(this);
};

// A string written with nothing queued before it: straight to the descriptor, without a Buffer
// (what it does not take at once is queued as bytes). The callback runs at once, as flushWrites
// runs a completed write's. False when not tried: an encoding writeString does not make, or an
// error (the ordinary path meets it again and reports it as usual).
function writeStringNow(socket, text, encoding, cb) {
  const latin1 = encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii';
  if (!latin1 && encoding !== 'utf8' && encoding !== 'utf-8') return false;
  const n = tcp.writeString(socket[kFd], text, latin1);
  if (typeof n !== 'number') return false;
  if (n >= 0) {
    socket._bytesDispatched += n;
    resetTimer(socket);
    cb();
    return true;
  }
  const data = Buffer.from(text, latin1 ? 'latin1' : 'utf8');
  socket._bytesDispatched += data.length;
  socket[kPendingWrites].push({ data, offset: -n - 1, cb });
  updateInterest(socket);
  return true;
}

// http's outgoing messages write through here: with nothing queued before it (connected,
// uncorked, empty buffer) the data goes straight to the descriptor, and the callback runs on
// the next tick as Writable runs it after a synchronous write; otherwise, and for what the
// socket does not take at once, the ordinary write(). Returns what write() would. (Its one
// caller, OutgoingMessage#_writeRaw, has checked that the socket is `writable`: not ending,
// ended, errored or destroyed.)
const writableWrite = Duplex.prototype.write;
Socket.prototype[kWriteNow] = function writeNow(data, encoding, cb) {
  const ws = this._writableState;
  if (this[kFd] < 0 || this.connecting || ws.length !== 0 || ws.corked !== 0 ||
      this[kPendingWrites].length !== 0 || this.write !== writableWrite) {
    return this.write(data, encoding, cb);
  }
  let n;
  if (typeof data === 'string') {
    const latin1 = encoding === 'latin1' || encoding === 'binary';
    if (!latin1 && encoding && encoding !== 'utf8' && encoding !== 'utf-8') return this.write(data, encoding, cb);
    n = tcp.writeString(this[kFd], data, latin1);
    if (typeof n === 'number' && n < 0) {
      // Part of it went out: queue the rest behind it.
      const sent = -n - 1;
      this._bytesDispatched += sent;
      return this.write(Buffer.from(data, latin1 ? 'latin1' : 'utf8').subarray(sent), cb);
    }
  } else {
    n = tcp.write(this[kFd], data, 0);
    if (typeof n === 'number' && n < data.length) {
      this._bytesDispatched += n;
      return this.write(data.subarray(n), cb);
    }
  }
  // An error: the ordinary path meets it again and reports it as usual.
  if (typeof n !== 'number') return this.write(data, encoding, cb);
  this._bytesDispatched += n;
  resetTimer(this);
  if (typeof cb === 'function') process.nextTick(cb);
  return true;
};

Socket.prototype._writev = function (chunks, cb) {
  // (Corked strings, as an http response's pieces: joined into one string when they read the
  // same in one encoding, UTF-8 or latin1; ASCII reads the same in both.)
  if (writeJoinedStrings(this, chunks, cb)) return;
  const data = Buffer.concat(chunks.map((c) => (typeof c.chunk === 'string' ? Buffer.from(c.chunk, c.encoding) : c.chunk)));
  this._write(data, 'buffer', cb);
};

// False when the chunks are not all such strings (nothing written).
function writeJoinedStrings(socket, chunks, cb) {
  let utf8 = false;
  let latin1 = false;
  let text = '';
  for (let i = 0; i < chunks.length; i++) {
    const { chunk, encoding } = chunks[i];
    if (typeof chunk !== 'string') return false;
    if (encoding === 'utf8' || encoding === 'utf-8') {
      // (A lone high surrogate at a chunk's end is U+FFFD on its own, not half of a pair.)
      const last = chunk.charCodeAt(chunk.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) return false;
      utf8 = true;
    } else if (encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii') {
      if (Buffer.byteLength(chunk, 'utf8') !== chunk.length) latin1 = true; // not ASCII
    } else {
      return false;
    }
    if (utf8 && latin1) return false;
    text += chunk;
  }
  socket._write(text, latin1 ? 'latin1' : 'utf8', cb);
  return true;
}

Socket.prototype._final = function (cb) {
  // As node: a socket still pending (connecting, or never connected) finishes once connected.
  if (this.pending) {
    this.once('connect', () => this._final(cb));
    return;
  }
  tcp.shutdown(this[kFd]);
  // libuv completes a shutdown request from the loop: 'finish' and end()'s callback come once
  // the ticks and microtasks queued meanwhile have run (yet before this turn's immediates).
  queueMicrotask(() => process.nextTick(cb));
};

// libuv's close phase runs the handles closed during a turn last closed first (its closing list
// is a stack): one close-phase entry per socket, each running the latest close not yet run, in
// the async context the socket was made in (its handle's, as node's AsyncLocalStorage sees it).
const socketCloses = [];
const socketFrames = new WeakMap(); // made while async contexts are tracked
function queueSocketClose(socket, fn) {
  socketCloses.push(fn, socketFrames.get(socket));
  loop.queueClose(runLatestSocketClose);
}
function runLatestSocketClose() {
  if (socketCloses.length === 0) return;
  const frame = socketCloses.pop();
  const fn = socketCloses.pop();
  if (loop.asyncContextEnabled()) loop.enableAsyncContext().set(frame);
  fn();
}

Socket.prototype._destroy = function (err, cb) {
  clearTimer(this);
  if (this._candidates) clearTimeout(this._candidates.timer);
  const fd = this[kFd];
  const hadHandle = hasHandle(this);
  this.connecting = false;
  if (fd >= 0) {
    loop.unwatchFd(fd);
    tcp.close(fd);
    this[kFd] = -1;
  }
  // An aborted options.signal destroys the socket inside the Duplex constructor, before ours ran.
  if (this[kPendingWrites]) this[kPendingWrites].length = 0;
  cb(err);
  const hadError = Boolean(err) || this._hadError;
  // libuv reports a closed handle in the loop's close phase, after this turn's immediates; with
  // no handle (never connected) node emits a bare 'close' on the next tick.
  if (hadHandle) queueSocketClose(this, () => this.emit('close', hadError));
  else process.nextTick(() => this.emit('close'));
  const server = this[kServer];
  if (server) {
    this[kServer] = null;
    server._connections--;
    server._emitCloseIfDrained();
  }
};

// node's normalizeArgs (exported as net._normalizeArgs): [options, callback or null]. An object
// is the options, a string that is not a number >= 0 a pipe path, anything else the port; the
// last argument is the callback when a function.
const normalizedArgsSymbol = Symbol('normalizedArgs');
function normalizeArgs(args) {
  let options = {};
  if (args.length > 0) {
    const arg0 = args[0];
    if (arg0 !== null && typeof arg0 === 'object') options = arg0;
    else if (typeof arg0 === 'string' && !(Number(arg0) >= 0)) options.path = arg0;
    else {
      options.port = arg0;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
  }
  const cb = args[args.length - 1];
  const arr = [options, typeof cb === 'function' ? cb : null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

Socket.prototype.connect = function (...args) {
  const [options, cb] = Array.isArray(args[0]) && args[0][normalizedArgsSymbol] ? args[0] : normalizeArgs(args);
  if (Object.prototype.hasOwnProperty.call(this, 'write')) delete this.write;
  if (this.destroyed) {
    // As node: a closed socket may connect again; it starts over as a new connection.
    this._undestroy();
    this._peername = null;
    this._sockname = null;
    this[kNames] = null;
    this._hadError = false;
    this[kReading] = false;
    this[kPendingWrites].length = 0;
    this[kBytesRead] = 0;
    this._bytesDispatched = 0;
  }
  if (options.port === undefined && options.path == null) {
    throw new (E().ERR_MISSING_ARGS)(['options', 'port', 'path']);
  }
  if (cb !== null) this.once('connect', cb);
  if (options.path) {
    // No Unix sockets in the sandbox: the path is never there.
    process.nextTick(() => this.destroy(callbackStack(exceptionWithHostPort({ code: 'ENOENT', errno: -2 }, 'connect', options.path), kAfterConnect.replace('TCP', 'Pipe'))));
    return this;
  }
  const { localAddress, localPort } = options;
  if (localAddress && !isIP(localAddress)) throw new (E().ERR_INVALID_IP_ADDRESS)(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  let port = options.port;
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new (E().ERR_INVALID_ARG_TYPE)('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (options.autoSelectFamily != null) validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
  if (options.autoSelectFamilyAttemptTimeout != null) {
    require('internal/validators').validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }
  const host = options.host || 'localhost';
  if (!isIP(host) && options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  this._host = host;
  this.connecting = true;
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.noDelay) this.setNoDelay(true);
  if (options.keepAlive) this.setKeepAlive(true, options.keepAliveInitialDelay);
  if (isIP(host)) {
    process.nextTick(() => { if (!this.destroyed) startConnect(this, [{ address: host, family: isIP(host) }], port); });
  } else {
    lookupAndConnect(this, options, host, port);
  }
  return this;
};

// node's dns options for a connect: ADDRCONFIG unless a family is asked for, and every address
// (`all`) when the family is open, no localAddress binds it and autoSelectFamily is on.
function lookupAndConnect(socket, options, host, port) {
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
  const dnsopts = { family, hints: options.hints || 0 };
  if (family !== 4 && family !== 6 && dnsopts.hints === 0) dnsopts.hints = ADDRCONFIG;
  const lookup = typeof options.lookup === 'function' ? options.lookup : require('dns').lookup;
  const lookupFailed = (err) => {
    // As node: a lookup may answer synchronously, before the caller has listeners.
    process.nextTick(() => { if (!socket.destroyed) socket.destroy(err); });
  };
  // (The options were validated by connect().)
  const autoSelect = options.autoSelectFamily ?? autoSelectFamily;
  const attemptTimeout = options.autoSelectFamilyAttemptTimeout != null ?
    Math.max(options.autoSelectFamilyAttemptTimeout, 10) : autoSelectFamilyAttemptTimeout;
  if (family !== 4 && family !== 6 && !options.localAddress && autoSelect) {
    dnsopts.all = true;
    lookup(host, dnsopts, (err, addresses) => {
      if (!socket.connecting) return;
      if (err) {
        socket.emit('lookup', err, undefined, undefined, host);
        return lookupFailed(err);
      }
      // As node: each address once, the families alternating, the first one's family first.
      const groups = [[], []];
      let firstFamily = 0;
      for (let i = 0; i < addresses.length; i++) {
        const { address, family: addressType } = addresses[i];
        socket.emit('lookup', err, address, addressType, host);
        if (!socket.connecting) return;
        if (isIP(address) && (addressType === 4 || addressType === 6)) {
          firstFamily ||= addressType;
          const group = groups[addressType === firstFamily ? 0 : 1];
          if (!group.some((a) => a.address === address)) group.push(addresses[i]);
        }
      }
      if (groups[0].length === 0) {
        const { address, family: addressType } = addresses[0] || {};
        if (!isIP(address)) lookupFailed(new (E().ERR_INVALID_IP_ADDRESS)(address));
        else lookupFailed(invalidAddressFamily(addressType, options));
        return;
      }
      const toAttempt = [];
      for (let i = 0; i < Math.max(groups[0].length, groups[1].length); i++) {
        if (i < groups[0].length) toAttempt.push(groups[0][i]);
        if (i < groups[1].length) toAttempt.push(groups[1][i]);
      }
      startConnect(socket, toAttempt, port, attemptTimeout);
    });
    return;
  }
  lookup(host, dnsopts, (err, ip, addressType) => {
    socket.emit('lookup', err, ip, addressType, host);
    if (!socket.connecting) return;
    if (err) lookupFailed(err);
    else if (!isIP(ip)) lookupFailed(new (E().ERR_INVALID_IP_ADDRESS)(ip));
    else if (addressType !== 4 && addressType !== 6) lookupFailed(invalidAddressFamily(addressType, options));
    else startConnect(socket, [{ address: ip, family: addressType }], port);
  });
}
function invalidAddressFamily(addressType, options) {
  const err = new (E().ERR_INVALID_ADDRESS_FAMILY)(addressType, options.host, options.port);
  err.host = options.host;
  err.port = options.port;
  return err;
}

// node's internalConnect / internalConnectMultiple: the candidates are tried in turn, each
// announced by 'connectionAttempt' and, failing, 'connectionAttemptFailed'. With several
// (autoSelectFamily) an attempt still pending after the attempt timeout gives way to the next
// ('connectionAttemptTimeout'), the addresses tried are kept in autoSelectFamilyAttemptedAddresses
// and a failure of them all is an AggregateError of each one's.
function startConnect(socket, candidates, port, attemptTimeout = autoSelectFamilyAttemptTimeout) {
  const multiple = candidates.length > 1;
  if (multiple) socket.autoSelectFamilyAttemptedAddresses = [];
  socket._candidates = { candidates, index: -1, port, errors: [], multiple, attemptTimeout, timer: null };
  nextAttempt(socket);
}

const familyNumber = (f) => (f === 6 || f === 'IPv6' ? 6 : 4);

function nextAttempt(socket) {
  const ctx = socket._candidates;
  clearTimeout(ctx.timer);
  ctx.index++;
  if (ctx.index >= ctx.candidates.length) {
    socket.destroy(connectFailure(ctx));
    return;
  }
  const { address, family } = ctx.candidates[ctx.index];
  const { port } = ctx;
  socket.emit('connectionAttempt', address, port, familyNumber(family));
  if (ctx.multiple) socket.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  if (socket[kFd] >= 0) {
    // connect() again on a connected socket: as libuv keeps its handle, no new connection is
    // made; the connect completes again on the descriptor it has.
    updateInterest(socket);
    return;
  }
  const fd = tcp.connect(address, port);
  if (isErr(fd)) {
    // A refusal known at once is reported from the loop, as libuv's delayed connect error is
    // (a request destroyed meanwhile sees its own error, not this one).
    const err = callbackStack(exceptionWithHostPort(fd, 'connect', address, port), kAfterConnect);
    setImmediate(() => { if (!socket.destroyed && socket.connecting) attemptFailed(socket, err); });
    return;
  }
  attachFd(socket, fd);
  if (ctx.multiple && ctx.index < ctx.candidates.length - 1) ctx.timer = setTimeout(attemptTimedOut, ctx.attemptTimeout, socket);
}

function connectFailure(ctx) {
  if (!ctx.multiple) return ctx.errors[0];
  if (ctx.errors.length === 0) return new (E().ERR_SOCKET_CONNECTION_TIMEOUT)();
  // node's NodeAggregateError: the first error's code, shown in the stack's first line.
  const err = new AggregateError(ctx.errors);
  err.code = ctx.errors[0].code;
  const stack = String(err.stack);
  const frames = stack.indexOf('\n');
  err.stack = `AggregateError [${err.code}]: ${frames === -1 ? '' : stack.slice(frames)}`;
  return err;
}

function closeAttempt(socket) {
  if (socket[kFd] < 0) return;
  loop.unwatchFd(socket[kFd]);
  tcp.close(socket[kFd]);
  socket[kFd] = -1;
}

function attemptFailed(socket, err) {
  const ctx = socket._candidates;
  const { address, family } = ctx.candidates[ctx.index];
  ctx.errors.push(err);
  socket.emit('connectionAttemptFailed', address, ctx.port, familyNumber(family), err);
  if (socket.connecting) nextAttempt(socket);
}

function attemptTimedOut(socket) {
  const ctx = socket._candidates;
  if (!socket.connecting || socket.destroyed) return;
  const { address, family } = ctx.candidates[ctx.index];
  closeAttempt(socket);
  socket.emit('connectionAttemptTimeout', address, ctx.port, familyNumber(family));
  if (socket.connecting) nextAttempt(socket);
}

function finishConnect(socket) {
  const ctx = socket._candidates;
  const r = tcp.connectResult(socket[kFd]);
  const { address, family } = ctx.candidates[ctx.index];
  if (r !== 0) {
    closeAttempt(socket);
    attemptFailed(socket, callbackStack(exceptionWithHostPort(r, 'connect', address, ctx.port), kAfterConnect));
    return;
  }
  clearTimeout(ctx.timer);
  socket.connecting = false;
  // The peer is the address connected to (asking the host could abort, see readNames).
  socket[kNames] = { peer: { address, family: familyNumber(family) === 6 ? 'IPv6' : 'IPv4', port: ctx.port }, sock: null };
  readNames(socket);
  updateInterest(socket);
  resetTimer(socket);
  socket.emit('connect');
  socket.emit('ready');
  if (socket.readable && !socket.isPaused()) socket.read(0);
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new (E().ERR_SOCKET_BAD_PORT)(name, port, allowZero);
  }
  return port | 0;
}

// Addresses are read once, when the connection is made (wasi-libc aborts the whole process on
// getpeername for a socket the peer has reset, so they are never asked for later), and kept
// aside: as in node, `_peername`/`_sockname` cache them at the first look while the socket is
// open, and a closed socket only knows what was looked at before.
function readNames(socket) {
  const names = socket[kNames] || (socket[kNames] = { peer: null, sock: null });
  for (const [key, fn] of [['peer', 'peername'], ['sock', 'sockname']]) {
    if (names[key]) continue;
    const r = tcp[fn](socket[kFd]);
    if (Array.isArray(r)) names[key] = { address: r[0], family: r[1], port: r[2] };
  }
}
function cachedName(socket, key) {
  // node's _getsockname answers {} once the handle is gone; _getpeername keeps what it saw.
  if (key === '_sockname' && socket[kFd] < 0) return {};
  if (!socket[key] && socket[kFd] >= 0 && !socket.connecting && socket[kNames]) {
    socket[key] = socket[kNames][key === '_peername' ? 'peer' : 'sock'];
  }
  return socket[key] || {};
}

// node makes a socket's handle when connect() starts (before the lookup) and drops it on destroy.
const hasHandle = (socket) => socket[kFd] >= 0 || socket.connecting;

Object.defineProperties(Socket.prototype, {
  remoteAddress: { configurable: true, get() { return cachedName(this, '_peername').address; } },
  remoteFamily: { configurable: true, get() { return cachedName(this, '_peername').family; } },
  remotePort: { configurable: true, get() { return cachedName(this, '_peername').port; } },
  localAddress: { configurable: true, get() { return cachedName(this, '_sockname').address; } },
  localPort: { configurable: true, get() { return cachedName(this, '_sockname').port; } },
  localFamily: { configurable: true, get() { return cachedName(this, '_sockname').family; } },
  _connecting: { configurable: true, get() { return this.connecting; } },
  pending: { configurable: true, get() { return this[kFd] < 0 || this.connecting; } },
  readyState: {
    configurable: true,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
  },
  bufferSize: { configurable: true, get() { return hasHandle(this) ? this.writableLength : undefined; } },
  bytesRead: { configurable: true, get() { return this[kBytesRead]; } },
  bytesWritten: {
    configurable: true,
    // As node's: the bytes dispatched (a chunk handed to the descriptor counts from then on), of
    // the chunks still buffered and of the one waiting for the connection (strings in bytes).
    get() {
      const buffered = this.writableBuffer;
      if (!buffered) return undefined;
      const pending = this[kConnectPending];
      let bytes = this._bytesDispatched + (pending === null ? 0 : chunkBytes(pending[0], pending[1]));
      for (const el of buffered) bytes += chunkBytes(el.chunk, el.encoding);
      return bytes;
    },
  },
  _handle: { configurable: true, get() { return hasHandle(this) ? { fd: this[kFd] } : null; } },
});

Socket.prototype._getpeername = function () { return cachedName(this, '_peername'); };
Socket.prototype._getsockname = function () { return cachedName(this, '_sockname'); };
Socket.prototype.address = function () {
  const n = cachedName(this, '_sockname');
  return n.address === undefined ? {} : { address: n.address, family: n.family, port: n.port };
};

// Idle timeouts. Activity (reads, writes) only notes the time; one unref'd timer per socket
// fires at the earliest possible moment and, finding activity since, re-arms for the rest. (A
// busy keep-alive connection would otherwise make and cancel a timer for every request.)
// `kIdleMs` is the timeout in force (0: none); after 'timeout' the next activity re-arms it,
// as node's refresh() of its fired timer does.
function clearTimer(socket) {
  if (socket[kTimer] !== null) { clearTimeout(socket[kTimer]); socket[kTimer] = null; }
}
function armTimer(socket, ms) {
  socket[kTimerDue] = Date.now() + ms;
  socket[kTimer] = setTimeout(onIdleTimer, ms, socket);
  socket[kTimer].unref();
}
function onIdleTimer(socket) {
  socket[kTimer] = null;
  const ms = socket[kIdleMs];
  if (ms === 0 || socket.destroyed) return;
  const left = socket[kLastActive] + ms - Date.now();
  if (left > 0) armTimer(socket, left);
  else socket.emit('timeout');
}
function resetTimer(socket) {
  const ms = socket[kIdleMs];
  if (ms === 0) return;
  socket[kLastActive] = Date.now();
  if (socket[kTimer] === null) armTimer(socket, ms);
}
// node's internal/timers getTimerDuration: a finite, non-negative number, capped at 2^31-1 ms.
const TIMEOUT_MAX = 2 ** 31 - 1;
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new (E().ERR_OUT_OF_RANGE)(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}
Socket.prototype.setTimeout = function (msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  // (An http server sets one per request: the common, valid case skips the checks' calls.)
  if (typeof msecs !== 'number' || !(msecs >= 0 && msecs <= TIMEOUT_MAX)) msecs = getTimerDuration(msecs, 'msecs');
  this[kIdleMs] = msecs;
  if (msecs > 0) {
    const now = this[kLastActive] = Date.now();
    // A timer already armed does if it fires no later than this timeout would.
    if (this[kTimer] !== null && this[kTimerDue] > now + msecs) clearTimer(this);
    if (this[kTimer] === null) armTimer(this, msecs);
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    if (msecs === 0) this.removeListener('timeout', callback); else this.once('timeout', callback);
  }
  return this;
};
// Options are set once connected: wasi-libc aborts the whole process on setsockopt for a
// socket whose connect is still in progress (node keeps them for the connect as well).
// A value already in force is not set again (an agent re-enables keep-alive on every reuse;
// each setsockopt on a connection the peer reset risks the same abort).
Socket.prototype.setNoDelay = function (enable = true) {
  if (this[kFd] < 0 || this.connecting) this.once('connect', () => this.setNoDelay(enable));
  else if (this[kNoDelay] !== Boolean(enable)) tcp.setNoDelay(this[kFd], this[kNoDelay] = Boolean(enable));
  return this;
};
Socket.prototype.setKeepAlive = function (enable = false) {
  if (this[kFd] < 0 || this.connecting) this.once('connect', () => this.setKeepAlive(enable));
  else if (this[kKeepAlive] !== Boolean(enable)) tcp.setKeepAlive(this[kFd], this[kKeepAlive] = Boolean(enable));
  return this;
};
Socket.prototype.ref = function () {
  this[kRefed] = true;
  if (this[kFd] >= 0) updateInterest(this);
  return this;
};
Socket.prototype.unref = function () {
  this[kRefed] = false;
  if (this[kFd] >= 0) {
    loop.refFd(this[kFd], false);
    this[kWatched] &= ~4;
  }
  return this;
};
Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy(); else this.once('finish', this.destroy);
};
// As node's, except that the connection closes normally: WASI sockets cannot send an RST (no SO_LINGER).
Socket.prototype.resetAndDestroy = function () {
  if (!hasHandle(this)) this.destroy(new (E().ERR_SOCKET_CLOSED)());
  else if (this.connecting) this.once('connect', () => this.destroy());
  else this.destroy();
  return this;
};
// As node's: pausing stops the descriptor's reads only for an onread socket; any other goes on
// reading into its buffer until that is full, so an end or an error is seen while paused.
Socket.prototype.pause = function () {
  if (this[kBufferCb] !== null && this[kReading]) { this[kReading] = false; updateInterest(this); }
  return Duplex.prototype.pause.call(this);
};
Socket.prototype.resume = function () {
  if (!this.connecting && this[kFd] >= 0 && !this.readableEnded) this._read();
  return Duplex.prototype.resume.call(this);
};

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') { connectionListener = options; options = {}; }
  else if (options == null || typeof options === 'object') options = { ...options };
  else throw new (E().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = undefined; // the default below
  }
  this._connections = 0;
  this._listeningId = 1;
  this._fd = -1;
  this._fd6 = -1; // a dual-stack stand-in's IPv6 loopback listener (bindTo)
  this._address = null;
  this._refed = true;
  this._closing = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? require('stream').getDefaultHighWaterMark(false);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', { configurable: true, get() { return this._fd >= 0; } });

// options.signal: an abort closes the server.
function addServerAbortSignalOption(server, options) {
  if (options == null || options.signal === undefined) return;
  require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => server.close();
  if (signal.aborted) process.nextTick(onAborted);
  else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

const toBacklog = (x) => ((x = Number(x)) >= 0 ? x : false);

// Argument handling as node's Server.prototype.listen (a port of 0 when it is omitted, null or
// explicitly undefined; a backlog from the arguments when options has none).
Server.prototype.listen = function (...args) {
  const [normalized, cb] = normalizeArgs(args);
  if (this._fd >= 0) throw new (E().ERR_SERVER_ALREADY_LISTEN)();
  this._listeningId++;
  if (netServerListen.hasSubscribers) netServerListen.asyncStart.publish({ server: this, options: normalized });
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toBacklog(args.length > 1 && args[1]) || toBacklog(args.length > 2 && args[2]);
  const options = normalized._handle || normalized.handle || normalized;
  addServerAbortSignalOption(this, options);
  if (typeof options.fd === 'number' && options.fd >= 0) {
    throw new (E().ERR_INVALID_ARG_VALUE)('options.fd', options.fd, 'is not supported in the rjs sandbox (no inherited handles)');
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port !== 'number' && typeof options.port !== 'string') {
    if (typeof options.path === 'string' && options.path !== '' && !(Number(options.path) >= 0)) {
      // No Unix sockets in the sandbox: node's error for a path it may not bind (EACCES),
      // emitted as node emits it, so a script's 'error' listener sees it.
      const error = listenStack(exceptionWithHostPort({ code: 'EACCES', errno: -13 }, 'listen', options.path, -1),
        typeof this.constructor === 'function' && this.constructor.name || 'Object');
      if (netServerListen.hasSubscribers) netServerListen.error.publish({ server: this, error });
      process.nextTick(emitErrorNT, this, error);
      return this;
    }
    if (!('port' in options || 'path' in options)) {
      throw new (E().ERR_INVALID_ARG_VALUE)('options', options, 'must have the property "port" or "path"');
    }
    throw new (E().ERR_INVALID_ARG_VALUE)('options', options);
  }
  const port = validatePort(options.port, 'options.port');
  const host = options.host || undefined;
  const backlog = (Number(options.backlog || backlogFromArgs) | 0) || 511;
  const bindTo = (address) => {
    // '::' (asked for or by default) means dual stack in node: where wasmtime cannot make an
    // IPv6 socket dual stack, 0.0.0.0 takes its place.
    const anyAddress = host === undefined || host === '::';
    let r = tcp.listen(address, port, backlog);
    if (isErr(r) && anyAddress && address === '::' && r.code !== 'EADDRINUSE' && r.code !== 'EACCES') {
      address = '0.0.0.0';
      r = tcp.listen(address, port, backlog);
    }
    if (isErr(r)) {
      const shown = anyAddress && address === '0.0.0.0' ? '::' : address; // the dual-stack stand-in
      const error = exceptionWithHostPort(r, 'listen', shown, port);
      if (host === undefined) listenStack(error, typeof this.constructor === 'function' && this.constructor.name || 'Object');
      if (netServerListen.hasSubscribers) netServerListen.error.publish({ server: this, error });
      process.nextTick(emitErrorNT, this, error);
      return;
    }
    this._fd = r[0];
    this._address = { address: r[1], family: r[2], port: r[3] };
    // wasmtime's IPv6 sockets are v6-only, so a listener without a host binds 0.0.0.0; it
    // reports node's dual-stack address.
    this._dualStack = anyAddress && address === '0.0.0.0';
    if (this._dualStack) this._address = { address: '::', family: 'IPv6', port: r[3] };
    // node's "addressType:address:port" of what was asked for (the port as given, 0 stays 0).
    this._connectionKey = this._dualStack ? `6::::${port}` : `${isIP(address) || 4}:${address}:${port}`;
    if (netServerListen.hasSubscribers) netServerListen.asyncEnd.publish({ server: this });
    loop.watchFd(this._fd, READ, () => this._accept(this._fd), this._refed);
    // The stand-in takes no IPv6 client, where node's '::' takes both: the IPv6 loopback (the
    // one IPv6 address a sandboxed client reaches it by) gets a listener of its own on the same
    // port, when the host has one free.
    if (this._dualStack) {
      const r6 = tcp.listen('::1', r[3], backlog);
      if (Array.isArray(r6)) {
        this._fd6 = r6[0];
        loop.watchFd(this._fd6, READ, () => this._accept(this._fd6), this._refed);
      }
    }
    process.nextTick(emitListeningNT, this);
  };
  // As node, any host (an IP address too) goes through dns.lookup, so the bind happens later.
  if (host === undefined || host === null) bindTo('::');
  else {
    // As node's _listeningId: a close() or another listen() meanwhile cancels this one.
    const listeningId = this._listeningId;
    require('dns').lookup(host, (err, address) => {
      if (listeningId !== this._listeningId) return;
      if (err) { this.emit('error', err); return; }
      bindTo(address);
    });
  }
  return this;
};

// An accepted connection's names ([fd, address, family, port] from accept); a dual-stack
// server's IPv4 connections have IPv4-mapped IPv6 names in node (::ffff:127.0.0.1).
function acceptedNames(server, r) {
  const name = (address, family, port) => (server._dualStack && family === 'IPv4'
    ? { address: `::ffff:${address}`, family: 'IPv6', port }
    : { address, family, port });
  const local = tcp.sockname(r[0]);
  return { sock: Array.isArray(local) ? name(...local) : null, peer: name(r[1], r[2], r[3]) };
}

Server.prototype._accept = function (fd) {
  // A 'connection' listener may close the server: stop accepting once its fd is gone.
  for (let i = 0; i < 64 && this._fd >= 0; i++) {
    const r = tcp.accept(fd);
    if (r === null) return;
    if (isErr(r)) { this.emit('error', errnoException(r, 'accept')); return; }
    const names = acceptedNames(this, r);
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      tcp.close(r[0]);
      const { sock = {}, peer } = names;
      this.emit('drop', {
        localAddress: sock.address, localPort: sock.port, localFamily: sock.family,
        remoteAddress: peer.address, remotePort: peer.port, remoteFamily: peer.family,
      });
      continue;
    }
    const socket = new Socket({
      fd: r[0], allowHalfOpen: this.allowHalfOpen, pauseOnCreate: this.pauseOnConnect,
      readableHighWaterMark: this.highWaterMark, writableHighWaterMark: this.highWaterMark,
    });
    socket[kNames] = names;
    readNames(socket);
    socket.server = this;
    socket._server = this;
    socket[kServer] = this;
    this._connections++;
    if (this.noDelay) socket.setNoDelay(true);
    if (this.keepAlive) socket.setKeepAlive(true);
    if (this.pauseOnConnect) socket.pause();
    this.emit('connection', socket);
    if (netServerSocketChannel.hasSubscribers) netServerSocketChannel.publish({ socket });
  }
};

Server.prototype.address = function () {
  return this._fd >= 0 ? { ...this._address } : null;
};

Server.prototype.close = function (cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (this._fd < 0) this.once('close', () => cb(new (E().ERR_SERVER_NOT_RUNNING)()));
    else this.once('close', cb);
  }
  if (this._fd >= 0) {
    loop.unwatchFd(this._fd);
    tcp.close(this._fd);
    this._fd = -1;
  }
  if (this._fd6 >= 0) {
    loop.unwatchFd(this._fd6);
    tcp.close(this._fd6);
    this._fd6 = -1;
  }
  this._closing = true;
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._fd >= 0 || !this._closing || this._connections > 0) return;
  this._closing = false;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.getConnections = function (cb) {
  const n = this._connections;
  if (typeof cb === 'function') process.nextTick(cb, null, n);
  return this;
};
Server.prototype.ref = function () { this._refed = true; refListeners(this, true); return this; };
Server.prototype.unref = function () { this._refed = false; refListeners(this, false); return this; };
function refListeners(server, refed) {
  if (server._fd >= 0) loop.refFd(server._fd, refed);
  if (server._fd6 >= 0) loop.refFd(server._fd6, refed);
}
Server.prototype[Symbol.asyncDispose] = function () {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

function createServer(options, connectionListener) { return new Server(options, connectionListener); }

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (netClientSocketChannel.hasSubscribers) netClientSocketChannel.publish({ socket });
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---- SocketAddress and BlockList (node's internal/socketaddress and internal/blocklist) ----
// An address is kept as eight 16-bit words; an IPv4 one as its IPv4-mapped IPv6 form
// (::ffff:a.b.c.d), so that IPv4 rules match mapped IPv6 addresses and the other way round.

function parseIPv4Words(s) {
  if (!isIPv4(s)) return null;
  const b = s.split('.').map(Number);
  return [0, 0, 0, 0, 0, 0xffff, (b[0] << 8) | b[1], (b[2] << 8) | b[3]];
}
function parseIPv6Words(s) {
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  if (!IPv6Reg.test(s)) return null;
  const groups = (part) => {
    if (part === '') return [];
    const out = [];
    for (const g of part.split(':')) {
      if (g.includes('.')) { const w = parseIPv4Words(g); out.push(w[6], w[7]); } else out.push(parseInt(g, 16));
    }
    return out;
  };
  const gap = s.indexOf('::');
  if (gap === -1) return groups(s);
  const head = groups(s.slice(0, gap));
  const tail = groups(s.slice(gap + 2));
  return [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
}
// inet_ntop's text: the longest run of two or more zero words (the first of equal ones) is '::',
// and ::ffff:a.b.c.d and ::a.b.c.d keep their IPv4 tail dotted.
function formatIPv6Words(w) {
  let bestBase = -1, bestLen = 0, curBase = -1;
  for (let i = 0; i < 8; i++) {
    if (w[i] !== 0) { curBase = -1; continue; }
    if (curBase === -1) curBase = i;
    if (i - curBase + 1 > bestLen) { bestBase = curBase; bestLen = i - curBase + 1; }
  }
  if (bestLen < 2) bestBase = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (bestBase !== -1 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && bestBase === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
      return `${out}${w[6] >> 8}.${w[6] & 255}.${w[7] >> 8}.${w[7] & 255}`;
    }
    out += w[i].toString(16);
  }
  return bestBase !== -1 && bestBase + bestLen === 8 ? `${out}:` : out;
}
function compareWords(a, b) {
  for (let i = 0; i < 8; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
function inSubnet(w, net, bits) {
  for (let i = 0; i < 8 && bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if ((w[i] & mask) !== (net[i] & mask)) return false;
  }
  return true;
}

const kAddress = Symbol('kAddress');
const kRules = Symbol('kRules');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
function inspectAs(name, value, depth, options) {
  if (depth < 0) return null;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${require('util').inspect(value, opts)}`;
}

class SocketAddress {
  static isSocketAddress(value) { return value != null && value[kAddress] !== undefined; }

  constructor(options = {}) {
    const { validateObject, validateString, validateUint32 } = require('internal/validators');
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = (family === 'ipv4' ? '127.0.0.1' : '::'), port = 0, flowlabel = 0 } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new (E().ERR_INVALID_ARG_VALUE)('options.family', options.family);
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const words = family === 'ipv4' ? parseIPv4Words(address) : parseIPv6Words(address);
    if (words === null) throw new (E().ERR_INVALID_ADDRESS)();
    const text = family === 'ipv4' ? address : formatIPv6Words(words);
    this[kAddress] = { address: text, port: port | 0, family, flowlabel, words };
  }

  get address() { return this[kAddress].address; }
  get port() { return this[kAddress].port; }
  get family() { return this[kAddress].family; }
  get flowlabel() { return this[kAddress].flowlabel; }
  toJSON() { return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel }; }
  [customInspect](depth, options) { return inspectAs('SocketAddress', this.toJSON(), depth, options) ?? this; }
}

// A string (with its family) or a SocketAddress, as a SocketAddress.
function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  const { validateString } = require('internal/validators');
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}
const familyLabel = (sa) => (sa.family === 'ipv4' ? 'IPv4' : 'IPv6');

class BlockList {
  constructor() { this[kRules] = []; }

  addAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, 'address', family);
    const w = sa[kAddress].words;
    this[kRules].unshift({ text: `Address: ${familyLabel(sa)} ${sa.address}`, test: (x) => compareWords(x, w) === 0 });
  }

  addRange(start, end, family = 'ipv4') {
    const from = toSocketAddress(start, 'start', family);
    const to = toSocketAddress(end, 'end', family);
    const a = from[kAddress].words;
    const b = to[kAddress].words;
    if (compareWords(a, b) > 0) throw new (E().ERR_INVALID_ARG_VALUE)('start', from, 'must come before end');
    this[kRules].unshift({
      text: `Range: ${familyLabel(from)} ${from.address}-${to.address}`,
      test: (x) => compareWords(x, a) >= 0 && compareWords(x, b) <= 0,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const sa = toSocketAddress(network, 'network', family);
    const { validateInt32 } = require('internal/validators');
    const v4 = sa.family === 'ipv4';
    validateInt32(prefix, 'prefix', 0, v4 ? 32 : 128);
    const w = sa[kAddress].words;
    const bits = v4 ? prefix + 96 : prefix;
    this[kRules].unshift({ text: `Subnet: ${familyLabel(sa)} ${sa.address}/${prefix}`, test: (x) => inSubnet(x, w, bits) });
  }

  check(address, family = 'ipv4') {
    let sa;
    try {
      sa = toSocketAddress(address, 'address', family);
    } catch (err) {
      if (err.code === 'ERR_INVALID_ARG_TYPE') throw err;
      return false;
    }
    const w = sa[kAddress].words;
    return this[kRules].some((rule) => rule.test(w));
  }

  get rules() { return this[kRules].map((rule) => rule.text); }
  [customInspect](depth, options) { return inspectAs('BlockList', { rules: this.rules }, depth, options) ?? this; }
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(v) { autoSelectFamily = Boolean(v); },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) { validateInteger(v, 'value', 1, 2 ** 31 - 1); autoSelectFamilyAttemptTimeout = v < 10 ? 10 : v; },
  _normalizeArgs: normalizeArgs,
};
// Shared with http (not part of node's net API).
Object.defineProperty(module.exports, Symbol.for('rjs.net.getTimerDuration'), { value: getTimerDuration });
// Shared with dgram.
Object.defineProperty(module.exports, Symbol.for('rjs.net.internal'), { value: { exceptionWithHostPort, errnoException, isErr, validatePort } });
