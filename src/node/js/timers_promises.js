// node:timers/promises -- promise-returning setTimeout/setImmediate and the setInterval
// async iterator, cancellable with an AbortSignal.
'use strict';

const loop = require('internal/loop');
const { AbortError, codes } = require('internal/errors');
// abort listeners that run even after another listener stopped the event's propagation
const kResist = require('internal/web').kResistStopPropagation;

// node's source line for each AbortError made here, which the report of an unhandled rejection
// with one of them shows (loop.js markThrow), and its top frame (the function of node's that made it).
const kAbortSites = {
  timeoutEarly: ['74', '    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));', 25, 'setTimeout (node:timers/promises:74:26)'],
  immediateEarly: ['112', '    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));', 25, 'setImmediate (node:timers/promises:112:26)'],
  cancel: ['48', '    reject(new AbortError(undefined, { cause: signal?.reason }));', 11, 'cancelListenerHandler (node:timers/promises:48:12)'],
  intervalEarly: ['151', '    throw new AbortError(undefined, { cause: signal?.reason });', 10, 'setInterval (node:timers/promises:151:11)'],
  intervalWait: ['173', '              new AbortError(undefined, { cause: signal.reason })));', 14, 'EventTarget.onCancel (node:timers/promises:173:15)'],
  intervalEnd: ['189', '    throw new AbortError(undefined, { cause: signal?.reason });', 10, 'setInterval (node:timers/promises:189:11)'],
};
// `receiver` is the object node's function ran on (V8 names the frame by its type: 'Object.setTimeout',
// 'Timeout.cancelListenerHandler'), none for a plain call.
function abortError(signal, site, receiver) {
  const [line, source, column, frame] = kAbortSites[site];
  // (two more frames than shown, read as such: this helper's and the AbortError constructor's, dropped)
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number') Error.stackTraceLimit = limit + 2;
  const err = new AbortError(undefined, { cause: signal?.reason });
  try { withNodeFrame(err, `${typeName(receiver)}${frame}`); } finally { Error.stackTraceLimit = limit; }
  loop.markThrow(err, `node:timers/promises:${line}\n${source}\n${' '.repeat(column)}^\n`);
  return err;
}
// V8's type name of a receiver: its constructor's name, else its toStringTag ('Module').
function typeName(receiver) {
  if (receiver === null || (typeof receiver !== 'object' && typeof receiver !== 'function')) return '';
  try {
    const ctor = receiver.constructor;
    if (typeof ctor === 'function' && ctor.name) return `${ctor.name}.`;
    const tag = receiver[Symbol.toStringTag];
    if (typeof tag === 'string' && tag) return `${tag}.`;
  } catch {
    // continue regardless
  }
  return '';
}
// The frames of the AbortError constructor, abortError and its caller become node's `frame`; the
// setInterval generator's resumption is `setInterval.next` as in V8.
function withNodeFrame(err, frame) {
  const lines = String(err.stack).split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at abortError (node:timers/promises:'));
  if (at === -1) return err;
  const first = lines.findIndex((l) => l.startsWith('    at '));
  lines.splice(first, at - first + 2, `    at ${frame}`);
  if (lines[first + 1] === '    at AsyncGenerator.next (<anonymous>)') lines[first + 1] = '    at setInterval.next (<anonymous>)';
  err.stack = lines.join('\n');
  return err;
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

function validateDelay(after) {
  if (after !== undefined && typeof after !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('delay', 'number', after);
}

function setTimeout(after, value, options = {}) {
  let signal, ref;
  try {
    validateDelay(after);
    ({ signal, ref } = validateOptions(options));
  } catch (e) { return Promise.reject(e); }
  if (signal && signal.aborted) return Promise.reject(abortError(signal, 'timeoutEarly', this));
  let onAbort;
  const ret = new Promise((resolve, reject) => {
    const t = loop.setTimeout(() => resolve(value), after);
    if (!ref) t.unref();
    if (signal) {
      onAbort = () => { loop.clearTimeout(t); reject(abortError(signal, 'cancel', t)); };
      signal.addEventListener('abort', onAbort, { [kResist]: true });
    }
  });
  return withSignalCleanup(ret, signal, onAbort);
}

// As node: with a signal, the promise returned is the timer's run through node's
// SafePromisePrototypeFinally (a new promise around a copy of it with the finally() that removes
// the abort listener), so it settles as many microtasks after the timer's own as node's does.
function withSignalCleanup(ret, signal, onAbort) {
  if (onAbort === undefined) return ret;
  const cleanup = () => signal.removeEventListener('abort', onAbort);
  return new Promise((resolve, reject) => new Promise((a, b) => ret.then(a, b)).finally(cleanup).then(resolve, reject));
}

function setImmediate(value, options = {}) {
  let signal, ref;
  try { ({ signal, ref } = validateOptions(options)); } catch (e) { return Promise.reject(e); }
  if (signal && signal.aborted) return Promise.reject(abortError(signal, 'immediateEarly', this));
  let onAbort;
  const ret = new Promise((resolve, reject) => {
    const i = loop.setImmediate(() => resolve(value));
    if (!ref) i.unref();
    if (signal) {
      onAbort = () => { loop.clearImmediate(i); reject(abortError(signal, 'cancel', i)); };
      signal.addEventListener('abort', onAbort, { [kResist]: true });
    }
  });
  return withSignalCleanup(ret, signal, onAbort);
}

async function* setInterval(after, value, options = {}) {
  validateDelay(after);
  const { signal, ref } = validateOptions(options);
  const receiver = this;
  if (signal && signal.aborted) throw abortError(signal, 'intervalEarly', receiver);
  let notYielded = 0;
  let wake = null;
  const t = loop.setInterval(() => { notYielded++; if (wake) { wake(); wake = null; } }, after);
  if (!ref) t.unref();
  // as node: an abort stops the ticks and fails a pending wait; ticks already counted are still yielded
  const onAbort = () => {
    loop.clearInterval(t);
    if (wake) { wake(Promise.reject(abortError(signal, 'intervalWait'))); wake = null; }
  };
  if (signal) signal.addEventListener('abort', onAbort, { once: true, [kResist]: true });
  try {
    while (!signal?.aborted) {
      if (notYielded === 0) await new Promise((r) => { wake = r; });
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortError(signal, 'intervalEnd', receiver);
  } finally {
    loop.clearInterval(t);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

// node's Scheduler: not constructible; the one instance is marked with kScheduler.
const kScheduler = Symbol('kScheduler');
class Scheduler {
  constructor() { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); }
  yield() {
    if (!this[kScheduler]) throw new codes.ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }
  wait(delay, options) {
    if (!this[kScheduler]) throw new codes.ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}
const scheduler = Reflect.construct(function () { this[kScheduler] = true; }, [], Scheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
