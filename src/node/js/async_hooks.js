// node:async_hooks -- AsyncLocalStorage and AsyncResource over the runtime's async context
// (src/event_loop/async_context.rs: promise reactions keep the frame they were registered in;
// src/js/loop.js: ticks, timers, immediates and I/O callbacks keep theirs). A frame is an
// immutable Map from AsyncLocalStorage to its store. createHook's hooks fire for AsyncResource
// (init on construction, before/after around runInAsyncScope, destroy after emitDestroy) and
// executionAsyncId/triggerAsyncId/executionAsyncResource report the resource whose scope runs;
// the runtime's own resources (timers, promises, sockets) have no lifecycle to report.
'use strict';

const acx = require('internal/loop').enableAsyncContext();
const { codes } = require('internal/errors');

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'function', fn);
}

// Calls fn(...args) directly rather than through Reflect.apply: recursion through a native call
// exhausts the wasm stack long before the engine's own limit (nesting run() or runInAsyncScope()
// a thousand deep is a node test). Spelled out for short lists: a spread call runs the iterator
// protocol, which costs Boa far more.
function callDirect(fn, args) {
  switch (args.length) {
    case 0: return fn();
    case 1: return fn(args[0]);
    case 2: return fn(args[0], args[1]);
    case 3: return fn(args[0], args[1], args[2]);
    default: return fn(...args);
  }
}

// Calls fn in `frame` (directly when there is no this value, see callDirect).
function withFrame(frame, fn, thisArg, args) {
  const prev = acx.get();
  acx.set(frame);
  try {
    return thisArg === undefined ? callDirect(fn, args) : Reflect.apply(fn, thisArg, args);
  } finally {
    acx.set(prev);
  }
}

// Shaped as node 20's: own `kResourceStore` and `enabled`, and _enable/_propagate (node's
// resource-based propagation; here the frames carry the stores and _propagate is unused).
class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncLocalStorage.bind((cb, ...args) => cb(...args));
  }

  // As node 20: only a flag; a later run()/enterWith() sees the stores of the frames again.
  disable() {
    this.enabled = false;
  }

  _enable() {
    this.enabled = true;
  }

  _propagate(resource, triggerResource) {
    if (this.enabled) resource[this.kResourceStore] = triggerResource[this.kResourceStore];
  }

  enterWith(store) {
    this._enable();
    const next = new Map(acx.get());
    next.set(this, store);
    acx.set(next);
  }

  run(store, callback, ...args) {
    // As node: the store already active needs no new frame (and a disabled instance stays so).
    // node calls callback with this = null; here it is undefined (see withFrame).
    if (Object.is(store, this.getStore())) return callDirect(callback, args);
    this._enable();
    const next = new Map(acx.get());
    next.set(this, store);
    return withFrame(next, callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return callDirect(callback, args);
    const next = new Map(acx.get());
    next.delete(this);
    return withFrame(next, callback, undefined, args);
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = acx.get();
    return frame === undefined ? undefined : frame.get(this);
  }
}

// Ids as node gives them: 1 is the main script, the first resource made is 2.
let nextAsyncId = 1;
const enabledHooks = new Set();
const topLevelResource = {};
let current = { id: 1, trigger: 0, resource: topLevelResource };
function emitHook(name, args) {
  for (const hook of [...enabledHooks]) {
    const fn = hook._fns[name];
    if (typeof fn !== 'function') continue;
    try {
      Reflect.apply(fn, hook, args);
    } catch (e) {
      fatalError(e);
    }
  }
}

// As node: an error thrown by a hook is not an uncaught exception; its stack is printed and the
// process exits with 1.
function fatalError(e) {
  if (typeof e?.stack === 'string') {
    process._rawDebug(e.stack);
  } else {
    const o = { message: require('internal/inspect').inspect(e) };
    Error.captureStackTrace(o, fatalError);
    process._rawDebug(o.stack);
  }
  process.exit(1);
}

const asyncIdSymbol = Symbol('async_id_symbol');
const triggerAsyncIdSymbol = Symbol('trigger_async_id_symbol');
let warnedAsyncResourceProperty = false;
function warnAsyncResourceProperty() {
  if (warnedAsyncResourceProperty) return;
  warnedAsyncResourceProperty = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
}

class AsyncResource {
  #frame;
  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this.#frame = acx.get();
    this[asyncIdSymbol] = ++nextAsyncId;
    this[triggerAsyncIdSymbol] = triggerAsyncId;
    if (enabledHooks.size > 0) {
      if (type.length === 0) throw new codes.ERR_ASYNC_TYPE(type);
      emitHook('init', [this[asyncIdSymbol], type, triggerAsyncId, this]);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prev = current;
    const id = this[asyncIdSymbol];
    current = { id, trigger: this[triggerAsyncIdSymbol], resource: this };
    if (enabledHooks.size > 0) emitHook('before', [id]);
    try {
      return withFrame(this.#frame, fn, thisArg, args);
    } finally {
      if (enabledHooks.size > 0) emitHook('after', [id]);
      current = prev;
    }
  }

  emitDestroy() {
    // node queues destroy hooks and runs them from an immediate.
    if (enabledHooks.size > 0) {
      const id = this[asyncIdSymbol];
      setImmediate(() => emitHook('destroy', [id]));
    }
    return this;
  }
  asyncId() { return this[asyncIdSymbol]; }
  triggerAsyncId() { return this[triggerAsyncIdSymbol]; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let self = this; // what the deprecated asyncResource property reports
    let bound;
    if (thisArg === undefined) {
      bound = function (...args) { return resource.runInAsyncScope(fn, this, ...args); };
      Object.defineProperty(bound, 'name', { value: 'bound', configurable: true });
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() { warnAsyncResourceProperty(); return self; },
        set(value) { warnAsyncResourceProperty(); self = value; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const check = (fn, name) => {
      if (fn !== undefined && typeof fn !== 'function') throw new codes.ERR_ASYNC_CALLBACK(`hook.${name}`);
    };
    check(init, 'init');
    check(before, 'before');
    check(after, 'after');
    check(destroy, 'destroy');
    check(promiseResolve, 'promiseResolve');
    Object.defineProperty(this, '_fns', { value: { init, before, after, destroy, promiseResolve } });
  }
  enable() { enabledHooks.add(this); return this; }
  disable() { enabledHooks.delete(this); return this; }
}

function createHook(fns) { return new AsyncHook(fns || {}); }
function executionAsyncId() { return current.id; }
function triggerAsyncId() { return current.trigger; }
function executionAsyncResource() { return current.resource; }

const asyncWrapProviders = Object.freeze({ __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19, JSUDPWRAP: 20,
  MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24, PROCESSWRAP: 25,
  PROMISE: 26, QUERYWRAP: 27, QUIC_LOGSTREAM: 28, QUIC_PACKET: 29, SHUTDOWNWRAP: 30,
  SIGNALWRAP: 31, STATWATCHER: 32, STREAMPIPE: 33, TCPCONNECTWRAP: 34, TCPSERVERWRAP: 35,
  TCPWRAP: 36, TTYWRAP: 37, UDPSENDWRAP: 38, UDPWRAP: 39, SIGINTWATCHDOG: 40, WORKER: 41,
  WORKERHEAPSNAPSHOT: 42, WRITEWRAP: 43, ZLIB: 44, CHECKPRIMEREQUEST: 45, PBKDF2REQUEST: 46,
  KEYPAIRGENREQUEST: 47, KEYGENREQUEST: 48, KEYEXPORTREQUEST: 49, CIPHERREQUEST: 50,
  DERIVEBITSREQUEST: 51, HASHREQUEST: 52, RANDOMBYTESREQUEST: 53, RANDOMPRIMEREQUEST: 54,
  SCRYPTREQUEST: 55, SIGNREQUEST: 56, TLSWRAP: 57, VERIFYREQUEST: 58,
});

module.exports = {
  AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId,
  executionAsyncResource, asyncWrapProviders,
};
