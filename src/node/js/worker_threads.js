// node:worker_threads. No threads in the sandbox: isMainThread is true, parentPort/workerData
// are null and Worker throws. MessageChannel, MessagePort and BroadcastChannel work within the
// process as in node: messages are structured-cloned when posted and delivered in the loop's
// poll phase (after timers, before immediates; ports in creation order, each draining its
// queue), 'close' events in the close phase after immediates (loop.queueClose).
'use strict';

const { codes } = require('internal/errors');
const web = require('internal/web');
const loop = require('internal/loop');
// The current async context frame (AsyncLocalStorage's); undefined until async_hooks is used.
const asyncContext = internalBinding('async_context');

const { EventTarget, Event, CustomEvent, MessageEvent, DOMException, kNodeStyle, kNewListener, kRemoveListener } = web;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
const kCreateEvent = Symbol('kCreateEvent');
const CLOSE = Symbol('close'); // the message a port gets when its peer has closed

function typeError(code, message) { return web.nodeTypeError(code, message); }
function notAPort() { return typeError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance'); }
function plainError(code, message) {
  const err = new Error(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'stack', { value: `Error [${code}]: ${message}\n${String(err.stack).split('\n').slice(1).join('\n')}`, writable: true, configurable: true });
  return err;
}
function noop() {}
function enumerable(proto, names) {
  for (const k of names) Object.defineProperty(proto, k, { enumerable: true });
}

// ---- NodeEventTarget: an EventTarget with EventEmitter-style methods ----------------------------
class NodeEventTarget extends EventTarget {
  setMaxListeners(n) { require('events').setMaxListeners(n, this); }
  getMaxListeners() { return this[require('events').kMaxEventTargetListeners]; }
  eventNames() { return Array.from(web.eventsOf(this).keys()); }
  listenerCount(type) {
    type = `${type}`;
    const list = web.eventsOf(this).get(type);
    return list === undefined ? 0 : list.length + handlerDelta(this, type);
  }
  off(type, listener, options) { this.removeEventListener(type, listener, options); return this; }
  removeListener(type, listener, options) { this.removeEventListener(type, listener, options); return this; }
  on(type, listener) { this.addEventListener(type, listener, { [kNodeStyle]: true }); return this; }
  addListener(type, listener) { this.addEventListener(type, listener, { [kNodeStyle]: true }); return this; }
  emit(type, arg) {
    if (typeof type !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
    const had = this.listenerCount(type) > 0;
    web.hybridDispatch(this, type, arg, () => this[kCreateEvent](arg, type));
    return had;
  }
  once(type, listener) { this.addEventListener(type, listener, { once: true, [kNodeStyle]: true }); return this; }
  removeAllListeners(type) {
    const events = web.eventsOf(this);
    if (type === undefined) events.clear(); else events.delete(`${type}`);
    return this;
  }
  [kCreateEvent](nodeValue, type) { return new CustomEvent(type, { detail: nodeValue }); }
}
enumerable(NodeEventTarget.prototype, ['setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount',
  'off', 'removeListener', 'on', 'addListener', 'emit', 'once', 'removeAllListeners']);

// `on<type>` attributes: the handler is wrapped once and stays in place in the listener list;
// setting a non-function disables it (node's defineEventHandler). Like node, the listener
// count moves with the handler being a function or not, on top of the wrapper itself
// (`delta`), and the counts the listener hooks see include it.
const handlerMaps = new WeakMap();
function handlerDelta(target, type) {
  const m = handlerMaps.get(target);
  const w = m === undefined ? undefined : m.get(type);
  return w === undefined ? 0 : w.delta;
}
function defineEventHandler(proto, type) {
  Object.defineProperty(proto, `on${type}`, {
    get() {
      const m = handlerMaps.get(this);
      const w = m === undefined ? undefined : m.get(type);
      return w === undefined || w.handler === undefined ? null : w.handler;
    },
    set(value) {
      let m = handlerMaps.get(this);
      if (m === undefined) handlerMaps.set(this, (m = new Map()));
      const w = m.get(type);
      if (w === undefined) {
        const wrapper = function eventHandler(...args) {
          if (typeof wrapper.handler === 'function') return Reflect.apply(wrapper.handler, this, args);
        };
        wrapper.handler = value;
        wrapper.delta = 0;
        m.set(type, wrapper);
        this.addEventListener(type, wrapper);
        return;
      }
      const was = typeof w.handler === 'function';
      w.handler = value;
      const is = typeof value === 'function';
      const list = web.eventsOf(this).get(type);
      const size = list === undefined ? 0 : list.length;
      if (was && !is) {
        w.delta--;
        if (this[kRemoveListener] !== undefined) this[kRemoveListener](size, type, w);
      }
      if (!was && is) {
        w.delta++;
        if (this[kNewListener] !== undefined) this[kNewListener](size, type, w);
      }
    },
    enumerable: true,
    configurable: true,
  });
}

// ---- MessagePort ------------------------------------------------------------------------------
// A port's state: `id` orders delivery like libuv's handle queue (0 while in transit),
// `queue` holds cloned messages ({ data, ports }) and CLOSE, `peer` is the entangled port's
// state, `group` the BroadcastChannel set the port posts to.
class MessagePortCloseEvent extends Event {
  constructor() { super('close'); }
}

let portSeq = 0;
const pending = new Set();
let hooked = false;
let stateOf;

class MessagePort extends NodeEventTarget {
  #s;
  constructor(key = undefined) {
    if (key !== kCreate) throw typeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    super();
    this.#s = {
      port: this, id: 0, queue: [], peer: null, group: null, groupName: '',
      refed: false, started: false, closing: false, closed: false, detached: false, receiving: undefined,
      frame: undefined,
    };
    // As node's port setup: these two listeners show in eventNames().
    this.on('newListener', noop);
    this.on('removeListener', noop);
  }
  postMessage(message, transfer = undefined) {
    const s = stateOf(this);
    if (arguments.length === 0) throw typeError('ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    let list = [];
    if (transfer !== undefined && transfer !== null) {
      if (typeof transfer !== 'object' && typeof transfer !== 'function') {
        throw typeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
      }
      list = web.readIterable(transfer);
      if (list === undefined) {
        list = [];
        const option = transfer.transfer;
        if (option !== undefined) {
          list = web.readIterable(option);
          if (list === undefined) throw typeError('ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
        }
      }
    }
    const [data, ports] = web.cloneMessage(message, list, this);
    if (s.closing || s.closed || s.detached) return undefined;
    if (s.group !== null) {
      let first = true;
      for (const other of s.group) {
        if (other === s) continue;
        enqueue(other, { data: first ? data : web.cloneMessage(message, [], this)[0], ports: [] });
        first = false;
      }
      return true;
    }
    if (s.peer === null) return false;
    enqueue(s.peer, { data, ports });
    return true;
  }
  start() {
    const s = stateOf(this);
    if (s.closing || s.closed || s.detached) return;
    s.started = true;
    signal(s);
  }
  ref() {
    const s = stateOf(this);
    if (!s.closing && !s.closed && !s.detached) setRef(s, true);
  }
  unref() {
    const s = stateOf(this);
    if (!s.closing && !s.closed && !s.detached) setRef(s, false);
  }
  hasRef() { return stateOf(this).refed; }
  close(callback) {
    const s = stateOf(this);
    if (typeof callback === 'function') this.once('close', callback);
    if (!s.detached) closePort(s);
  }
  // The first 'message' listener refs and starts the port; removing the last one unrefs it.
  [kNewListener](size, type) {
    if (type === 'message' && size + handlerDelta(this, type) === 1) { this.ref(); this.start(); }
  }
  [kRemoveListener](size, type) {
    if (type === 'message' && size + handlerDelta(this, type) === 0) this.unref();
  }
  [kCreateEvent](data, type) {
    if (type !== 'message' && type !== 'messageerror') return super[kCreateEvent](data, type);
    const s = stateOf(this);
    const ports = s.receiving;
    s.receiving = undefined;
    return new MessageEvent(type, { data, ports: ports === undefined ? [] : ports });
  }
  [customInspect](depth, options) {
    if (depth < 0) return options.stylize('[MessagePort [EventTarget]]', 'special');
    const s = stateOf(this);
    const { inspect } = require('internal/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `MessagePort [EventTarget] ${inspect({ active: !(s.closing || s.closed || s.detached), refed: s.refed }, opts)}`;
  }
  static {
    stateOf = (v) => {
      if (v === null || typeof v !== 'object' || !(#s in v)) throw new codes.ERR_INVALID_THIS('MessagePort');
      return v.#s;
    };
  }
}
enumerable(MessagePort.prototype, ['postMessage', 'start', 'ref', 'unref', 'hasRef', 'close']);
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
const isPort = (v) => v instanceof MessagePort;

// A port runs its events in the async context it was made in (node's port is an async resource
// made with the channel; one that arrives in a message is made outside any, so has none).
function createPort() {
  const port = new MessagePort(kCreate);
  const s = stateOf(port);
  s.id = ++portSeq;
  s.frame = asyncContext.get();
  return port;
}

// Runs fn in the port's async context, then restores the one that was current.
function inPortContext(s, fn) {
  const prev = asyncContext.get();
  asyncContext.set(s.frame);
  try {
    fn();
  } finally {
    asyncContext.set(prev);
  }
}

function setRef(s, refed) {
  if (s.refed === refed) return;
  s.refed = refed;
  if (refed) loop.refHandle(); else loop.unrefHandle();
}

function enqueue(s, message) {
  s.queue.push(message);
  signal(s);
}

// Marks a port as having work for the next poll phase.
function signal(s) {
  if (s.id === 0 || s.closed) return;
  pending.add(s);
  if (!hooked) {
    hooked = true;
    loop.pollHandlers.add(processPorts);
  }
}

// The poll-phase handler: ports with work run in creation order; a port signalled during
// the pass runs in it when it comes later in that order, else (or when it was created during
// the pass) in the next turn, as libuv walks its async handles.
function processPorts() {
  let last = 0;
  const newest = portSeq;
  try {
    for (;;) {
      let next = null;
      for (const s of pending) if (s.id > last && s.id <= newest && (next === null || s.id < next.id)) next = s;
      if (next === null) break;
      pending.delete(next);
      last = next.id;
      drain(next);
    }
  } finally {
    if (pending.size === 0 && hooked) {
      hooked = false;
      loop.pollHandlers.delete(processPorts);
    }
  }
}

// Delivers the port's queued messages, each in the port's async context (the context current
// before is restored at the end).
function drain(s) {
  if (s.closing || s.closed || s.detached) return;
  const prev = asyncContext.get();
  try {
    drainQueue(s);
  } finally {
    asyncContext.set(prev);
  }
}

function drainQueue(s) {
  let budget = Math.max(s.queue.length, 1000);
  while (s.queue.length > 0) {
    if (s.queue[0] === CLOSE) {
      s.queue.shift();
      closePort(s);
      return;
    }
    if (!s.started) return;
    if (budget-- === 0) {
      signal(s);
      return;
    }
    const m = s.queue.shift();
    try {
      asyncContext.set(s.frame); // ticks the last message ran may have left theirs
      deliver(s, m);
      loop.drainTicks();
    } catch (err) {
      if (s.queue.length > 0) signal(s);
      throw err;
    }
    if (s.closing || s.detached) return;
  }
}

function deliver(s, m) {
  if (m.ports.length > 0) adopt(m.ports);
  s.receiving = m.ports;
  try {
    web.hybridDispatch(s.port, 'message', m.data, () => s.port[kCreateEvent](m.data, 'message'));
  } finally {
    s.receiving = undefined;
  }
}

// Ports that arrived in a message become live handles (after the ones that exist).
function adopt(ports) {
  for (const p of ports) {
    const s = stateOf(p);
    if (s.id !== 0) continue;
    s.id = ++portSeq;
    if (s.queue.length > 0) signal(s);
  }
}

// close(): the port stops now; in the close phase it disentangles (the peer gets CLOSE, so it
// closes in a later turn) and emits 'close'.
function closePort(s) {
  if (s.closing || s.closed) return;
  s.closing = true;
  s.started = false;
  setRef(s, false);
  loop.queueClose(() => {
    s.closed = true;
    const peer = s.peer;
    if (peer !== null) {
      s.peer = null;
      peer.peer = null;
      enqueue(peer, CLOSE);
    }
    if (s.group !== null) {
      s.group.delete(s);
      if (s.group.size === 0 && groups.get(s.groupName) === s.group) groups.delete(s.groupName);
      s.group = null;
    }
    s.queue = [];
    pending.delete(s);
    inPortContext(s, () => s.port.dispatchEvent(new MessagePortCloseEvent()));
  });
}

// Transfer: `to` (a fresh port, still in transit) takes over `from`'s queue and peer;
// `from` is detached and closes in the close phase.
function movePort(from, to) {
  const a = stateOf(from);
  const b = stateOf(to);
  b.queue = a.queue;
  a.queue = [];
  b.peer = a.peer;
  if (b.peer !== null) b.peer.peer = b;
  a.peer = null;
  a.detached = true;
  a.started = false;
  pending.delete(a);
  loop.queueClose(() => {
    setRef(a, false);
    a.closed = true;
    inPortContext(a, () => from.dispatchEvent(new MessagePortCloseEvent()));
  });
}

web.transferPorts({
  isPort,
  isDetached(port) { const s = stateOf(port); return s.detached || s.closing || s.closed; },
  create() { return new MessagePort(kCreate); },
  move: movePort,
});

class MessageChannel {
  constructor() {
    const port1 = createPort();
    const port2 = createPort();
    const a = stateOf(port1);
    const b = stateOf(port2);
    a.peer = b;
    b.peer = a;
    this.port1 = port1;
    this.port2 = port2;
  }
}

// ---- BroadcastChannel --------------------------------------------------------------------------
// Each channel owns a port in the set of same-name ports; a post reaches every other member.
const groups = new Map();
let bcState;

class BroadcastChannel extends EventTarget {
  #b;
  constructor(name) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    super();
    this.#b = { name: `${name}`, handle: undefined, onMessage: undefined };
    const handle = createPort();
    const s = stateOf(handle);
    let group = groups.get(this.#b.name);
    if (group === undefined) groups.set(this.#b.name, (group = new Set()));
    group.add(s);
    s.group = group;
    s.groupName = this.#b.name;
    this.#b.handle = handle;
    this.#b.onMessage = (data) => this.dispatchEvent(new MessageEvent('message', { data }));
    handle.on('message', this.#b.onMessage);
  }
  get name() { return bcState(this).name; }
  close() {
    const b = bcState(this);
    if (b.handle === undefined) return;
    b.handle.off('message', b.onMessage);
    b.onMessage = undefined;
    b.handle.close();
    b.handle = undefined;
  }
  postMessage(message) {
    const b = bcState(this);
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
    if (b.handle === undefined) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    if (b.handle.postMessage(message) === undefined) throw new DOMException('Message could not be posted.');
  }
  ref() {
    const b = bcState(this);
    if (b.handle !== undefined) b.handle.ref();
    return this;
  }
  unref() {
    const b = bcState(this);
    if (b.handle !== undefined) b.handle.unref();
    return this;
  }
  [customInspect](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const b = bcState(this);
    const { inspect } = require('internal/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: b.name, active: b.handle !== undefined }, opts)}`;
  }
  static {
    bcState = (v) => {
      if (v === null || typeof v !== 'object' || !(#b in v)) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
      return v.#b;
    };
  }
}
enumerable(BroadcastChannel.prototype, ['name', 'close', 'postMessage', 'ref', 'unref']);
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

// ---- functions ----------------------------------------------------------------------------------
function receiveMessageOnPort(port) {
  let target = port;
  if (port instanceof BroadcastChannel) {
    const h = bcState(port).handle;
    if (h !== undefined) target = h;
  }
  if (!isPort(target)) throw notAPort();
  const s = stateOf(target);
  if (s.closed || s.detached || s.queue.length === 0) return undefined;
  const m = s.queue.shift();
  if (m === CLOSE) {
    closePort(s);
    return undefined;
  }
  if (m.ports.length > 0) adopt(m.ports);
  return { message: m.data };
}

function markAsUntransferable(obj) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return;
  web.untransferable.add(obj);
}

// vm contexts share this realm's intrinsics, so moving a port is a transfer to a new port.
function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!isPort(port)) throw notAPort();
  const vm = require('vm');
  if (contextifiedSandbox === null || typeof contextifiedSandbox !== 'object' ||
      typeof vm.isContext !== 'function' || !vm.isContext(contextifiedSandbox)) {
    throw typeError('ERR_INVALID_ARG_TYPE', 'Invalid context argument');
  }
  const s = stateOf(port);
  if (s.detached || s.closing || s.closed) throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
  const moved = new MessagePort(kCreate);
  movePort(port, moved);
  adopt([moved]);
  return moved;
}

async function postMessageToThread(threadId, value, transferList, timeout) {
  if (typeof transferList === 'number' && timeout === undefined) {
    timeout = transferList;
    transferList = [];
  }
  if (timeout !== undefined) require('internal/validators').validateNumber(timeout, 'timeout', 0);
  if (threadId === 0) throw plainError('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread');
  throw plainError('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener');
}

const environmentData = new Map();
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}
function getEnvironmentData(key) { return environmentData.get(key); }

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

// No threads: the arguments are checked as node's constructor checks them (so a bad call
// reports what node reports), then the construction fails.
function Worker(filename, options = {}) {
  const V = require('internal/validators');
  if (options.execArgv) V.validateArray(options.execArgv, 'options.execArgv');
  if (options.argv) V.validateArray(options.argv, 'options.argv');
  if (options.eval) {
    if (typeof filename !== 'string') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
    }
  } else if (!(filename instanceof URL)) {
    if (typeof filename !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    const path = require('path');
    if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) throw new codes.ERR_WORKER_PATH(filename);
  }
  const { env } = options;
  if (env != null && typeof env !== 'object' && env !== SHARE_ENV) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  throw new codes.ERR_CHILD_PROCESS_UNAVAILABLE('worker_threads.Worker()');
}

module.exports = {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread,
  threadId: 0,
  SHARE_ENV,
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
