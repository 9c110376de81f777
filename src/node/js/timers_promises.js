// node:timers/promises -- promise-returning setTimeout/setImmediate and the setInterval
// async iterator, cancellable with an AbortSignal.
'use strict';

const loop = require('internal/loop');
const { AbortError, codes } = require('internal/errors');
// abort listeners that run even after another listener stopped the event's propagation
const kResist = require('internal/web').kResistStopPropagation;

// node's source line for each AbortError made here: the report of an unhandled rejection with
// one of them shows it (loop.js markThrow).
const kAbortSites = {
  timeoutEarly: ['74', '    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));', 25],
  immediateEarly: ['112', '    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));', 25],
  cancel: ['48', '    reject(new AbortError(undefined, { cause: signal?.reason }));', 11],
  intervalEarly: ['151', '    throw new AbortError(undefined, { cause: signal?.reason });', 10],
  intervalWait: ['173', '              new AbortError(undefined, { cause: signal.reason })));', 14],
  intervalEnd: ['189', '    throw new AbortError(undefined, { cause: signal?.reason });', 10],
};
function abortError(signal, site) {
  const err = new AbortError(undefined, { cause: signal?.reason });
  const [line, source, column] = kAbortSites[site];
  loop.markThrow(err, `node:timers/promises:${line}\n${source}\n${' '.repeat(column)}^\n`);
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
  if (signal && signal.aborted) return Promise.reject(abortError(signal, 'timeoutEarly'));
  return new Promise((resolve, reject) => {
    const t = loop.setTimeout(() => { if (signal) signal.removeEventListener('abort', onAbort); resolve(value); }, after);
    if (!ref) t.unref();
    const onAbort = () => { loop.clearTimeout(t); reject(abortError(signal, 'cancel')); };
    if (signal) signal.addEventListener('abort', onAbort, { once: true, [kResist]: true });
  });
}

function setImmediate(value, options = {}) {
  let signal, ref;
  try { ({ signal, ref } = validateOptions(options)); } catch (e) { return Promise.reject(e); }
  if (signal && signal.aborted) return Promise.reject(abortError(signal, 'immediateEarly'));
  return new Promise((resolve, reject) => {
    const i = loop.setImmediate(() => { if (signal) signal.removeEventListener('abort', onAbort); resolve(value); });
    if (!ref) i.unref();
    const onAbort = () => { loop.clearImmediate(i); reject(abortError(signal, 'cancel')); };
    if (signal) signal.addEventListener('abort', onAbort, { once: true, [kResist]: true });
  });
}

async function* setInterval(after, value, options = {}) {
  validateDelay(after);
  const { signal, ref } = validateOptions(options);
  if (signal && signal.aborted) throw abortError(signal, 'intervalEarly');
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
    throw abortError(signal, 'intervalEnd');
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
