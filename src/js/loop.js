// The JS half of node's event loop: the nextTick queue, timers (a min-heap of Timeout objects),
// immediates, unhandled-rejection processing, uncaught-exception reporting and the loop turn
// that `Runtime::run` calls until nothing ref'ed is left.
'use strict';

const binding = internalBinding('native');
const runMicrotasks = binding.runMicrotasks; // (read once: drainTicks calls it after every callback)

// ---- async context (AsyncLocalStorage) -----------------------------------------------------
// null until async_hooks is loaded; then every callback the loop runs is run in the frame that
// was current when it was scheduled (promise reactions do the same on the Rust side).
let acx = null;
function enableAsyncContext() {
  if (acx === null) { acx = internalBinding('async_context'); acx.enable(); }
  return acx;
}
function asyncContextEnabled() { return acx !== null; }

// ---- nextTick ------------------------------------------------------------------------------
// Three slots per tick (callback, args, async frame) rather than an object each: nextTick runs
// several times per http request, and an object literal costs Boa more than the pushes.
let tickQueue = [];
let tickHead = 0;
// process._exiting (process.js's accessor reads and writes it here: nextTick checks a local
// variable, not an accessor property of process, on every call).
let exiting = false;
function isExiting() { return exiting; }
function setExiting(value) { exiting = !!value; }

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') validateCallback(callback);
  if (exiting) return;
  lastAsyncId++; // (node's TickObject takes an async id)
  // (Indexed stores: cheaper than push with three arguments under the interpreter.)
  const q = tickQueue;
  const k = q.length;
  q[k] = callback;
  q[k + 1] = args;
  q[k + 2] = acx === null ? undefined : acx.get();
}

// Runs nextTicks, then microtasks, until both are empty (node's processTicksAndRejections);
// the loop's phases call it after each callback. An error escaping a callback goes to `fatal`,
// and, as in node, the rest of the queue waits for the loop's next callback (or the end).
// drainTicks, exported (Rust, the REPL), lets the error propagate to its caller.
// (It keeps that name: the bootstrap maps its frame to node's.)
function processTicks() {
  try {
    drainTicks();
  } catch (e) {
    fatal(e);
  }
}
// Tick callbacks of rjs's own that node runs in another process (node:test's --test reporter):
// they do not make the next checkpoint processTicksAndRejections' in stacks. null: none.
let quietTicks = null;
function markQuietTick(fn) { (quietTicks || (quietTicks = new WeakSet())).add(fn); }
function drainTicks() {
  let rejections;
  let first = true;
  do {
    if (tickHead < tickQueue.length && quietTicks === null) first = false;
    while (tickHead < tickQueue.length) {
      const queue = tickQueue;
      const callback = queue[tickHead];
      if (quietTicks !== null && first && !quietTicks.has(callback)) first = false;
      const args = queue[tickHead + 1];
      const frame = queue[tickHead + 2];
      queue[tickHead] = queue[tickHead + 1] = queue[tickHead + 2] = undefined;
      tickHead += 3;
      if (tickHead === queue.length) { tickQueue = []; tickHead = 0; }
      if (acx !== null) acx.set(frame);
      // Spelled out: a spread call runs the iterator protocol, which costs Boa far more.
      // (One call a line, as node's: the bootstrap names the frame by the line, see LOOP_FRAMES.)
      switch (args.length) {
        case 0: callback(); break;
        case 1: callback(args[0]); break;
        case 2: callback(args[0], args[1]); break;
        case 3: callback(args[0], args[1], args[2]); break;
        case 4: callback(args[0], args[1], args[2], args[3]); break;
        default: callback(...args);
      }
    }
    // (false when no rejection waits: processRejections' two binding calls are skipped)
    // The first checkpoint of a drain with no tick before it is node's C++ one (or runNextTicks'
    // own call), the others processTicksAndRejections': one call a line, see the bootstrap.
    rejections = first
      ? runMicrotasks()
      : runMicrotasks();
    // (after quiet ticks only, the next checkpoint still has no tick of the script's before it)
    if (quietTicks === null) first = false;
  } while (tickHead < tickQueue.length || (rejections !== false && processRejections()));
}

// ---- unhandled rejections ------------------------------------------------------------------
// --unhandled-rejections: 'throw' (node 20's default), 'strict', 'warn', 'none' or
// 'warn-with-error-code'.
let rejectionMode = 'throw';
function setRejectionMode(mode) {
  if (!['throw', 'strict', 'warn', 'none', 'warn-with-error-code'].includes(mode)) {
    binding.write(2, `${process.release.name}: invalid value for --unhandled-rejections\n`);
    binding.exit(9);
  }
  rejectionMode = mode;
}
let lastRejectionId = 0;
const rejectionIds = new WeakMap(); // reported promise -> its rejection id

// V8's NoSideEffectsToString, which node's UnhandledPromiseRejection message shows.
function dataProperty(o, key) {
  for (let p = o; p !== null; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}
function noSideEffectsToString(v) {
  try {
    if (typeof v === 'function') return Function.prototype.toString.call(v);
    if (v === null || typeof v !== 'object') return typeof v === 'symbol' ? v.toString() : `${v}`;
    const toString = dataProperty(v, 'toString');
    if (toString === Error.prototype.toString) {
      const name = dataProperty(v, 'name'), message = dataProperty(v, 'message');
      const n = name === undefined ? 'Error' : `${name}`, m = message === undefined ? '' : `${message}`;
      return n === '' ? m : m === '' ? n : `${n}: ${m}`;
    }
    if (toString === Object.prototype.toString) {
      const ctor = dataProperty(v, 'constructor');
      if (typeof ctor === 'function' && ctor.name) return `#<${ctor.name}>`;
    }
    return Object.prototype.toString.call(v);
  } catch {
    return '[object Object]';
  }
}

// node's isErrorLike (an own `stack`: in rjs a native error's stack is inherited).
function isErrorLike(v) {
  return typeof v === 'object' && v !== null && (binding.internalType(v) === 'Error' || Object.prototype.hasOwnProperty.call(v, 'stack'));
}

// The error node raises for a rejection whose reason is not an error (`site`: where its own
// code makes it, which its report shows).
function unhandledRejectionError(reason, strict) {
  const err = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch().' +
    ` The promise rejected with the reason "${noSideEffectsToString(reason)}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  err.stack = `UnhandledPromiseRejection: ${err.message}\n` + (strict
    ? '    at strictUnhandledRejectionsMode (node:internal/process/promises:340:14)\n'
    : '    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n') +
    '    at processPromiseRejections (node:internal/process/promises:470:17)\n' +
    '    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)';
  rejectionReports.set(err, strict ? 'node:internal/process/promises:340\n    reason : new UnhandledPromiseRejection(reason);\n             ^\n\n'
    : 'node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n');
  return err;
}

function rejectionWarning(uid, reason) {
  const name = 'UnhandledPromiseRejectionWarning';
  try {
    process.emitWarning(isErrorLike(reason) ? reason.stack : noSideEffectsToString(reason), name);
  } catch {
    try { process.emitWarning(noSideEffectsToString(reason), name); } catch { /* ignore */ }
  }
  const warning = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = name;
  process.emitWarning(warning);
}

function processRejections() {
  const later = binding.takeHandledLater();
  for (let i = 0; i < later.length; i++) {
    const promise = later[i];
    if (!process.emit('rejectionHandled', promise) && rejectionIds.has(promise)) {
      const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${rejectionIds.get(promise)})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = rejectionIds.get(promise);
      process.emitWarning(warning);
    }
  }
  const list = binding.takeUnhandled();
  if (list.length === 0) return later.length > 0;
  // Each is reported in the async context its promise was rejected in, as node does.
  const outer = acx === null ? undefined : acx.get();
  for (let i = 0; i < list.length; i += 3) {
    const promise = list[i];
    const reason = list[i + 1];
    if (acx !== null) acx.set(list[i + 2]);
    const uid = ++lastRejectionId;
    rejectionIds.set(promise, uid);
    const mode = rejectionMode;
    if (mode === 'strict') {
      fatal(isErrorLike(reason) ? reason : unhandledRejectionError(reason, true), 'unhandledRejection');
      if (!process.emit('unhandledRejection', reason, promise)) rejectionWarning(uid, reason);
      continue;
    }
    const handled = process.emit('unhandledRejection', reason, promise);
    if (mode === 'warn') rejectionWarning(uid, reason);
    else if (handled || mode === 'none') continue;
    else if (mode === 'warn-with-error-code') { rejectionWarning(uid, reason); process.exitCode = 1; }
    else fatal(isErrorLike(reason) ? reason : unhandledRejectionError(reason, false), 'unhandledRejection');
  }
  if (acx !== null) acx.set(outer);
  return true;
}

// ---- uncaught exceptions -------------------------------------------------------------------
// Set by events.js on an error it throws for an unhandled 'error' event.
const kEnhanceStack = Symbol.for('rjs.enhanceStackBeforeInspector');
// Marks `err`, about to be thrown by a built-in (whose throws record no site), with the excerpt
// of node's throw statement there; a later throw of it from script code takes precedence.
const throwMarks = new WeakMap(); // error -> { header, site, rejection }
// `rejection`, for a report of it as an unhandled rejection (or from an ES module's top level),
// where node shows where the error was made: a header; null when node has already read its
// stack (then its handler's line shows); false when the mark does not apply; undefined: `header`.
function markThrow(err, header, rejection) {
  if (err !== null && typeof err === 'object') throwMarks.set(err, { header, site: `${throwSite(err)}`, rejection });
}
// Errors node makes without frames (libuv's, delivered to an fs callback). (The report shows
// every error without frames in inspect's brackets now, as node's: nothing reads this set.)
const framelessErrors = new WeakSet();
function markFrameless(err) {
  if (err !== null && typeof err === 'object') framelessErrors.add(err);
}

// Node's report for an uncaught error: "file:line\nsource\n   ^\n\n<stack>\n\nNode.js vX".
// "file:line\n<source line>\n   ^\n" for a user file's position; '' for node's own files or an
// unreadable source.
// Code run from no file (-e's [eval], [stdin]): its source by name, for the excerpt.
const sourceTexts = new Map();
function setSourceText(name, text) { sourceTexts.set(name, text); }
// Objects (not errors) thrown out of such code as it ran, which node reports a little apart.
const scriptThrows = new WeakSet();
function markScriptThrow(value) {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) scriptThrows.add(value);
}
function sourceExcerpt(file, line, column, atThrow) {
  if (file.startsWith('node:')) return '';
  if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7)); // an ES module's frame
  try {
    const source = sourceTexts.get(file);
    const text = (source !== undefined ? source : binding.readFileUtf8(file)).split(/\r?\n/)[line - 1];
    // A throw site may point into the thrown expression (`throw make()`): node's caret is on
    // the `throw`.
    if (atThrow && text !== undefined) {
      const k = text.lastIndexOf('throw', column - 1);
      if (k !== -1 && !/[;{}]/.test(text.slice(k, column - 1))) column = k + 1;
    }
    // An ES module (a file not compiled as CommonJS) is named by its URL.
    const name = file.startsWith('/') && !binding.cjsWrapped.has(file) ? require('url').pathToFileURL(file).href.replace(/\/%5Beval1%5D$/, '/[eval1]') : file;
    if (text === undefined) return '';
    // node keeps the line's tabs under it, so the caret lines up (a space under anything else).
    const indent = text.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
    return `${name}:${line}\n${text}\n${indent}^\n`;
  } catch {
    return ''; // source not readable: no excerpt
  }
}

// The throw statement of node 20's hideStackFrames (internal/errors), as an uncaught report
// shows it for an error from a validator.
const HIDDEN_FRAMES_THROW = 'node:internal/errors:541\n      throw error;\n      ^\n';
// node's report of an unhandled rejection made where no script line shows.
const PROMISES_THROW = 'node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n';
const rejectionReports = new WeakMap(); // error made for a rejection -> its report's header
// "file:line\n<source line>\n   ^^^\n\n" in front of a stack.
const DECORATED_STACK = /^[^\n]*:\d+\n[^\n]*\n[ \t]*\^+\n\n/;
// [file, line, column] of the `throw` statement that threw `value`, or undefined.
function throwSite(value) {
  const site = binding.lastThrowSite(value);
  if (site === undefined) return undefined;
  // Columns on a CommonJS file's first line count the module wrapper's header.
  const column = site[2] - (site[1] === 1 ? binding.cjsWrapped.get(site[0]) || 0 : 0);
  return [String(site[0]), site[1], column];
}
function hasStringStack(err) {
  try { return typeof err.stack === 'string'; } catch { return false; }
}
// `site`: where `err` was thrown (throwSite), taken before listeners run other code.
// (null: where the error was made, as for a rejection.)
// Errors an ES module's evaluation threw into a require() of it: node's report shows where
// they were made (as for a rejection), not the module's throw.
const madeSiteReports = new WeakSet();
function markReportWhereMade(err) {
  if (err !== null && typeof err === 'object') madeSiteReports.add(err);
}
function reportText(err, origin, site = throwSite(err), header) {
  if (site === null || madeSiteReports.has(err)) site = undefined;
  const { inspect } = require('internal/inspect');
  if (err && err.__rjsReport) return err.stack;
  let out = '';
  // Objects are shown as node's report shows them: at least 5 levels deep, custom inspection off.
  // (Colored as node's on a terminal or with FORCE_COLOR: its internal frames grey.)
  let colors = false;
  try { colors = require('internal/inspect').shouldColorize(process.stderr); } catch {}
  const options = { colors, customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) };
  if (rejectionReports.has(err)) return rejectionReports.get(err) + inspect(err, options);
  // Native errors, and other objects with a string stack (node's report reads `stack`:
  // DOMException, errors made by Object.create(Error.prototype) + captureStackTrace), are
  // reported with their stack; any other value as node reports a non-error.
  if (err !== null && typeof err === 'object' && (binding.internalType(err) === 'Error' || hasStringStack(err))) {
    // An unhandled 'error' event: the stack gains where it was emitted (see events.js).
    const enhance = err[kEnhanceStack];
    if (typeof enhance === 'function') {
      try { err.stack = enhance(); } catch { /* keep the stack as it is */ }
    }
    const stack = typeof err.stack === 'string' ? err.stack : String(err);
    // node points at the `throw` that threw it, else (a rejection, an engine error) where the
    // error was made.
    // (A rejection's report shows where the error was made.)
    if (origin === 'unhandledRejection') site = undefined;
    const m = site === undefined ? /\(?((?:\/|[a-z]+:|\[\w+\])[^():]*):(\d+):(\d+)\)?/.exec(stack.split('\n').slice(1).join('\n') || '') : undefined;
    let shown = site !== undefined ? sourceExcerpt(site[0], site[1], site[2], true) : m ? sourceExcerpt(m[1], Number(m[2]), Number(m[3])) : '';
    // Thrown last by a built-in that marked it (an unhandled 'error' event, --throw-deprecation).
    const mark = throwMarks.get(err);
    if (mark !== undefined && mark.site === `${site}`) {
      const rejection = origin === 'unhandledRejection' ? mark.rejection : undefined;
      if (rejection === undefined) shown = mark.header;
      else if (rejection !== false) shown = rejection === null ? header === undefined ? PROMISES_THROW : '' : rejection;
    }
    // An error made where no script line shows (node's own code): node shows the throw site.
    if (shown === '' && header !== undefined) shown = header.replace(/^\n/, '');
    // A rejection with no frame to show (Promise.any's AggregateError, a stack the script set):
    // node's own line that throws it.
    if (shown === '' && m === null && origin === 'unhandledRejection' && mark === undefined && stack.indexOf('\n    at ') === -1) shown = PROMISES_THROW;
    // A stack that already starts with the excerpt (vm's displayErrors decorated it) is shown
    // as it is, as node prints a decorated error's.
    if (shown !== '' && DECORATED_STACK.test(stack)) shown = '';
    // node's validators are wrapped in hideStackFrames, which rethrows their errors.
    if (shown === '' && m && m[1] === 'node:internal/validators') shown = HIDDEN_FRAMES_THROW;
    // (node prints the excerpt of an object that is not a native error (a DOMException, an object
    // given a stack by captureStackTrace) at once, after a blank line, with none below it.)
    if (shown !== '') out += binding.internalType(err) === 'Error' ? shown + '\n' : '\n' + shown;
    let body;
    try { body = inspect(err, options); } catch { body = stack; }
    // (A stack without frames is shown by inspect as "[Name: message]", as node's report does:
    // Promise.any's AggregateError, a stack a script cut to its first line.)
    out += body;
  } else {
    // A thrown value that is not an error: node shows the throw statement, then the value
    // (strings as they are), and for primitives a hint about --trace-uncaught.
    // (An error-like rejection reason: node shows where its own code throws it.)
    if (header !== undefined) out = header;
    else if (origin === 'unhandledRejection') out = `\n${PROMISES_THROW}`;
    else if (site !== undefined) {
      const shown = sourceExcerpt(site[0], site[1], site[2], true);
      // (node sets an object escaping the [eval] or [stdin] script apart by a blank line instead.)
      if (shown !== '') out += scriptThrows.has(err) ? shown + '\n' : '\n' + shown;
    }
    if (out === '') return 'Uncaught ' + inspect(err, options);
    const primitive = err === null || (typeof err !== 'object' && typeof err !== 'function');
    // (A symbol has no string form there: node prints an empty line.)
    try { out += primitive ? (typeof err === 'symbol' ? '' : String(err)) : inspect(err, options); } catch { out += 'Uncaught exception'; }
    if (primitive) out += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
  }
  return out;
}

// process.setUncaughtExceptionCaptureCallback's function, or null: captureFn() reads it,
// captureFn(fn) sets it.
let capture = null;
function captureFn(fn) { if (arguments.length > 0) capture = fn; return capture; }

// Handles an error that escaped to the loop as node's process._fatalException does: the
// 'uncaughtExceptionMonitor' and 'uncaughtException' listeners (or the capture callback), else
// 'exit' and the report, then exit with process.exitCode, or 1. A listener that throws ends the
// process with 7 and that error's report.
function noop() {}
// `header`: what a report of a non-error shows above the value instead of the throw statement.
// (`fromStack`: the report shows where the error was made, not where it was thrown last, as for
// an error node's own code catches and rethrows: a queueMicrotask callback's.)
function fatal(err, origin = 'uncaughtException', header = undefined, fromStack = false) {
  const site = fromStack ? null : throwSite(err);
  let handled = true;
  try {
    if (process.listenerCount('uncaughtExceptionMonitor') > 0) process.emit('uncaughtExceptionMonitor', err, origin);
    if (capture !== null) capture(err);
    else if (!process.emit('uncaughtException', err, origin)) handled = false;
    // Handled: node makes sure the next loop turn comes, to run what is queued.
    if (handled) { setImmediate(noop); return; }
  } catch (e) {
    report(e, 'uncaughtException', throwSite(e));
    binding.exit(7);
  }
  if (!exiting) {
    exiting = true;
    try { process.exitCode = 1; process.emit('exit', 1); } catch { /* node ignores it */ }
  }
  report(err, origin, site, header);
  const code = process.exitCode;
  binding.exit(code === undefined || code === null ? 1 : code | 0);
}

function report(err, origin, site, header) {
  let text;
  try { text = reportText(err, origin, site, header); } catch { try { text = String(err); } catch { text = 'Uncaught exception'; } }
  binding.write(2, `${text}\n\nNode.js ${process.version}\n`);
}

// ---- timers --------------------------------------------------------------------------------
const TIMEOUT_MAX = 2 ** 31 - 1;
let seq = 0;
let refedTimers = 0;
const heap = []; // entries: [expiry, seq, timeout, gen, its TimersList]

function heapLess(a, b) { return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]); }
function heapPush(e) {
  heap.push(e);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!heapLess(heap[i], heap[p])) break;
    const t = heap[i]; heap[i] = heap[p]; heap[p] = t; // no destructuring: Boa builds arrays for it
    i = p;
  }
}
function heapPop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && heapLess(heap[l], heap[m])) m = l;
      if (r < heap.length && heapLess(heap[r], heap[m])) m = r;
      if (m === i) break;
      const t = heap[i]; heap[i] = heap[m]; heap[m] = t;
      i = m;
    }
  }
  return top;
}

// Whole milliseconds, as libuv's uv_now: timers made within the same millisecond share a start.
function nowMs() { return Math.floor(binding.hrtime() / 1e6); }
// Like libuv's cached loop time: updated once per loop turn, used to start new timers.
let loopTime = nowMs();
// Called as the main script starts, so start-up work does not age its timers.
function updateLoopTime() { loopTime = nowMs(); }

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerId');
// A hidden (non-enumerable) slot: inspect shows node's fields only.
const kFrame = Symbol('asyncContextFrame');
function hide(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

// Async ids as node numbers its resources (1: the main script; timers, immediates and ticks
// take the next); `execAsyncId`: the resource whose callback runs (a new timer's trigger).
let lastAsyncId = 1;
let execAsyncId = 1;
// stream.js skips ticks it knows to be no-ops (an endReadableNT right behind another one): the
// last async id handed out (unchanged between two moments: nothing took one in between) and a
// way to take the ids the skipped ticks would have taken (later timers keep node's ids).
function asyncIdNow() { return lastAsyncId; }
function takeAsyncIds(n) { lastAsyncId += n; }

// node keeps the active timers of one duration in a list (internal/linkedlist: the newest
// after the list head), which inspect shows as _idlePrev/_idleNext; the heap orders them here.
// As node's, a list lives until the loop reaches its entries and finds it empty.
const timerLists = new Map(); // duration -> TimersList
let timerListId = 0;
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}
function listAppend(t) {
  listRemove(t);
  let list = timerLists.get(t._idleTimeout);
  if (list === undefined) {
    list = new TimersList(t._idleStart + t._idleTimeout, t._idleTimeout);
    timerLists.set(t._idleTimeout, list);
  }
  t._idleNext = list._idleNext;
  list._idleNext._idlePrev = t;
  t._idlePrev = list;
  list._idleNext = t;
  return list;
}
function dropIfEmpty(list) {
  if (list._idleNext === list && timerLists.get(list.msecs) === list) timerLists.delete(list.msecs);
}
// Unlinks a timer (or an immediate: node's clearImmediate takes either); an emptied list goes.
function listRemove(item) {
  const prev = item._idlePrev;
  const next = item._idleNext;
  if (next !== null) next._idlePrev = prev;
  if (prev !== null) prev._idleNext = next;
  item._idleNext = null;
  item._idlePrev = null;
}

// Fields in node's order (inspect shows them so). `_timerArgs`: undefined without arguments.
// `#gen` counts the timer's schedulings: a heap entry made for an earlier one is stale.
let bumpGen, genOf;
class Timeout {
  #gen = 0;
  static {
    bumpGen = (t) => ++t.#gen;
    genOf = (t) => t.#gen;
  }

  constructor(callback, after, args, isRepeat) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    // node's getLibuvNow() updates the loop time first, so slow code before does not age it.
    updateLoopTime();
    this._idleStart = loopTime;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = true;
    this[kHasPrimitive] = false;
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerId] = execAsyncId;
    if (acx !== null) hide(this, kFrame, acx.get());
    refedTimers++;
    schedule(this);
  }
  // As node's: re-arms the timer from now, also one that has fired (not one cleared).
  refresh() {
    if (this._idleTimeout >= 0) {
      if (this._destroyed) {
        this._destroyed = false;
        if (this[kRefed]) refedTimers++;
      }
      updateLoopTime();
      this._idleStart = loopTime;
      schedule(this);
    }
    return this;
  }
  unref() {
    if (this[kRefed]) { this[kRefed] = false; if (!this._destroyed) refedTimers--; }
    return this;
  }
  ref() {
    if (!this[kRefed]) { this[kRefed] = true; if (!this._destroyed) refedTimers++; }
    return this;
  }
  hasRef() { return this[kRefed]; }
  close() { clearTimeout(this); return this; }
  // One level only, without custom inspection (node's).
  [Symbol.for('nodejs.util.inspect.custom')](_, options) {
    return require('internal/inspect').inspect(this, { ...options, depth: 0, customInspect: false });
  }
  [Symbol.dispose]() { clearTimeout(this); }
  // The async id, as node's: clearTimeout(id) finds the timer while it is active.
  [Symbol.toPrimitive]() {
    const id = this[kAsyncId];
    if (!this[kHasPrimitive]) { this[kHasPrimitive] = true; timerById.set(id, this); }
    return id;
  }
}
const timerById = new Map();

// As node's insert(): due after the whole milliseconds of the delay, and after the timers
// already waiting with the same due time (a refreshed or repeating timer goes to the back).
function schedule(t) {
  const gen = bumpGen(t);
  const list = listAppend(t);
  heapPush([t._idleStart + Math.trunc(t._idleTimeout), ++seq, t, gen, list]);
}

// (node's validateFunction: a hideStackFrames validator.)
function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    const err = new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
    markThrow(err, HIDDEN_FRAMES_THROW);
    throw err;
  }
}

// The extra arguments from the call's: undefined without any. Rest parameters (the lengths are
// set to node's below): a function that reads `arguments` builds that object on every call
// (~0.5 us under rjs.wasm).
function setTimeout(callback, after, ...args) {
  if (typeof callback !== 'function') validateCallback(callback);
  return new Timeout(callback, after, args.length > 0 ? args : undefined, false);
}
function setInterval(callback, repeat, ...args) {
  if (typeof callback !== 'function') validateCallback(callback);
  return new Timeout(callback, repeat, args.length > 0 ? args : undefined, true);
}
// As node's: clears a Timeout (or the timer whose primitive id it is given); a cleared timer
// loses its callback and cannot be refreshed.
function clearTimeout(timer) {
  if (timer && timer._onTimeout && timer instanceof Timeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = timerById.get(Number(timer));
    if (t) clearTimeout(t);
  }
}
function unenroll(t) {
  if (t._destroyed) return;
  t._destroyed = true;
  if (t[kRefed]) refedTimers--;
  if (t[kHasPrimitive]) timerById.delete(t[kAsyncId]);
  t._idleTimeout = -1;
  listRemove(t);
}

// The expired timers, each callback followed by the ticks and microtasks it queued. They run
// from here, not from processTimers, whose frame the bootstrap shows as node's listOnTimeout.
// node runs a timer's ticks and microtasks from runNextTicks when another timer is due (one of
// the same list: listOnTimeout's call; of another: processTimers'), else when the callback
// scope closes. (One call a line: the bootstrap names the frames below by the line.)
function runTimers() {
  const now = loopTime = nowMs();
  let ran;
  while ((ran = processTimers(now)) !== 0) {
    if (ran !== 1) continue;
    const next = nextDueList(now);
    if (next === null) processTicks();
    else if (next === ranList) processTicks();
    else processTicks();
  }
}
// The list of the timer processTimers ran last, and of the next one due at `now` (null: none;
// stale heap entries are dropped, as processTimers drops them).
let ranList = null;
function nextDueList(now) {
  while (heap.length > 0) {
    const e = heap[0];
    if (e[2]._destroyed || genOf(e[2]) !== e[3]) { heapPop(); dropIfEmpty(e[4]); continue; }
    return e[0] <= now ? e[4] : null;
  }
  return null;
}

// Runs the first expired timer: 0 when none is left, 1 when one ran, 2 when its callback threw.
// (It keeps that name: the bootstrap maps its frame to node's.)
function processTimers(now) {
  while (heap.length > 0) {
    const e = heap[0];
    const t = e[2];
    if (t._destroyed || genOf(t) !== e[3]) { heapPop(); dropIfEmpty(e[4]); continue; }
    if (e[0] > now) break;
    heapPop();
    listRemove(t);
    dropIfEmpty(e[4]);
    // (A timer cleared after it fired, then refreshed, has no callback: node drops it.)
    if (!t._onTimeout) {
      t._destroyed = true;
      if (t[kRefed]) refedTimers--;
      continue;
    }
    // A throw goes to `fatal`; an interval is rescheduled either way. As node re-enters its
    // timer processing after one, the next timer runs before the queued ticks.
    // (The timer counts as active while its callback runs: refresh() there re-arms it.)
    const gen = e[3];
    let threw = false;
    ranList = e[4];
    execAsyncId = t[kAsyncId];
    try {
      if (acx !== null) acx.set(t[kFrame]);
      const args = t._timerArgs;
      if (args === undefined) t._onTimeout();
      else {
        switch (args.length) {
          case 1: t._onTimeout(args[0]); break;
          case 2: t._onTimeout(args[0], args[1]); break;
          default: t._onTimeout(...args);
        }
      }
    } catch (e) {
      threw = true;
      fatal(e);
    } finally {
      execAsyncId = 1;
      if (t._repeat !== null && t._idleTimeout !== -1) {
        if (genOf(t) === gen) {
          t._idleTimeout = t._repeat;
          t._idleStart = now;
          schedule(t);
        }
      } else if (genOf(t) === gen && !t._destroyed) {
        t._destroyed = true;
        if (t[kRefed]) refedTimers--;
        if (t[kHasPrimitive]) timerById.delete(t[kAsyncId]);
      }
    }
    return threw ? 2 : 1;
  }
  return 0;
}

function nextTimerDelay() {
  while (heap.length > 0) {
    const e = heap[0];
    if (e[2]._destroyed || genOf(e[2]) !== e[3]) { heapPop(); dropIfEmpty(e[4]); continue; }
    return Math.max(0, e[0] - nowMs());
  }
  return -1;
}

// ---- immediates ----------------------------------------------------------------------------
// node's ImmediateList: linked through _idlePrev/_idleNext, which inspect shows. A turn takes
// the whole list; an immediate run or cleared keeps its links, and its refed slot is null.
let immediateHead = null;
let immediateTail = null;
let refedImmediates = 0;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerId] = execAsyncId;
    if (acx !== null) hide(this, kFrame, acx.get());
    refedImmediates++;
  }
  ref() { if (this[kRefed] === false) { this[kRefed] = true; refedImmediates++; } return this; }
  unref() { if (this[kRefed]) { this[kRefed] = false; refedImmediates--; } return this; }
  hasRef() { return !!this[kRefed]; }
  [Symbol.dispose]() { clearImmediate(this); }
}

// As node's: a function of its own (util.inspect shows its name), clearing either kind of timer.
function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback, ...args) {
  if (typeof callback !== 'function') validateCallback(callback);
  const i = new Immediate(callback, args.length > 0 ? args : undefined);
  if (immediateTail !== null) {
    immediateTail._idleNext = i;
    i._idlePrev = immediateTail;
  } else {
    immediateHead = i;
  }
  immediateTail = i;
  return i;
}
function clearImmediate(imm) {
  if (!imm || imm._destroyed) return;
  if (imm instanceof Immediate) {
    if (imm[kRefed]) refedImmediates--;
    if (imm === immediateHead) immediateHead = imm._idleNext;
    if (imm === immediateTail) immediateTail = imm._idlePrev;
  } else if (imm instanceof Timeout) {
    // node's clearImmediate unlinks whatever list item it is given: the timer never fires.
    if (imm[kRefed]) refedTimers--;
  } else {
    return;
  }
  imm._destroyed = true;
  imm[kRefed] = null;
  imm._onImmediate = null;
  listRemove(imm);
}

// Unrefs the pending timers and immediates scheduled in an async frame that `ended(frame)` says
// is over (node:test's killed test file, whose child process node would have ended): they no
// longer keep the loop alive.
function unrefFrames(ended) {
  for (const list of timerLists.values()) {
    for (let t = list._idleNext; t !== list; t = t._idleNext) if (ended(t[kFrame])) t.unref();
  }
  for (let i = immediateHead; i !== null; i = i._idleNext) if (ended(i[kFrame])) i.unref();
}

// (The loop variable follows the links at each step: an immediate cleared meanwhile is
// unlinked, so it is skipped.)
function runImmediates() {
  let imm = immediateHead;
  immediateHead = immediateTail = null;
  for (; imm !== null; imm = imm._idleNext) {
    if (processImmediates(imm) !== 1) continue;
    // (node runs them from runNextTicks before the next immediate, else as the scope closes)
    if (nextImmediate(imm) === null) processTicks();
    else processTicks();
  }
}
function nextImmediate(imm) {
  let next = imm._idleNext;
  while (next !== null && next._destroyed) next = next._idleNext;
  return next;
}
// Runs one immediate: 0 when it was cleared, 1 when it ran, 2 when its callback threw.
// (It keeps that name: the bootstrap maps its frame to node's.)
function processImmediates(imm) {
  if (imm._destroyed) return 0;
  imm._destroyed = true;
  if (imm[kRefed]) refedImmediates--;
  imm[kRefed] = null;
  execAsyncId = imm[kAsyncId];
  let threw = false;
  try {
    if (acx !== null) acx.set(imm[kFrame]);
    immediateRunning = true;
    const a = imm._argv;
    switch (a === undefined ? 0 : a.length) {
      case 0: imm._onImmediate(); break;
      case 1: imm._onImmediate(a[0]); break;
      case 2: imm._onImmediate(a[0], a[1]); break;
      default: imm._onImmediate(...a);
    }
  } catch (e) {
    threw = true;
    immediateRunning = false;
    // As node: reported (after `_onImmediate` is cleared, which shows in the error's frames),
    // and the ticks it queued wait for the next callback.
    imm._onImmediate = null;
    binding.immediateThrew(e);
    fatal(e);
  } finally {
    immediateRunning = false;
    imm._onImmediate = null;
    execAsyncId = 1;
  }
  return threw ? 2 : 1;
}
// Whether an immediate's callback is running: an error's stack first formatted at any other
// time names the callback's frame as V8 does after processImmediate cleared `_onImmediate`.
let immediateRunning = false;
function inImmediateCallback() { return immediateRunning; }

// ---- I/O completions (fs callbacks) run in the poll phase, as libuv delivers them ---------
// Pairs (callback, rounds): `rounds` is how many thread-pool round trips the operation takes in
// node (readFile: open, fstat, read, close), so its callback lands as many loop turns later.
let completions = [];
let waiting = 0; // entries of `completions` with rounds left (> 1)
function queueCompletion(fn, rounds = 1) {
  if (acx !== null) {
    const frame = acx.get();
    const inner = fn;
    fn = () => { acx.set(frame); inner(); };
  }
  if (rounds > 1) waiting++;
  completions.push(fn, rounds);
}
// One batch per loop turn: a request made from a callback completes in a later turn. An entry
// with rounds left moves to the next batch in its place; it runs no code, so no ticks follow it.
function processCompletions() {
  const list = completions;
  completions = [];
  for (let i = 0; i < list.length; i += 2) {
    const rounds = list[i + 1];
    if (rounds > 1) {
      if (rounds === 2) waiting--;
      completions.push(list[i], rounds - 1);
      continue;
    }
    try {
      list[i]();
    } catch (e) {
      fatal(e);
      continue;
    }
    processTicks();
  }
}
// When every queued completion has rounds left and nothing else is pending (no timers,
// immediates, descriptors, close callbacks or handles), the turns until the first of them is due
// would run nothing but the countdown: they are counted down at once, which shows nowhere.
function skipIdleRounds() {
  if (immediateHead !== null || heap.length > 0 || closing.length > 0 || watchedFds > 0 || refedHandles > 0 ||
      pollHandlers.size > 0) return;
  let min = Infinity;
  for (let i = 1; i < completions.length; i += 2) if (completions[i] < min) min = completions[i];
  waiting = 0;
  for (let i = 1; i < completions.length; i += 2) if ((completions[i] -= min - 1) > 1) waiting++;
}
// Runs a phase's callbacks, each followed by the ticks and microtasks it queued (a throw is
// reported and leaves them for the next callback). `noop` entries are skipped.
function runCallbacks(list) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === noop) continue;
    try {
      list[i]();
    } catch (e) {
      fatal(e);
      continue;
    }
    processTicks();
  }
}

// ---- close callbacks: libuv's closing-handles phase, after the check phase -------------------
// (MessagePort 'close' events). A pending close keeps the loop alive for its turn.
let closing = [];
function queueClose(fn) {
  if (acx !== null) {
    const frame = acx.get();
    const inner = fn;
    fn = () => { acx.set(frame); inner(); };
  }
  closing.push(fn);
}
function processCloses() {
  const list = closing;
  closing = [];
  runCallbacks(list); // (a `noop` entry is a closed descriptor's turn, see unwatchFd)
}

// ---- handles other than timers (stdin, servers) keep the loop alive while ref'ed ----------
let refedHandles = 0;
const pollHandlers = new Set();
function refHandle() { refedHandles++; }
function unrefHandle() { refedHandles--; }

// ---- descriptors (sockets) the poll phase waits on --------------------------------------
// fd -> { events (1 readable, 2 writable), handler(readyBits), refed }
const fdWatchers = new Map();
let watchedFds = 0; // fdWatchers.size (a getter call)
let refedWatchers = 0;
// The descriptors and events pollIO passes to the host, rebuilt only after watchFd/unwatchFd
// (fdVersion) changed the set: a server with many connections polls every turn.
let fdVersion = 0;
let pollVersion = -1;
let pollFds = [];
let pollEvents = [];
function refreshPollSet() {
  if (pollVersion === fdVersion) return;
  const fds = [];
  const events = [];
  // forEach, not for-of with destructuring: an order of magnitude cheaper under Boa.
  fdWatchers.forEach((w, fd) => {
    if (w.events === 0) return;
    fds.push(fd);
    events.push(w.events);
  });
  pollFds = fds;
  pollEvents = events;
  pollVersion = fdVersion;
}
function watchFd(fd, events, handler, refed = true) {
  fdVersion++;
  const old = fdWatchers.get(fd);
  if (old && old.refed) refedWatchers--;
  if (!old) watchedFds++;
  fdWatchers.set(fd, { events, handler, refed, frame: acx === null ? undefined : acx.get() });
  if (refed) refedWatchers++;
}
// (As a libuv handle being closed, the descriptor keeps the loop alive until the close phase
// of the next turn: a 'beforeExit' listener that opens and closes one sees the event again.)
function unwatchFd(fd) {
  const w = fdWatchers.get(fd);
  if (!w) return;
  fdVersion++;
  if (w.refed) refedWatchers--;
  fdWatchers.delete(fd);
  watchedFds--;
  closing.push(noop);
}
function refFd(fd, refed) {
  const w = fdWatchers.get(fd);
  if (!w || w.refed === refed) return;
  w.refed = refed;
  refedWatchers += refed ? 1 : -1;
}

function watching() {
  refreshPollSet();
  return pollFds.length > 0;
}

// Waits (up to `timeout` ms, -1 for no limit) for watched descriptors and runs their handlers.
function pollIO(timeout) {
  refreshPollSet();
  const fds = pollFds;
  const events = pollEvents;
  if (fds.length === 0) return false;
  const waitStart = timeout !== 0 ? binding.hrtime() : 0;
  const ready = internalBinding('tcp').poll(fds, events, timeout);
  if (timeout !== 0) idleNs += binding.hrtime() - waitStart;
  updateLoopTime();
  if (!Array.isArray(ready)) return true;
  for (let i = 0; i < fds.length; i++) {
    if (ready[i] === 0) continue;
    const w = fdWatchers.get(fds[i]);
    if (w === undefined) continue;
    if (acx !== null) acx.set(w.frame);
    w.handler(ready[i]);
    processTicks();
  }
  return true;
}

function ioTimeout() {
  if (immediateHead !== null || completions.length > 0 || closing.length > 0 || pollHandlers.size > 0 || !alive()) return 0;
  const d = nextTimerDelay();
  return d < 0 ? -1 : Math.ceil(d);
}

// process.getActiveResourcesInfo(): the ref'ed timers and immediates.
function activeResources() {
  const out = [];
  for (let i = 0; i < refedTimers; i++) out.push('Timeout');
  for (let i = 0; i < refedImmediates; i++) out.push('Immediate');
  return out;
}

function alive() {
  return refedTimers > 0 || refedImmediates > 0 || refedHandles > 0 || completions.length > 0 || refedWatchers > 0 || closing.length > 0;
}

let beforeExitEmitted = false;

// Time the loop spent waiting (performance.nodeTiming.idleTime, eventLoopUtilization): in
// pollIO, and in the host's sleep between turns (from `sleepStart`).
let idleNs = 0;
let sleepStart = -1;
function idleTime() {
  return (idleNs + (sleepStart >= 0 ? binding.hrtime() - sleepStart : 0)) / 1e6;
}

// One loop iteration. Returns how long the host may wait for I/O (ms), or -1 to exit.
// (Each phase is entered only when it has work: a turn runs for every I/O completion.)
function turn() {
  if (sleepStart >= 0) { idleNs += binding.hrtime() - sleepStart; sleepStart = -1; }
  if (acx !== null) acx.set(undefined);
  // (as libuv's uv_run: a loop with nothing ref'ed does not iterate, so unref'ed timers and
  // immediates left after the script or a turn do not run)
  let polled = false;
  if (alive()) {
    if (heap.length > 0) runTimers();
    if (completions.length > 0) processCompletions();
    if (watchedFds > 0) polled = pollIO(ioTimeout());
    if (pollHandlers.size > 0) for (const h of pollHandlers) h();
    runFinalizer();
    if (immediateHead !== null) runImmediates();
    if (closing.length > 0) processCloses();
  }
  // (node drains its platform tasks, the cleanups among them, before the loop may end)
  if (!alive()) while (runFinalizer());
  if (!alive()) {
    if (acx !== null) acx.set(undefined);
    if (!exiting) {
      process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
      processTicks();
    }
    if (!alive()) return -1;
  }
  // Poll handlers (stdin) block in their own read, so the loop does not sleep for them; with
  // descriptors watched (also ones first watched after this turn's poll), the wait happens in
  // pollIO, which wakes for them as well as for the next timer.
  if (waiting > 0 && waiting * 2 === completions.length) skipIdleRounds();
  if (immediateHead !== null || completions.length > 0 || closing.length > 0 || polled || pollHandlers.size > 0 || watching() || binding.finalizersPending()) return 0;
  const d = nextTimerDelay();
  const wait = d >= 0 ? d : refedHandles > 0 || refedWatchers > 0 ? 1e9 : 0;
  if (wait > 0) sleepStart = binding.hrtime();
  return wait;
}

// One FinalizationRegistry's cleanup callbacks, then their ticks. Node runs each registry's
// cleanup as a platform task: one in a turn's poll phase, and all before the loop may end.
function runFinalizer() {
  let ran;
  try { ran = binding.runFinalizer(); } catch (e) { fatal(e); ran = true; }
  if (ran) processTicks();
  return ran;
}

// Called by Rust when the loop is done: emits 'exit' (again, as node, if a process.exit()
// whose listener threw did it already) and returns the exit code.
function exit() {
  exiting = true;
  // (A listener's throw is fatal unless an 'uncaughtException' listener takes it.)
  // Promise jobs its listeners queue still run (not nextTicks, timers, I/O), and a promise they
  // reject unhandled is reported, as node's callback scope of the 'exit' emit does.
  try { process.emit('exit', (process.exitCode || 0) | 0); drainTicks(); } catch (e) { fatal(e); }
  return (process.exitCode || 0) | 0;
}

// node's (callback, after, arg1, arg2, arg3) and (callback, arg1, arg2, arg3).
Object.defineProperty(setTimeout, 'length', { value: 5 });
Object.defineProperty(setInterval, 'length', { value: 5 });
Object.defineProperty(setImmediate, 'length', { value: 4 });

// util.promisify(setTimeout / setImmediate) gives the timers/promises forms, as in node.
for (const fn of [setTimeout, setImmediate]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    get() { return require('timers/promises')[fn.name]; }, enumerable: true, configurable: true,
  });
}

module.exports = {
  idleTime,
  nextTick, isExiting, setExiting, drainTicks, fatal, turn, exit, setRejectionMode, captureFn, activeResources, markThrow, markReportWhereMade, markQuietTick,
  setTimeout, setInterval, clearTimeout, clearInterval,
  setImmediate, clearImmediate, Timeout, Immediate,
  inImmediateCallback, enableAsyncContext, asyncContextEnabled, asyncIdNow, takeAsyncIds, unrefFrames, refHandle, unrefHandle, setSourceText, markScriptThrow, markFrameless, pollHandlers, queueCompletion, queueClose, watchFd, unwatchFd, refFd, reportText, updateLoopTime,
};
