// node:events — EventEmitter with node's semantics (listener order, once wrappers,
// newListener/removeListener, error events, errorMonitor, max-listeners warning,
// captureRejections), plus events.once / events.on.
'use strict';

const kCapture = Symbol('kCapture');
const kRejection = Symbol.for('nodejs.rejection');
const errorMonitor = Symbol('events.errorMonitor');
let defaultMaxListeners = 10;

function lazyErrors() { return require('internal/errors'); }

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('listener', 'Function', listener);
  }
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
EventEmitter.prototype[kCapture] = false;

Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    if (typeof value !== 'boolean') throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.captureRejections', 'boolean', value);
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(arg) {
    if (typeof arg !== 'number' || arg < 0 || Number.isNaN(arg)) {
      throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('defaultMaxListeners', 'a non-negative number', arg);
    }
    defaultMaxListeners = arg;
  },
});
EventEmitter.errorMonitor = errorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
    throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('n', 'a non-negative number', n);
  }
  this._maxListeners = n;
  return this;
};
function getMaxListeners(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}
EventEmitter.prototype.getMaxListeners = function () { return getMaxListeners(this); };

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}
function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try { ee[kCapture] = false; ee.emit('error', err); } finally { ee[kCapture] = prev; }
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) throw er;
    let stringifiedEr;
    try {
      const { inspect } = require('internal/inspect');
      stringifiedEr = inspect(er);
    } catch { stringifiedEr = er; }
    const err = new (lazyErrors().codes.ERR_UNHANDLED_ERROR)(stringifiedEr);
    err.context = er;
    throw err;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const name = target.constructor && target.constructor.name || 'EventEmitter';
      const { inspect } = require('internal/inspect');
      const w = new Error('Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
        'Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}
function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}
EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) this._events = Object.create(null);
    else delete events[type];
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) { position = i; break; }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((x) => x.listener || x) : l.slice();
}
EventEmitter.prototype.listeners = function listeners(type) { return _listeners(this, type, true); };
EventEmitter.prototype.rawListeners = function rawListeners(type) { return _listeners(this, type, false); };
function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const l = events[type];
    if (typeof l === 'function') {
      if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
      return 1;
    }
    if (l !== undefined) {
      if (listener != null) {
        let n = 0;
        for (const x of l) if (x === listener || x.listener === listener) n++;
        return n;
      }
      return l.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- helpers -------------------------------------------------------------------------------
function isEventTarget(t) { return t && typeof t.addEventListener === 'function' && typeof t.dispatchEvent === 'function'; }

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget) && typeof emitterOrTarget._listenersOf === 'function') {
    return emitterOrTarget._listenersOf(type);
  }
  throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...targets) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
    throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('n', 'a non-negative number', n);
  }
  if (targets.length === 0) { defaultMaxListeners = n; return; }
  for (const t of targets) {
    if (typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
    else t._maxListeners = n;
  }
}

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal && signal.reason });
}

function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    if (isEventTarget(emitter) && typeof emitter.on !== 'function') {
      const fn = (...args) => { if (signal) signal.removeEventListener('abort', onAbort); resolve(args); };
      emitter.addEventListener(name, fn, { once: true });
      const onAbort = () => { emitter.removeEventListener(name, fn); reject(abortError(signal)); };
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
      return;
    }
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal) signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', errorListener);
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      emitter.removeListener(name, resolver);
      emitter.removeListener('error', errorListener);
      reject(abortError(signal));
    };
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', errorListener);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal && signal.aborted) throw abortError(signal);
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const eventHandler = (...args) => {
    const p = unconsumedPromises.shift();
    if (p) p.resolve({ value: args, done: false });
    else unconsumedEvents.push(args);
  };
  const errorHandler = (err) => {
    finished = true;
    const p = unconsumedPromises.shift();
    if (p) p.reject(err); else error = err;
    iterator.return();
  };
  const abortListener = () => errorHandler(abortError(signal));
  const iterator = Object.setPrototypeOf({
    next() {
      const value = unconsumedEvents.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (error) { const p = Promise.reject(error); error = null; return p; }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      if (signal) signal.removeEventListener('abort', abortListener);
      finished = true;
      for (const p of unconsumedPromises) p.resolve({ value: undefined, done: true });
      unconsumedPromises.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      error = err;
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
    },
    [Symbol.asyncIterator]() { return this; },
  }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  emitter.on(event, eventHandler);
  if (event !== 'error') emitter.on('error', errorHandler);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
}

module.exports = EventEmitter;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.listenerCount = EventEmitter.listenerCount;
Object.defineProperty(EventEmitter, 'EventTarget', { enumerable: true, get() { return require('internal/web').EventTarget; } });
Object.defineProperty(EventEmitter, 'Event', { enumerable: true, get() { return require('internal/web').Event; } });
