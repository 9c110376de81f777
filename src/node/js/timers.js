// node:timers -- the loop's timer functions, plus timers.promises and the deprecated
// enroll/unenroll/active/_unrefActive (DEP0095/0096/0126/0127), which run an object's
// _onTimeout after its _idleTimeout on a hidden timer.
'use strict';

const loop = require('internal/loop');

const kTimer = Symbol('kTimer');
const TIMEOUT_MAX = 2 ** 31 - 1;

function stop(item) {
  if (item[kTimer] !== undefined) {
    loop.clearTimeout(item[kTimer]);
    item[kTimer] = undefined;
  }
}

// As node's L.remove: the item leaves its (here notional) timer list.
function unlink(item) {
  item._idleNext = null;
  item._idlePrev = null;
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  stop(item);
  unlink(item);
  item._idleTimeout = -1;
}

function enroll(item, msecs) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  // (node's getTimerDuration: a duration past the 32-bit range is truncated, with a warning.)
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  if (item._idleNext) unenroll(item);
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

// As node's insertGuarded: the item gets a start time, list links and a live (not destroyed)
// state; when it fires it is unlinked first and marked destroyed unless its callback re-armed it.
function schedule(item, ref) {
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  if (item[kTimer] !== undefined) loop.clearTimeout(item[kTimer]);
  const t = loop.setTimeout(() => {
    item[kTimer] = undefined;
    unlink(item);
    if (typeof item._onTimeout === 'function') item._onTimeout();
    if (!item._idleNext && !item._destroyed) item._destroyed = true;
  }, msecs);
  if (!ref) t.unref();
  item._idleStart = t._idleStart;
  item._idleNext = item;
  item._idlePrev = item;
  item._destroyed = false;
  Object.defineProperty(item, kTimer, { value: t, writable: true, configurable: true, enumerable: false });
}

let deprecated;
function dep(name) {
  if (deprecated === undefined) {
    const { deprecate } = require('util');
    deprecated = {
      enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
      unenroll: deprecate(unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
      active: deprecate((item) => schedule(item, true),
        'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
      _unrefActive: deprecate((item) => schedule(item, false),
        'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
    };
  }
  return deprecated[name];
}

// As node's util.deprecate wrappers (functions named 'deprecated'), made on first call.
function lazyDeprecated(name) {
  return function deprecated(...args) { return dep(name).apply(this, args); };
}

module.exports = {
  setTimeout: loop.setTimeout,
  clearTimeout: loop.clearTimeout,
  setImmediate: loop.setImmediate,
  clearImmediate: loop.clearImmediate,
  setInterval: loop.setInterval,
  clearInterval: loop.clearInterval,
  _unrefActive: lazyDeprecated('_unrefActive'),
  active: lazyDeprecated('active'),
  unenroll: lazyDeprecated('unenroll'),
  enroll: lazyDeprecated('enroll'),
};
Object.defineProperty(module.exports, 'promises', {
  get() { return require('timers/promises'); }, enumerable: true, configurable: true,
});
