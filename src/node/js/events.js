// node:events -- EventEmitter with node's semantics (listener order, once wrappers,
// newListener/removeListener, error events, errorMonitor, max-listeners warning,
// captureRejections), plus events.once / events.on / addAbortListener and the helpers that
// work on both EventEmitters and EventTargets. Loaded at start-up (process is an
// EventEmitter), so everything heavier is required lazily.
'use strict';

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kIsEventTarget = Symbol.for('nodejs.event_target');
let defaultMaxListeners = 10;

function lazyErrors() { return require('internal/errors'); }
function lazyValidators() { return require('internal/validators'); }
function invalidArgType(name, expected, value) {
  return new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(name, expected, value);
}
function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal === undefined || signal === null ? undefined : signal.reason });
}

function checkListener(listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'Function', listener);
}
function validateMax(n, name) {
  lazyValidators().validateNumber(n, name, 0);
}
function isEventTarget(obj) {
  return obj != null && obj.constructor != null && obj.constructor[kIsEventTarget] === true;
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false, configurable: false });

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts != null && opts.captureRejections) {
    lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
  lazyValidators().validateAbortSignal(signal, 'signal');
  lazyValidators().validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [require('internal/web').kResistStopPropagation]: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [Symbol.dispose]() { if (remove !== undefined) remove(); } };
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateMax(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMax(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};
function _getMaxListeners(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}
EventEmitter.prototype.getMaxListeners = function getMaxListeners() { return _getMaxListeners(this); };

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
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type !== 'error' && events !== undefined) {
    // The common case first: no error handling to consider.
    const handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      const result = Reflect.apply(handler, this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
      return true;
    }
    return emitList(this, handler, type, args);
  }
  let doError = type === 'error';
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      // The crash report adds where the event was emitted (loop.js reads this property).
      try {
        const capture = {};
        // V8 leaves out the frames down to this emit call (the innermost one, though an outer
        // 'emit' may call a listener that emits): taken with this frame, which is dropped.
        const limit = Error.stackTraceLimit;
        if (typeof limit === 'number') Error.stackTraceLimit = limit + 1;
        try { Error.captureStackTrace(capture); } finally { Error.stackTraceLimit = limit; }
        capture.stack = capture.stack.replace(/\n {4}at [^\n]*/, '');
        Object.defineProperty(er, kEnhanceStack, { value: enhanceStackTrace.bind(this, er, capture), configurable: true });
        // (Reported as an unhandled rejection or from an ES module's top level, node points where
        // the error was made: no mark.)
        require('internal/loop').markThrow(er, 'node:events:502\n      throw er; // Unhandled \'error\' event\n      ^\n', false);
      } catch {
        // continue regardless
      }
      throw er; // Unhandled 'error' event
    }
    let shown;
    try {
      shown = require('internal/inspect').inspect(er);
    } catch {
      shown = er;
    }
    const err = atUnhandledThrow(new (lazyErrors().codes.ERR_UNHANDLED_ERROR)(shown), this);
    err.context = er;
    require('internal/loop').markThrow(err, 'node:events:515\n    throw err; // Unhandled \'error\' event\n    ^\n',
      'node:events:513\n    const err = new ERR_UNHANDLED_ERROR(stringifiedEr);\n                ^\n');
    throw err; // Unhandled 'error' event
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    return emitList(this, handler, type, args);
  }
  return true;
};
// The ERR_UNHANDLED_ERROR's top frame is node's emit at its `new` (as V8 names it, by the
// emitter's type: 'Store.emit'), not the listener call the bootstrap maps an emit frame to.
function atUnhandledThrow(err, emitter) {
  const lines = String(err.stack).split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at '));
  if (at === -1 || !/^ {4}at (?:\S+\.)?emit \(node:events:/.test(lines[at])) return err;
  let type = '';
  try {
    const ctor = emitter.constructor;
    if (typeof ctor === 'function' && ctor.name) type = `${ctor.name}.`;
  } catch {
    // continue regardless
  }
  lines[at] = `    at ${type}emit (node:events:513:17)`;
  err.stack = lines.join('\n');
  return err;
}
// Read by the crash report (src/js/loop.js).
const kEnhanceStack = Symbol.for('rjs.enhanceStackBeforeInspector');
// node's enhanceStackTrace: the error's stack, then "Emitted 'error' event on <Ctor> instance
// at:" and the frames of the emit, the part shared with the error's own frames elided.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // continue regardless
  }
  const errStack = err.stack.split('\n').slice(1);
  const ownStack = own.stack.split('\n').slice(1);
  // The first run of more than three frames of ownStack that errStack also has.
  for (let i = 0; i < ownStack.length - 3; i++) {
    const pos = errStack.indexOf(ownStack[i]);
    if (pos === -1 || errStack.length - pos <= 3) continue;
    const maxLen = Math.min(ownStack.length - i, errStack.length - pos);
    let len = 1;
    while (maxLen > len && ownStack[i + len] === errStack[pos + len]) len++;
    if (len > 3) {
      ownStack.splice(i + 1, len - 2, '    [... lines matching original stack trace ...]');
      break;
    }
  }
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownStack.join('\n')}`;
}

function emitList(that, handler, type, args) {
  const listeners = handler.slice();
  for (let i = 0; i < listeners.length; ++i) {
    const result = Reflect.apply(listeners[i], that, args);
    if (result !== undefined && result !== null) addCatch(that, result, type, args);
  }
  return true;
}

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events; // newListener handlers may have replaced it
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const m = _getMaxListeners(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const { inspect } = require('internal/inspect');
    const w = new Error('Possible EventEmitter memory leak detected. ' +
      `${existing.length} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
      `MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`);
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
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

// node binds `onceWrapper` to a state object; a closure named like the bound function is the
// same to every observer (name, length 0, no prototype, own `listener`) and allocates less.
function _onceWrap(target, type, listener) {
  let fired = false;
  const wrapped = {
    'bound onceWrapper'(...args) {
      if (fired) return undefined;
      target.removeListener(type, wrapped);
      fired = true;
      if (args.length === 0) return listener.call(target);
      return Reflect.apply(listener, target, args);
    },
  }['bound onceWrapper'];
  wrapped.listener = listener;
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
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    // pop() for the last position: splice builds an array of what it removes (~1.8 us in the
    // interpreter), and an http response takes its 'close' listener off the socket this way.
    if (position === list.length - 1) list.pop();
    else if (position === 0) list.shift();
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
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
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
function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
}
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---- helpers for EventEmitters and EventTargets --------------------------------------------
function getEventListeners(emitterOrTarget, type) {
  // (as node: no nullish check, so null/undefined fail reading 'listeners')
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) return require('internal/web').eventTargetListeners(emitterOrTarget, type);
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function agnosticAdd(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw invalidArgType('emitter', 'EventEmitter', emitter);
  }
}
function agnosticRemove(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw invalidArgType('emitter', 'EventEmitter', emitter);
  }
}

// node 20 does not validate `options` itself (only options.signal), here nor in on().
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  lazyValidators().validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      resolve(args);
    };
    agnosticAdd(emitter, name, resolver, { __proto__: null, once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) agnosticAdd(signal, 'abort', abortListener, { __proto__: null, once: true, [require('internal/web').kResistStopPropagation]: true });
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// rjs's internal option of on(): yield each event's first argument instead of the argument
// list (node's kFirstEventParam; readline's line iterator uses it).
const kFirstEventParam = Symbol.for('rjs.events.firstEventParam');
// node's watermark view of an on() iterator (readline reads it).
const kWatermarkData = Symbol.for('nodejs.watermarkData');

function on(emitter, event, options = {}) {
  const v = lazyValidators();
  const signal = options.signal;
  v.validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  v.validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  v.validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const added = [];
  const listen = (target, name, handler) => {
    agnosticAdd(target, name, handler);
    added.push([target, name, handler]);
  };

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      errorHandler(err);
    },
    [Symbol.asyncIterator]() { return this; },
    [kWatermarkData]: {
      get size() { return unconsumedEvents.length; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  if (options[kFirstEventParam] === true) listen(emitter, event, (value) => eventHandler(value));
  else listen(emitter, event, (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', errorHandler);
  const closeEvents = options.close;
  if (closeEvents && closeEvents.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(emitter, closeEvents[i], closeHandler);
  }
  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;
  return iterator;

  function abortListener() {
    errorHandler(abortError(signal));
  }
  function eventHandler(value) {
    if (unconsumedPromises.length === 0) {
      unconsumedEvents.push(value);
      if (!paused && unconsumedEvents.length > highWatermark) {
        paused = true;
        emitter.pause();
      }
    } else {
      unconsumedPromises.shift().resolve({ value, done: false });
    }
  }
  function errorHandler(err) {
    if (unconsumedPromises.length === 0) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }
  function closeHandler() {
    if (abortDisposable) abortDisposable[Symbol.dispose]();
    while (added.length > 0) agnosticRemove(...added.pop());
    finished = true;
    const done = { value: undefined, done: true };
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

// Static members, in node's property order (Object.keys(require('events')) shows it).
module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
let EventEmitterAsyncResource;
Object.defineProperties(EventEmitter, {
  captureRejections: {
    get() { return EventEmitter.prototype[kCapture]; },
    set(value) {
      lazyValidators().validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  },
  EventEmitterAsyncResource: {
    enumerable: true,
    configurable: true,
    get: function lazyEventEmitterAsyncResource() {
      if (EventEmitterAsyncResource === undefined) {
        // As node: the emitter owns an AsyncResource made where it was created, and emits run
        // in that resource's async scope.
        const { AsyncResource } = require('async_hooks');
        const kEventEmitter = Symbol('kEventEmitter');
        const kAsyncResource = Symbol('kAsyncResource');
        const { codes } = require('internal/errors');
        class EventEmitterReferencingAsyncResource extends AsyncResource {
          constructor(ee, type, options) {
            super(type, options);
            this[kEventEmitter] = ee;
          }
          get eventEmitter() {
            if (this[kEventEmitter] === undefined) throw new codes.ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
            return this[kEventEmitter];
          }
        }
        EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
          constructor(options = undefined) {
            let name;
            if (typeof options === 'string') {
              name = options;
              options = undefined;
            } else {
              if (new.target === EventEmitterAsyncResource) lazyValidators().validateString(options?.name, 'options.name');
              name = options?.name || new.target.name;
            }
            super(options);
            this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
          }
          // Each member checks the brand, then goes through the (overridable) asyncResource getter.
          emit(event, ...args) {
            resourceOf(this);
            const { asyncResource } = this;
            return asyncResource.runInAsyncScope(super.emit, this, event, ...args);
          }
          emitDestroy() { resourceOf(this); this.asyncResource.emitDestroy(); }
          get asyncId() { resourceOf(this); return this.asyncResource.asyncId(); }
          get triggerAsyncId() { resourceOf(this); return this.asyncResource.triggerAsyncId(); }
          get asyncResource() { return resourceOf(this); }
        };
        const resourceOf = (self) => {
          if (self[kAsyncResource] === undefined) throw new codes.ERR_INVALID_THIS('EventEmitterAsyncResource');
          return self[kAsyncResource];
        };
      }
      return EventEmitterAsyncResource;
    },
  },
  errorMonitor: { value: kErrorMonitor, writable: true, configurable: true, enumerable: true },
  defaultMaxListeners: {
    enumerable: true,
    get: function() { return defaultMaxListeners; },
    set: function(arg) {
      validateMax(arg, 'defaultMaxListeners');
      defaultMaxListeners = arg;
    },
  },
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false },
});
// (node assigns these as anonymous function expressions: util.inspect shows them so)
for (const [key, fn] of [['setMaxListeners', setMaxListeners], ['init', init], ['listenerCount', staticListenerCount]]) {
  Object.defineProperty(fn, 'name', { value: '' });
  EventEmitter[key] = fn;
}
