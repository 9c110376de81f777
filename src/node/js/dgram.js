// `dgram`: UDP sockets over internalBinding('udp') (wasi:sockets/udp). A bound socket's
// descriptor is watched by the loop's poll like a TCP one; datagrams are read when it is
// readable and go out at once (or wait for writability when the host's buffer is full).
// Argument handling, states and errors follow node's lib/dgram.js. Broadcast and multicast
// fail with the host's error (wasmtime has neither: ENOPROTOOPT / ENOSYS).
'use strict';

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const loop = require('internal/loop');
const udp = internalBinding('udp');
const E = () => require('internal/errors').codes;
const V = require('internal/validators');
const dc = require('diagnostics_channel');
const { exceptionWithHostPort, errnoException, isErr, validatePort } = require('net')[Symbol.for('rjs.net.internal')];

const udpSocketChannel = dc.channel('udp.socket');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;
const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;
const RECV_BUFFER = true;
const SEND_BUFFER = false;
const READ = 1;
const WRITE = 2;
const EBADF = { code: 'EBADF', errno: -9, message: 'bad file descriptor' };
const EINVAL = { code: 'EINVAL', errno: -22, message: 'invalid argument' };

const kStateSymbol = Symbol('state symbol');

// node's UDP handle: the descriptor once bound (-1 before), the lookup for its family, whether
// it keeps the loop alive, and the datagrams waiting for the socket to take them.
function newHandle(type, lookup) {
  if (lookup === undefined) lookup = require('dns').lookup;
  else V.validateFunction(lookup, 'lookup');
  let family;
  let fallback;
  if (type === 'udp4') { family = 4; fallback = '127.0.0.1'; }
  else if (type === 'udp6') { family = 6; fallback = '::1'; }
  else throw new (E().ERR_SOCKET_BAD_TYPE)();
  return {
    fd: -1,
    refed: true,
    pending: [],
    lookup: (address, callback) => lookup(address || fallback, family, callback),
  };
}

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    // As node: a truthy buffer size must be a uint32 (0, NaN, '' and null are left unset).
    if (options.recvBufferSize) V.validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    if (options.sendBufferSize) V.validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
  }
  const handle = newHandle(type, lookup);
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };
  if (options?.signal !== undefined) {
    const { signal } = options;
    V.validateAbortSignal(signal, 'options.signal');
    const onAborted = () => { if (this[kStateSymbol].handle) this.close(); };
    if (signal.aborted) onAborted();
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  if (udpSocketChannel.hasSubscribers) udpSocketChannel.publish({ socket: this });
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new (E().ERR_SOCKET_DGRAM_NOT_RUNNING)();
}

// Tells the loop what this socket waits for: datagrams while receiving, writability while
// datagrams are pending.
function updateInterest(socket) {
  const { handle, receiving } = socket[kStateSymbol];
  if (!handle || handle.fd < 0) return;
  const events = (receiving ? READ : 0) | (handle.pending.length > 0 ? WRITE : 0);
  loop.watchFd(handle.fd, events, (ready) => onReady(socket, ready), handle.refed && events !== 0);
}

function onReady(socket, ready) {
  if (ready & WRITE) flushPending(socket);
  if (ready & READ) readDatagrams(socket);
}

// Like libuv, up to 32 datagrams a turn; ticks run after each 'message', as after node's
// callbacks.
function readDatagrams(socket) {
  for (let i = 0; i < 32; i++) {
    const state = socket[kStateSymbol];
    if (!state.handle || !state.receiving) return;
    const r = udp.recv(state.handle.fd);
    if (r === null) return;
    if (isErr(r)) {
      socket.emit('error', errnoException(r, 'recvmsg'));
      return;
    }
    socket.emit('message', r[0], { address: r[1], family: r[2], port: r[3], size: r[0].length });
    loop.drainTicks();
  }
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  updateInterest(socket);
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.receiving = false;
  updateInterest(socket);
}

Socket.prototype.bind = function (port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new (E().ERR_SOCKET_ALREADY_BOUND)();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    function removeListeners() {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    }
    function onListening() {
      removeListeners.call(this);
      cb.call(this);
    }
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  if (port !== null && typeof port === 'object' && Number.isInteger(port.fd) && port.fd > 0) {
    throw new (E().ERR_INVALID_ARG_VALUE)('options.fd', port.fd, 'is not supported in the rjs sandbox (no inherited handles)');
  }
  let address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    if (!state.handle) return; // closed meanwhile
    const fd = udp.bind(ip, port || 0);
    if (isErr(fd)) {
      const ex = exceptionWithHostPort(fd, 'bind', ip, port, false);
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', ex);
      return;
    }
    state.handle.fd = fd;
    startListening(this);
  });
  return this;
};

Socket.prototype.connect = function (port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  V.validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new (E().ERR_SOCKET_DGRAM_IS_CONNECTED)();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, connectNow.bind(this, port, address, callback));
    return;
  }
  connectNow.call(this, port, address, callback);
};

function connectNow(port, address, callback) {
  const state = this[kStateSymbol];
  if (callback) this.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const r = udp.connect(state.handle.fd, ip, port);
      if (isErr(r)) ex = exceptionWithHostPort(r, 'connect', address, port, false);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          this.removeListener('connect', callback);
          callback(ex);
        } else {
          this.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => this.emit('connect'));
  });
}

Socket.prototype.disconnect = function () {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new (E().ERR_SOCKET_DGRAM_NOT_CONNECTED)();
  const r = udp.disconnect(state.handle.fd);
  if (isErr(r)) throw errnoException(r, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

Socket.prototype.sendto = function (buffer, offset, length, port, address, callback) {
  V.validateNumber(offset, 'offset');
  V.validateNumber(length, 'length');
  V.validateNumber(port, 'port');
  V.validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

const bufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!ArrayBuffer.isView(buffer)) throw new (E().ERR_INVALID_ARG_TYPE)('buffer', bufferTypes, buffer);
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new (E().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
  if (offset + length > buffer.byteLength) throw new (E().ERR_BUFFER_OUT_OF_BOUNDS)('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!ArrayBuffer.isView(buf)) return null;
    else out[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return out;
}

// Work asked for before the bind completes runs once it has ('listening'); a failed bind drops it.
function enqueue(self, toEnqueue) {
  const state = self[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(toEnqueue);
}
function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const entry of queue) entry();
}
function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

// node's argument forms: send(buffer, offset, length, port, address, callback) and
// send(bufferOrList, port, address, callback), any tail omitted; a connected socket takes no
// port or address.
Socket.prototype.send = function (buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new (E().ERR_SOCKET_DGRAM_IS_CONNECTED)();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!ArrayBuffer.isView(buffer)) throw new (E().ERR_INVALID_ARG_TYPE)('buffer', bufferTypes, buffer);
    else list = [buffer];
  } else if (!(list = fixBufferList(buffer))) {
    throw new (E().ERR_INVALID_ARG_TYPE)('buffer list arguments', bufferTypes, buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    V.validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }
  const afterDns = (ex, ip) => doSend(ex, this, ip, list, address, port, callback);
  if (!connected) state.handle.lookup(address, afterDns);
  else afterDns(null, null);
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  const req = { list, ip: port ? ip : '', address, port, callback };
  const { pending } = state.handle;
  if (pending.length > 0) {
    pending.push(req);
    return;
  }
  if (!trySend(self, req)) {
    pending.push(req);
    updateInterest(self);
  }
}

// Sends one datagram now; false when the host's buffer is full (it waits for writability).
// The callback runs on the next tick, as after libuv's synchronous send.
function trySend(self, req) {
  const r = udp.send(self[kStateSymbol].handle.fd, req.list, req.ip, req.port || 0);
  if (isErr(r) && r.code === 'EAGAIN') return false;
  if (req.callback) {
    if (isErr(r)) process.nextTick(req.callback, exceptionWithHostPort(r, 'send', req.address, req.port, false));
    else process.nextTick(req.callback, null, r);
  }
  return true;
}

function flushPending(socket) {
  const { handle } = socket[kStateSymbol];
  if (!handle) return;
  while (handle.pending.length > 0 && trySend(socket, handle.pending[0])) handle.pending.shift();
  updateInterest(socket);
}

Socket.prototype.close = function (callback) {
  const state = this[kStateSymbol];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  const { fd } = state.handle;
  if (fd >= 0) {
    loop.unwatchFd(fd);
    udp.close(fd);
  }
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function () {
  if (!this[kStateSymbol].handle) return;
  return new Promise((resolve) => this.close(resolve));
};

// The descriptor for an operation: EBADF while unbound, as libuv's handle has none yet.
function boundFd(socket, syscall) {
  const { fd } = socket[kStateSymbol].handle;
  if (fd < 0) throw errnoException(EBADF, syscall);
  return fd;
}

function addressOf(socket, fn, syscall) {
  const r = udp[fn](boundFd(socket, syscall));
  if (isErr(r)) throw errnoException(r, syscall);
  return { address: r[0], family: r[1], port: r[2] };
}

Socket.prototype.address = function () {
  healthCheck(this);
  return addressOf(this, 'sockname', 'getsockname');
};

Socket.prototype.remoteAddress = function () {
  healthCheck(this);
  if (this[kStateSymbol].connectState !== CONNECT_STATE_CONNECTED) throw new (E().ERR_SOCKET_DGRAM_NOT_CONNECTED)();
  return addressOf(this, 'peername', 'getpeername');
};

function setOption(socket, name, value, syscall) {
  const r = udp.setOption(boundFd(socket, syscall), name, value);
  if (isErr(r)) throw errnoException(r, syscall);
}

Socket.prototype.setBroadcast = function (arg) {
  setOption(this, 'broadcast', arg ? 1 : 0, 'setBroadcast');
};

Socket.prototype.setTTL = function (ttl) {
  V.validateNumber(ttl, 'ttl');
  if (!(ttl >= 1 && ttl <= 255)) throw errnoException(EINVAL, 'setTTL');
  setOption(this, 'ttl', ttl, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function (ttl) {
  V.validateNumber(ttl, 'ttl');
  if (!(ttl >= 0 && ttl <= 255)) throw errnoException(EINVAL, 'setMulticastTTL');
  setOption(this, 'multicastTTL', ttl, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function (arg) {
  setOption(this, 'multicastLoopback', arg ? 1 : 0, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function (interfaceAddress) {
  healthCheck(this);
  V.validateString(interfaceAddress, 'interfaceAddress');
  setOption(this, 'multicastInterface', 0, 'setMulticastInterface');
};

function membership(socket, join, multicastAddress, interfaceAddress, syscall) {
  healthCheck(socket);
  if (!multicastAddress) throw new (E().ERR_MISSING_ARGS)('multicastAddress');
  if (require('net').isIP(multicastAddress) === 0) throw errnoException(EINVAL, syscall); // as libuv's check
  const r = udp.membership(boundFd(socket, syscall), join, multicastAddress, interfaceAddress);
  if (isErr(r)) throw errnoException(r, syscall);
}

Socket.prototype.addMembership = function (multicastAddress, interfaceAddress) {
  membership(this, true, multicastAddress, interfaceAddress, 'addMembership');
};

Socket.prototype.dropMembership = function (multicastAddress, interfaceAddress) {
  membership(this, false, multicastAddress, interfaceAddress, 'dropMembership');
};

function sourceSpecificMembership(socket, sourceAddress, groupAddress, syscall) {
  healthCheck(socket);
  V.validateString(sourceAddress, 'sourceAddress');
  V.validateString(groupAddress, 'groupAddress');
  setOption(socket, syscall, 0, syscall); // no source-specific multicast in wasi:sockets
}

Socket.prototype.addSourceSpecificMembership = function (sourceAddress, groupAddress) {
  sourceSpecificMembership(this, sourceAddress, groupAddress, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function (sourceAddress, groupAddress) {
  sourceSpecificMembership(this, sourceAddress, groupAddress, 'dropSourceSpecificMembership');
};

Socket.prototype.ref = function () {
  const { handle } = this[kStateSymbol];
  if (handle) {
    handle.refed = true;
    updateInterest(this);
  }
  return this;
};

Socket.prototype.unref = function () {
  const { handle } = this[kStateSymbol];
  if (handle) {
    handle.refed = false;
    if (handle.fd >= 0) loop.refFd(handle.fd, false);
  }
  return this;
};

// node's ERR_SOCKET_BUFFER_SIZE is a SystemError carrying libuv's context.
function bufferSize(socket, size, receive) {
  if (size >>> 0 !== size) throw new (E().ERR_SOCKET_BAD_BUFFER_SIZE)();
  const syscall = receive ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
  const { fd } = socket[kStateSymbol].handle;
  const r = fd < 0 ? EBADF : udp.bufferSize(fd, size, receive);
  if (!isErr(r)) return r;
  const info = { errno: r.errno, code: r.code, message: r.message || r.code, syscall };
  const err = new (E().ERR_SOCKET_BUFFER_SIZE)(info);
  Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true });
  err.info = info;
  err.errno = info.errno;
  err.syscall = syscall;
  throw err;
}

Socket.prototype.setRecvBufferSize = function (size) { bufferSize(this, size, RECV_BUFFER); };
Socket.prototype.setSendBufferSize = function (size) { bufferSize(this, size, SEND_BUFFER); };
Socket.prototype.getRecvBufferSize = function () { return bufferSize(this, 0, RECV_BUFFER); };
Socket.prototype.getSendBufferSize = function () { return bufferSize(this, 0, SEND_BUFFER); };

Socket.prototype.getSendQueueSize = function () {
  let size = 0;
  for (const req of this[kStateSymbol].handle.pending) for (const b of req.list) size += b.length;
  return size;
};
Socket.prototype.getSendQueueCount = function () {
  return this[kStateSymbol].handle.pending.length;
};

// node's deprecated private accessors (DEP0112).
const { deprecate } = require('util');
for (const [key, field] of [['_handle', 'handle'], ['_receiving', 'receiving'], ['_bindState', 'bindState'],
  ['_queue', 'queue'], ['_reuseAddr', 'reuseAddr']]) {
  Object.defineProperty(Socket.prototype, key, {
    configurable: true,
    get: deprecate(function () { return this[kStateSymbol][field]; }, `Socket.prototype.${key} is deprecated`, 'DEP0112'),
    set: deprecate(function (v) { this[kStateSymbol][field] = v; }, `Socket.prototype.${key} is deprecated`, 'DEP0112'),
  });
}
Socket.prototype._healthCheck = deprecate(function () { healthCheck(this); }, 'Socket.prototype._healthCheck() is deprecated', 'DEP0112');
Socket.prototype._stopReceiving = deprecate(function () { stopReceiving(this); }, 'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

function _createSocketHandle() {
  throw new (E().ERR_INVALID_ARG_VALUE)('fd', undefined, 'is not supported in the rjs sandbox (no handles)');
}

module.exports = {
  _createSocketHandle: deprecate(_createSocketHandle, 'dgram._createSocketHandle() is deprecated', 'DEP0112'),
  createSocket,
  Socket,
};
