// node:test -- node 20's test runner. test/it/describe/suite and the hooks build a tree of
// Test/Suite objects under one root (node's internal/test_runner/{harness,test}.js semantics:
// same run order, hook points, failure types, counters and report order). Tests start from
// the microtask queue once the main script's synchronous part is done; results go to a
// reporter (TAP when stdout is not a TTY, spec on a TTY, or each --test-reporter's; formatters
// in test_reporters.js) written from process.nextTick, as node's reporter stream writes: nothing
// before the microtask queue drains, then one pipeline step per tick while test code runs
// (TestsStream). A failing test sets process.exitCode = 1. The root reports its plan and
// summary on 'beforeExit'. --test-only / --test-name-pattern / --test-reporter[-destination] /
// --test-shard are read from process.execArgv. Also here: the `--test` file runner and run()
// (in-process, one file after another, each file's events, errors and 'exit' as its child
// process would give them), `mock` (MockTracker) and `mock.timers` (MockTimers).
//
// The test a call or an error belongs to is the one whose code runs synchronously, else the
// one in the loop's async context (node: the test resource of the executionAsyncId); an
// unhandled rejection, processed outside its context, falls back to the innermost test running.
'use strict';

const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kCancelledByParent = 'cancelledByParent';
const kAborted = 'testAborted';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kHookNames = ['before', 'after', 'beforeEach', 'afterEach'];
const kDefaultTimeout = null;
const noop = Function.prototype;
const hrtime = process.hrtime.bigint;
// The loop's own timers: mock.timers replaces the global ones.
const { setTimeout, clearTimeout, setImmediate } = require('internal/loop');

let codesCache;
const codes = () => codesCache || (codesCache = require('internal/errors').codes);
const validators = () => require('internal/validators');
const execArgv = process.execArgv || [];
let testOnlyFlag = execArgv.includes('--test-only'); // run({ only }) sets it while it runs
const forceExitFlag = execArgv.includes('--test-force-exit');
// Every value of a repeatable option (`--name=value` or `--name value`) in execArgv.
function optionValues(name) {
  const out = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (a === name && i + 1 < execArgv.length) out.push(execArgv[++i]);
    else if (a.startsWith(`${name}=`)) out.push(a.slice(name.length + 1));
  }
  return out;
}
// [reporter, destination] pairs of --test-reporter / --test-reporter-destination, checked when
// node:test loads as node's parseCommandLine does; by default spec on a TTY and tap otherwise,
// to stdout. A reporter is tap, spec, dot, junit or a module (a custom reporter).
const reporterOptions = (() => {
  const reporters = optionValues('--test-reporter');
  const destinations = optionValues('--test-reporter-destination');
  if (reporters.length === 0 && destinations.length === 0) return [[undefined, 'stdout']];
  if (reporters.length === 1 && destinations.length === 0) destinations.push('stdout');
  if (destinations.length !== reporters.length) {
    const err = new (codes().ERR_INVALID_ARG_VALUE)('--test-reporter', reporters,
      'must match the number of specified \'--test-reporter-destination\'');
    require('internal/loop').markThrow(err,
      'node:internal/test_runner/utils:230\n      throw new ERR_INVALID_ARG_VALUE(\n      ^\n');
    throw err;
  }
  return reporters.map((name, i) => [name, destinations[i]]);
})();
// `/source/flags` or a plain source as a RegExp (node's convertStringToRegExp).
function convertStringToRegExp(str, name) {
  const match = /^\/(.*)\/([a-z]*)$/.exec(str);
  try {
    return new RegExp(match?.[1] ?? str, match?.[2] || '');
  } catch (err) {
    const msg = err?.message;
    throw new (codes().ERR_INVALID_ARG_VALUE)(name, str, `is an invalid regular expression.${msg ? ` ${msg}` : ''}`);
  }
}
// --test-name-pattern (run({ testNamePatterns }) replaces them while it runs).
let namePatterns = (() => {
  const values = optionValues('--test-name-pattern');
  return values.length === 0 ? null : values.map((str) => convertStringToRegExp(str, '--test-name-pattern'));
})();


// node's inspectWithNoCustomRetry: a custom inspect that throws is not used.
function lazyInspect(value) {
  const { inspect } = require('internal/inspect');
  try {
    return inspect(value);
  } catch {
    return inspect(value, { __proto__: null, customInspect: false });
  }
}

function validateUint32(value, name, positive) {
  if (typeof value !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  const min = positive ? 1 : 0;
  if (value < min || value > 4294967295) {
    throw new (codes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= 4294967295`, value);
  }
}

// ---- ERR_TEST_FAILURE ------------------------------------------------------------------------
const baseStack = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');

// node hides its internal frames (node:internal/*, and here node:test) from these errors' stacks.
// Drops every built-in frame (node:test's own and those of the module whose callback ran the
// runner: node:net, node:timers...), as node's ERR_TEST_FAILURE shows none of its internals.
// Made while a test's code runs (a done callback called twice), the frames below the user's
// are the runner's as node shows them, of which node keeps the public modules' (node:async_hooks).
function userFrames(stack, msg) {
  let out = '';
  // The frames follow the "Error: <message>" header, which spans the message's lines.
  const header = `Error: ${msg}`;
  let lines = (stack.startsWith(header) ? stack.slice(header.length) : stack.slice(stack.indexOf('\n') >>> 0)).split('\n');
  const test = runningTest();
  // (node's own frames of node:async_hooks, which the bootstrap gives queueMicrotask's callback:
  // the first test's failure made in Test.run's catch, run from the harness's queueMicrotask)
  let keep = /\(node:async_hooks:206:9\)$/;
  if (test !== null) {
    let k = 1;
    while (k < lines.length && lines[k].includes('(node:test:')) k++;
    const mapped = k < lines.length ? nodeFramesText(`Error\n${lines.slice(k).join('\n')}`, test) : undefined;
    if (mapped !== undefined) {
      lines = mapped.split('\n');
      keep = /\(node:async_hooks:/;
    }
  }
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (/\(node:|at node:|\(native\)|\(<anonymous>\)/.test(l) && !(keep !== null && keep.test(l))) continue;
    out += `\n${l}`;
  }
  return out;
}

class TestFailure extends Error {
  constructor(error, failureType) {
    let msg = error?.message ?? error;
    if (typeof msg !== 'string') msg = lazyInspect(msg);
    super(msg);
    let raw = '';
    try { raw = readOwnStack(() => (baseStack && baseStack.get ? baseStack.get.call(this) : String(this.stack))); } catch { /* none */ }
    Object.defineProperty(this, 'stack', {
      value: `Error [ERR_TEST_FAILURE]: ${msg}${userFrames(typeof raw === 'string' ? raw : '', msg)}`,
      writable: true, configurable: true, enumerable: false,
    });
    Object.defineProperty(this, 'code', { value: 'ERR_TEST_FAILURE', writable: true, configurable: true, enumerable: true });
    this.failureType = failureType;
    this.cause = error;
  }

  toString() { return `Error [ERR_TEST_FAILURE]: ${this.message}`; }
}
Object.defineProperty(TestFailure.prototype, 'name', { value: 'Error', writable: true, configurable: true });
Object.defineProperty(TestFailure, 'name', { value: 'NodeError' });
// node's ERR_* errors are plain Errors (its NodeError function returns a new Error): their
// constructor is Error, as inspect shows them ([Error: test failed]).
Object.defineProperty(TestFailure.prototype, 'constructor', { value: Error, writable: true, configurable: true });

const isTestFailureError = (err) => err instanceof TestFailure;

// ---- locations -------------------------------------------------------------------------------
// node reports where test()/it()/... was called: file, line and the column of the callee's
// last name. Boa's frames point at the call's `(`; the column is moved back to the name by
// reading the source line, and only when a location is printed.
const sourceLines = new Map();
function lineOf(file, line) {
  let lines = sourceLines.get(file);
  if (lines === undefined) {
    try {
      const { splitLines } = require('test/reporters')[Symbol.for('rjs.test.formatters')];
      lines = splitLines(internalBinding('native').readFileUtf8(file));
    } catch { lines = null; }
    sourceLines.set(file, lines);
  }
  return lines === null ? undefined : lines[line - 1];
}

const frameRe = /\(?([^\s()]+):(\d+):(\d+)\)?$/;
function resolveLocation(err) {
  let stack;
  try { stack = readOwnStack(() => err.stack); } catch { return undefined; }
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const m = frameRe.exec(lines[i]);
    if (m === null || m[1].startsWith('node:')) continue;
    let file = m[1];
    const line = Number(m[2]);
    let column = Number(m[3]);
    if (file.startsWith('file://')) {
      try { file = require('url').fileURLToPath(file); } catch { /* keep */ }
    }
    const text = lineOf(file, line);
    if (text !== undefined && text[column - 1] === '(') {
      let j = column - 2;
      while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
      const end = j;
      while (j >= 0 && /[\w$\u0080-\uffff]/.test(text[j])) j--;
      if (j < end) column = j + 2;
    }
    return { __proto__: null, line, column, file };
  }
  return undefined;
}

// ---- across the process boundary -----------------------------------------------------------
// Under --test and run() node runs each file in a child process whose events reach the parent
// through the v8-serializer reporter: details.error crosses as internal/error_serdes encodes it
// and the rest through v8 serialize/deserialize. Files run here, so their errors make the same
// trip: what would not survive it (own props of nested errors, functions, class prototypes) is
// lost as in node. (A port of node 20's error_serdes.)
const kSerializedError = 0;
const kSerializedObject = 1;
const kInspectedError = 2;
const kInspectedSymbol = 3;
const kCustomInspectedObject = 4;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
const serdesInspect = (value) => require('internal/inspect').inspect(value);
const serdesErrors = { __proto__: null, Error, TypeError, RangeError, URIError, SyntaxError, ReferenceError, EvalError };

function tryGetAllProperties(object, target = object) {
  const all = { __proto__: null };
  if (object === null) return all;
  Object.assign(all, tryGetAllProperties(Object.getPrototypeOf(object), target));
  for (const key of Object.getOwnPropertyNames(object)) {
    let descriptor;
    try { descriptor = Object.getOwnPropertyDescriptor(object, key); } catch { continue; }
    if (descriptor.get && key !== '__proto__') {
      try {
        descriptor.value = Reflect.apply(descriptor.get, target, []);
        delete descriptor.get;
        delete descriptor.set;
      } catch { /* kept as an accessor (dropped below) */ }
    }
    if (key === 'cause') {
      descriptor.value = serializeError(descriptor.value);
      all[key] = descriptor;
    } else if ('value' in descriptor && typeof descriptor.value !== 'function' && typeof descriptor.value !== 'symbol') {
      all[key] = descriptor;
    }
  }
  return all;
}

// The name of the first constructor up the prototype chain that error_serdes can rebuild.
function serializableErrorName(object) {
  for (let current = object; current !== null; current = Object.getPrototypeOf(current)) {
    const ctor = Object.getOwnPropertyDescriptor(current, 'constructor')?.value;
    const name = ctor ? Object.getOwnPropertyDescriptor(ctor, 'name')?.value : undefined;
    if (typeof name === 'string' && name in serdesErrors) return name;
  }
  return undefined;
}

function serializeError(error) {
  const v8 = require('v8');
  const tagged = (tag, text) => Buffer.concat([Buffer.from([tag]), Buffer.from(text, 'utf8')]);
  if (typeof error === 'symbol') return tagged(kInspectedSymbol, serdesInspect(error));
  try {
    if (typeof error === 'object' && Object.prototype.toString.call(error) === '[object Error]') {
      const name = serializableErrorName(error);
      if (name !== undefined) {
        const serialized = v8.serialize({ constructor: name, properties: tryGetAllProperties(error) });
        return Buffer.concat([Buffer.from([kSerializedError]), serialized]);
      }
    }
  } catch { /* next form */ }
  try {
    if (error != null && kInspectCustom in error) return tagged(kCustomInspectedObject, serdesInspect(error));
  } catch { /* next form */ }
  try {
    return Buffer.concat([Buffer.from([kSerializedObject]), v8.serialize(error)]);
  } catch { /* next form */ }
  return tagged(kInspectedError, serdesInspect(error));
}

function deserializeError(error) {
  const v8 = require('v8');
  switch (error[0]) {
    case kSerializedError: {
      const { constructor, properties } = v8.deserialize(error.subarray(1));
      Object.defineProperty(properties, Symbol.toStringTag, {
        __proto__: null,
        value: { __proto__: null, value: 'Error', configurable: true },
        enumerable: true,
      });
      if ('cause' in properties && 'value' in properties.cause) {
        properties.cause.value = deserializeError(properties.cause.value);
      }
      return Object.create(serdesErrors[constructor].prototype, properties);
    }
    case kSerializedObject:
      return v8.deserialize(error.subarray(1));
    case kInspectedError:
      return error.toString('utf8', 1);
    case kInspectedSymbol: {
      const text = error.toString('utf8', 1);
      return Symbol.for(text.slice('Symbol('.length, -1));
    }
    case kCustomInspectedObject: {
      const text = error.toString('utf8', 1);
      return { __proto__: null, [kInspectCustom]: () => text };
    }
  }
  return undefined;
}

// An event of a file as the parent reads it back (only one with an error changes).
function acrossProcess(item) {
  const error = item.data?.details?.error;
  if (!error) return item;
  const v8 = require('v8');
  item.data.details.error = serializeError(error);
  let copy;
  try {
    copy = v8.deserialize(v8.serialize(item));
  } catch {
    return item;
  } finally {
    item.data.details.error = error;
  }
  copy.data.details.error = deserializeError(copy.data.details.error);
  return copy;
}

// ---- reporter stream ----------------------------------------------------------------------
// node's TestsStream without the stream: events queue up and are written by the reporter
// from a nextTick, i.e. once the microtask queue (where tests chain) has drained.
class TestsStream {
  constructor() {
    this.queue = [];
    this.ready = false;
    this.scheduled = false;
    this.ended = false;
    this.formatter = null;
    this.listeners = null;
    this.pending = '';
    this.out = [];
    this.endWritten = false;
    this.onEndWritten = null; // called once the end of the report is written
    this.forceExit = false; // --test-force-exit is ending the process with this report
  }

  on(type, fn) {
    (this.listeners || (this.listeners = new Map())).set(type, [...(this.listeners.get(type) || []), fn]);
    return this;
  }

  emitEvent(type, data) {
    if (type === 'test:fail' && !this.noExitCode && (data.todo === undefined || data.todo === false)) {
      process.exitCode = 1;
    }
    const ls = this.listeners && this.listeners.get(type);
    if (ls) for (let i = 0; i < ls.length; i++) ls[i](data);
    this.queue.push(type, data);
    this.schedule();
  }

  // Called from a microtask after the first test is declared (node sets its reporters up
  // asynchronously); output can start from then on.
  attach(formatter) {
    this.formatter = formatter;
    this.ready = true;
    this.startDelay = true;
    this.pending = formatter.begin();
    this.schedule();
  }

  schedule() {
    if (!this.ready || this.scheduled) return;
    this.scheduled = true;
    process.nextTick(this.flushTick());
  }

  // The tick that flushes: under --test node reports from its parent process, where the file's
  // stacks do not see it (loop.js's quiet ticks).
  flushTick() {
    if (this.flushBound === undefined) {
      this.flushBound = () => this.flush();
      if (fileRun !== null || runningFiles) require('internal/loop').markQuietTick(this.flushBound);
    }
    return this.flushBound;
  }

  flush() {
    this.scheduled = false;
    const f = this.formatter;
    // node's generator reporters write their first output a step after the pipe is set up
    // (the spec reporter, a Transform, at once): nextTicks queued before then (a warning the
    // first tests emit) are written first.
    if (this.startDelay) {
      this.startDelay = false;
      if (!f.isTransform) {
        this.scheduleStep();
        return;
      }
    }
    // One generator step per tick, as node's reporter pipeline takes them, while test code
    // that could interleave runs; otherwise, and for the spec reporter (a Transform in node),
    // all at once.
    if (f.chunks === undefined || !userCodeRunning()) {
      let out = this.pending + this.out.join('');
      this.pending = '';
      this.out = [];
      const q = this.queue;
      this.queue = [];
      // node's generator reporters (not the spec Transform) are a step behind when
      // --test-force-exit exits: the last event's output and the end's are never written.
      const cut = this.forceExit && this.ended && !f.isTransform;
      for (let i = 0; i < q.length; i += 2) {
        const text = f.event(q[i], q[i + 1]);
        if (!cut || i < q.length - 2) out += text;
      }
      if (this.ended && !this.endWritten) {
        this.endWritten = true;
        const end = f.end();
        if (!cut) out += end;
      }
      if (out !== '') (f.write || writeStdout)(out);
      if (this.endWritten) this.onEndWritten?.();
      return;
    }
    const write = f.write || writeStdout;
    if (this.pending !== '') {
      write(this.pending);
      this.pending = '';
    } else if (this.out.length > 0) {
      write(this.out.shift());
    } else if (this.queue.length > 0) {
      const out = f.chunks(this.queue.shift(), this.queue.shift());
      if (out.length > 0) {
        write(out[0]);
        for (let i = 1; i < out.length; i++) this.out.push(out[i]);
      }
    } else if (this.ended && !this.endWritten) {
      this.endWritten = true;
      const end = f.end();
      if (end !== '') write(end);
      this.onEndWritten?.();
    }
    if (this.pending !== '' || this.out.length > 0 || this.queue.length > 0 || (this.ended && !this.endWritten)) {
      this.scheduleStep();
    }
  }

  // A step is a tick and then microtasks; the next tick is queued from a microtask.
  scheduleStep() {
    this.scheduled = true;
    const next = this.flushTick();
    Promise.resolve().then(() => process.nextTick(next));
  }

  enqueue(nesting, loc, name) {
    this.emitEvent('test:enqueue', { __proto__: null, nesting, name, ...loc });
  }

  dequeue(nesting, loc, name) {
    this.emitEvent('test:dequeue', { __proto__: null, nesting, name, ...loc });
  }

  fail(nesting, loc, testNumber, name, details, directive) {
    this.emitEvent('test:fail', { __proto__: null, name, nesting, testNumber, details, ...loc, ...directive });
  }

  ok(nesting, loc, testNumber, name, details, directive) {
    this.emitEvent('test:pass', { __proto__: null, name, nesting, testNumber, details, ...loc, ...directive });
  }

  complete(nesting, loc, testNumber, name, details, directive) {
    this.emitEvent('test:complete', { __proto__: null, name, nesting, testNumber, details, ...loc, ...directive });
  }

  plan(nesting, loc, count) {
    this.emitEvent('test:plan', { __proto__: null, nesting, count, ...loc });
  }

  start(nesting, loc, name) {
    this.emitEvent('test:start', { __proto__: null, nesting, name, ...loc });
  }

  diagnostic(nesting, loc, message) {
    this.emitEvent('test:diagnostic', { __proto__: null, nesting, message, ...loc });
  }

  getSkip(reason = undefined) { return { __proto__: null, skip: reason ?? true }; }
  getTodo(reason = undefined) { return { __proto__: null, todo: reason ?? true }; }

  end() {
    this.ended = true;
    this.schedule();
  }
}

let stdio;
let directStdout = false; // --test captures process.stdout; the report goes around it
function writeStdout(s) {
  if (directStdout) {
    internalBinding('native').write(1, s);
    return;
  }
  stdio = stdio || require('internal/stdio');
  const target = stdio.pristine(1) ? stdio.consoleTarget(1) : process.stdout;
  if (typeof target === 'number') internalBinding('native').write(1, s);
  else target.write(s);
}

// ---- the test context given to test functions and hooks -------------------------------------
let current = null; // the test whose code is running synchronously
let acx = null; // the loop's async context, enabled when the first test runs
const kTestFrame = Symbol('test'); // the key of the owning test in an async-context frame
// err.stack read by user code while a test runs shows node's runner frames in place of this
// file's (the bootstrap's stack getter calls the hook); this file's own reads of a stack
// (ownStackRead > 0) get the raw frames, which it maps knowing the test.
let ownStackRead = 0;
function testFramesHook(lines) {
  if (ownStackRead > 0) return undefined;
  const test = runningTest();
  if (test === null) return undefined;
  const text = nodeFramesText(`Error\n${lines.join('\n')}`, test);
  return text === undefined ? undefined : text.split('\n').slice(1);
}
try { internalBinding('stackHooks').testFrames = testFramesHook; } catch { /* an older bootstrap */ }
function readOwnStack(read) {
  ownStackRead++;
  try { return read(); } finally { ownStackRead--; }
}

function getFullName(test) {
  let fullName = test.name;
  for (let t = test.parent; t !== t.root; t = t.parent) fullName = `${t.name} > ${fullName}`;
  return fullName;
}

class TestPlan {
  constructor(count) {
    validateUint32(count, 'count');
    this.expected = count;
    this.actual = 0;
  }

  check() {
    if (this.actual !== this.expected) {
      throw new TestFailure(`plan expected ${this.expected} assertions but received ${this.actual}`, kTestCodeFailure);
    }
  }
}

const assertMethods = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow',
  'equal', 'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'rejects', 'strictEqual', 'throws'];

class TestContext {
  #assert;
  #test;

  constructor(test) { this.#test = test; }
  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get fullName() { return getFullName(this.#test); }
  get error() { return this.#test.error; }
  get passed() { return this.#test.passed; }
  diagnostic(message) { this.#test.diagnostic(message); }

  plan(count) {
    if (this.#test.plan !== null) throw new TestFailure('cannot set plan more than once', kTestCodeFailure);
    this.#test.plan = new TestPlan(count);
  }

  get assert() {
    if (this.#assert === undefined) {
      const { plan } = this.#test;
      const assertMod = require('assert');
      const obj = { __proto__: null };
      this.#assert = obj;
      for (let i = 0; i < assertMethods.length; i++) {
        const method = assertMod[assertMethods[i]];
        obj[assertMethods[i]] = (...args) => {
          if (plan !== null) plan.actual++;
          return Reflect.apply(method, obj, args);
        };
      }
      obj.ok = (...args) => {
        if (plan !== null) plan.actual++;
        return Reflect.apply(assertMod.ok, obj, args);
      };
    }
    return this.#assert;
  }

  get mock() {
    this.#test.mock ??= new MockTracker();
    return this.#test.mock;
  }

  runOnly(value) { this.#test.runOnlySubtests = !!value; }
  skip(message) { this.#test.skip(message); }
  todo(message) { this.#test.todo(message); }

  test(name, options, fn) {
    const overrides = { __proto__: null, locErr: new Error() };
    const { plan } = this.#test;
    if (plan !== null) plan.actual++;
    const subtest = this.#test.createSubtest(Test, name, options, fn, overrides);
    subtest.startedBy = kStartedByContext;
    return subtest.start(); // node frame: context-test
  }

  before(fn, options) { this.#test.createHook('before', fn, { __proto__: null, ...options, hookType: 'before', locErr: new Error() }); }
  after(fn, options) { this.#test.createHook('after', fn, { __proto__: null, ...options, hookType: 'after', locErr: new Error() }); }
  beforeEach(fn, options) { this.#test.createHook('beforeEach', fn, { __proto__: null, ...options, hookType: 'beforeEach', locErr: new Error() }); }
  afterEach(fn, options) { this.#test.createHook('afterEach', fn, { __proto__: null, ...options, hookType: 'afterEach', locErr: new Error() }); }
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get fullName() { return getFullName(this.#suite); }
}

// ---- helpers -------------------------------------------------------------------------------
function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function runOnce(fn) {
  let called = false;
  let value;
  return function(...args) {
    if (!called) {
      called = true;
      value = Reflect.apply(fn, this, args); // node frame: run-once
    }
    return value;
  };
}

function createDeferredCallback() {
  let calledCount = 0;
  const { promise, resolve, reject } = deferred();
  const cb = (err) => {
    calledCount++;
    if (calledCount > 1) {
      if (calledCount === 2) {
        throw new TestFailure('callback invoked multiple times', kMultipleCallbackInvocations);
      }
      return;
    }
    if (err) return reject(err);
    resolve();
  };
  return { promise, cb };
}

function isPromise(v) {
  return v instanceof Promise;
}

// Resolves when the test is aborted; rejects with a timeout failure after `timeout` ms.
function stopTest(timeout, test) {
  const d = deferred();
  const onAbort = d.resolve;
  test.abortWaiters.push(onAbort);
  let promise = d.promise;
  let timer;
  if (timeout !== kDefaultTimeout) {
    timer = setTimeout(() => d.resolve(), timeout);
    timer.unref();
    promise = promise.then(() => {
      throw new TestFailure(`test timed out after ${timeout}ms`, kTestTimeoutFailure);
    });
  }
  promise.dispose = () => {
    const i = test.abortWaiters.indexOf(onAbort);
    if (i !== -1) test.abortWaiters.splice(i, 1);
    if (timer !== undefined) clearTimeout(timer);
  };
  return promise;
}

// ---- Test ------------------------------------------------------------------------------------
// ---- node's frames of a failing test -------------------------------------------------------
// A test's error shows the runner's frames below the test's own (TAP's `stack:`, spec's dump),
// which node prints as Test.run, Test.processPendingSubtests... (stable across runs). The
// engine names this file's frames `<main> (node:test:LINE:COL)`: the lines marked
// `// node frame: KEY` below are the call sites whose frames are node's; the chain is walked
// from the failing test up through the tests whose methods those frames are. Below a resumed
// async function V8 adds async frames the engine lacks: the ones this runner's awaits make
// (Test.run's await of the test fn, processPendingSubtests' of each run, Suite.run's
// Promise.all of its children) are added from how each test was started (startedBy).
const kStartedByPending = 'pending';
const kStartedByContext = 'context';
function startInSuite(subtest, index) {
  subtest.startedBy = index; // (Promise.all (index N), unless it is queued: then 'pending')
  return subtest.start(); // node frame: suite-start
}
const kTR = 'node:internal/test_runner/test';
const kPrim = 'node:internal/per_context/primordials';
let frameSites;
function frameSiteLines() {
  if (frameSites !== undefined) return frameSites;
  frameSites = new Map();
  let src;
  try { src = internalBinding('native').builtinSource('test'); } catch { /* none */ }
  if (typeof src !== 'string') return frameSites;
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const k = lines[i].lastIndexOf('// node frame: ');
    if (k >= 0) frameSites.set(i + 1, lines[i].slice(k + 15).trim());
  }
  return frameSites;
}
const className = (test) => (test === null || test === undefined ? 'Test' : test.constructor.name);
// The async frames below test `t`'s run, which its starter awaited.
function asyncTail(t, out, urlStyle) {
  for (let depth = 0; t && depth < 64; depth++) {
    if (t.startedBy === kStartedByPending) {
      out.push(`async ${className(t.parent)}.processPendingSubtests (${kTR}:526:7)`);
      return;
    }
    if (t.startedBy === kStartedByContext) {
      // (`await t.test(...)` in the parent's fn: where that await is)
      const at = awaitBefore(t.loc, urlStyle);
      if (at === undefined || t.parent === null) return;
      out.push(`async TestContext.${t.parent.fn?.name || '<anonymous>'} (${at})`,
        `async ${className(t.parent)}.run (${kTR}:797:9)`);
      t = t.parent;
      continue;
    }
    if (typeof t.hookType === 'string') {
      // (a hook's run, awaited by its owner's runHook, awaited by the test or suite run)
      const owner = t.parentTest ?? t.parent;
      if (!owner) return;
      out.push(`async ${className(owner)}.runHook (${kTR}:723:9)`);
      if (t.hookType === 'beforeEach' && owner.hookCaller) {
        t = owner.hookCaller;
        out.push(`async ${className(t)}.run (${kTR}:772:9)`);
        continue;
      }
      if (t.hookType === 'before' && className(owner) === 'Suite') {
        out.push(`async Suite.run (${kTR}:1129:7)`);
        t = owner;
        continue;
      }
      return;
    }
    if (typeof t.startedBy !== 'number') return;
    out.push(`async Promise.all (index ${t.startedBy})`, `async Suite.run (${kTR}:1135:7)`);
    t = t.parent;
  }
}
// The place of the `await` right before the call at `loc` (`await t.test(`), if there is one.
function awaitBefore(loc, urlStyle) {
  if (!loc || typeof loc.file !== 'string') return undefined;
  const text = lineOf(loc.file, loc.line);
  if (text === undefined) return undefined;
  const column = require('internal/errors').awaitColumnBefore(text, loc.column - 2);
  if (column === -1) return undefined;
  let file = loc.file;
  if (urlStyle) {
    try { file = require('url').pathToFileURL(file).href; } catch { /* keep */ }
  }
  return `${file}:${loc.line}:${column}`;
}
// Rewrites `err.stack`'s frames of this file as node's for an error test `test`'s fn threw.
function withNodeFrames(err, test) {
  if (err === null || typeof err !== 'object') return;
  let stack;
  try { stack = readOwnStack(() => err.stack); } catch { return; }
  if (typeof stack !== 'string') return;
  const text = nodeFramesText(stack, test);
  if (text === undefined) return;
  try {
    Object.defineProperty(err, 'stack', { __proto__: null, value: text, writable: true, configurable: true, enumerable: false });
  } catch { /* frozen: left as it is */ }
}
// A mock's call record's `stack` (an Error made as the call ends, under test `test`): its
// frames become node's when first read.
// The test whose code runs, synchronously or in a callback or continuation of it.
function runningTest() {
  if (current !== null || acx === null) return current;
  const frame = acx.get();
  return (frame instanceof Map && frame.get(kTestFrame)) || null;
}
function mockCallError(test) {
  const err = new Error(); // node frame: mock-error
  const set = (value) => {
    Object.defineProperty(err, 'stack', { __proto__: null, value, writable: true, configurable: true, enumerable: false });
  };
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    get() {
      let text = readOwnStack(() => baseStack.get.call(err));
      if (typeof text === 'string') text = nodeFramesText(text, test) ?? text;
      set(text);
      return text;
    },
    set,
    configurable: true,
    enumerable: false,
  });
  return err;
}
// Whether `frames` end in the test's fn resumed after an await (run from a microtask
// checkpoint, which node shows as processTicksAndRejections when it ran ticks first).
const kTicksFrame = 'process.processTicksAndRejections (node:internal/process/task_queues:95:5)';
function resumedTestFn(frames) {
  let k = frames.length - 1;
  if (k > 0 && frames[k] === kTicksFrame) k--;
  return k >= 0 && /^(?:async )?(?:Test|Suite)Context\.\S+ \(/.test(frames[k]);
}
// `stack` with node's frames in place of this file's (undefined: left as it is).
function nodeFramesText(stack, test) {
  const lines = stack.split('\n');
  // (the frames end the text: a message may quote another error's stack)
  let first = lines.length;
  while (first > 0 && lines[first - 1].startsWith('    at ')) first--;
  if (first === lines.length) return;
  const sites = frameSiteLines();
  const out = [];
  let cur = test;
  let endsAsync = false;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const m = /\(node:test:(\d+):\d+\)$/.exec(line);
    // (a --test file's child process: its main module's frames are the last)
    if (m !== null && sites.get(Number(m[1])) === 'file-main') break;
    if (m === null) {
      if (!line.startsWith('    at ')) return; // (not a plain frame list)
      out.push(line.slice(7));
      endsAsync = false;
      continue;
    }
    endsAsync = false;
    const site = sites.get(Number(m[1]));
    if (site === 'mock-error') continue;
    if (site === 'mock-apply' || site === 'mock-construct') {
      out.push(`Object.${site.slice(5)} (node:internal/test_runner/mock/mock:${site === 'mock-apply' ? '597' : '622'}:20)`);
      continue;
    }
    if (cur === null || cur === undefined) return;
    const cls = className(cur);
    switch (site) {
      case 'callUser': out.push(`${cls}.runInAsyncScope (node:async_hooks:206:9)`); break;
      case 'run': out.push(`${cls}.run (${kTR}:796:25)`); endsAsync = true; break;
      case 'run-cb': out.push(`${cls}.run (${kTR}:783:21)`); endsAsync = true; break;
      case 'start': out.push(`${cls}.start (${kTR}:702:17)`); break;
      case 'context-test':
        cur = cur.parent;
        out.push(`TestContext.test (${kTR}:292:20)`);
        break;
      case 'pending':
        cur = cur.parent;
        out.push(`${className(cur)}.processPendingSubtests (${kTR}:526:18)`);
        break;
      case 'postRun-pending': {
        const finished = cur?.lastPostRun;
        if (!finished) return;
        cur = finished;
        out.push(`${className(cur)}.postRun (${kTR}:889:19)`);
        break;
      }
      case 'run-postRun': out.push(`${cls}.run (${kTR}:835:12)`); endsAsync = true; break;
      case 'suite-postRun': out.push(`Suite.run (${kTR}:1150:10)`); endsAsync = true; break;
      case 'suite-start':
        cur = cur.parent;
        out.push(`${kTR}:1133:71`, `${kPrim}:482:82`, 'new Promise (<anonymous>)',
          `new SafePromise (${kPrim}:450:29)`, `${kPrim}:482:9`);
        break;
      case 'suite-all':
        out.push(`arrayToSafePromiseIterable (${kPrim}:479:5)`, `${kPrim}:496:21`, 'new Promise (<anonymous>)',
          `${kPrim}:495:3`, `Suite.run (${kTR}:1133:23)`);
        endsAsync = true;
        break;
      case 'suite-ctor': out.push(`new Suite (${kTR}:1087:26)`); break;
      case 'createSubtest':
        cur = cur.parent;
        out.push(`${className(cur)}.createSubtest (${kTR}:590:18)`);
        break;
      case 'harness-run': out.push('run (node:internal/test_runner/harness:265:28)'); break;
      case 'harness-test': out.push('test (node:internal/test_runner/harness:278:12)'); break;
      case 'hook-run': out.push(`TestHook.run (${kTR}:1041:18)`); break;
      case 'run-once':
        out.push(out[out.length - 1] === `TestHook.run (${kTR}:1041:18)` ? 'TestHook.run (node:internal/util:527:20)' : 'node:internal/util:527:20');
        break;
      case 'runHook':
        cur = cur.parentTest ?? cur.parent;
        out.push(`${className(cur)}.runHook (${kTR}:723:20)`);
        break;
      case 'run-beforeEach':
        cur = cur.hookCaller;
        out.push(`${className(cur)}.run (${kTR}:772:27)`);
        endsAsync = true;
        break;
      case 'afterEach-closure':
        cur = cur.hookCaller;
        out.push(`${kTR}:760:27`);
        break;
      case 'run-afterEach': out.push(`${cls}.run (${kTR}:803:13)`); endsAsync = true; break;
      case 'suite-before': out.push(`Suite.run (${kTR}:1129:18)`); endsAsync = true; break;
      case 'suite-after-closure': out.push(`${kTR}:1113:38`); break;
      case 'suite-after': out.push(`Suite.run (${kTR}:1136:13)`); endsAsync = true; break;
      case 'harness':
        out.push('node:internal/test_runner/harness:255:12');
        break;
      default: return; // (a site with no known frame: left as it is)
    }
  }
  const urlStyle = out.some((f) => f.includes('(file://'));
  if (endsAsync) asyncTail(cur, out, urlStyle);
  else if (cur && resumedTestFn(out)) {
    // (the async fn of the test, or of the parent whose `await t.test()` it ran from, resumed
    // after an await)
    out.push(`async ${className(cur)}.run (${kTR}:797:9)`);
    asyncTail(cur, out, urlStyle);
  }
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number' && limit >= 0 && out.length > limit) out.length = limit;
  return `${lines.slice(0, first).join('\n')}\n${out.map((f) => `    at ${f}`).join('\n')}`;
}

class Test {
  #reportedSubtest = false;

  constructor(options) {
    let { fn, name, parent, skip } = options;
    const { concurrency, only, timeout, todo, signal, plan, locErr } = options;
    // Like node's Test (an AsyncResource), its code runs in the async context it was made in.
    if (acx === null) acx = require('internal/loop').enableAsyncContext();
    this.asyncFrame = acx.get();

    if (typeof fn !== 'function') fn = noop;
    if (typeof name !== 'string' || name === '') name = fn.name || '<anonymous>';
    if (!(parent instanceof Test)) parent = null;

    if (parent === null) {
      this.concurrency = 1;
      this.nesting = 0;
      this.only = testOnlyFlag;
      this.reporter = options.isHook ? null : new TestsStream();
      this.runOnlySubtests = this.only;
      this.testNumber = 0;
      this.timeout = kDefaultTimeout;
      this.root = this;
      this.hooks = { __proto__: null, before: [], after: [], beforeEach: [], afterEach: [], ownAfterEachCount: 0 };
    } else {
      this.concurrency = parent.concurrency;
      this.nesting = parent.parent === null ? parent.nesting : parent.nesting + 1;
      this.only = only ?? !parent.runOnlySubtests;
      this.reporter = parent.reporter;
      this.runOnlySubtests = !this.only;
      this.testNumber = parent.subtests.length + 1;
      this.timeout = parent.timeout;
      this.root = parent.root;
      this.hooks = {
        __proto__: null,
        before: [],
        after: [],
        beforeEach: parent.hooks.beforeEach.slice(),
        afterEach: parent.hooks.afterEach.slice(),
        ownAfterEachCount: 0,
      };
    }

    switch (typeof concurrency) {
      case 'number':
        validateUint32(concurrency, 'options.concurrency', true);
        this.concurrency = concurrency;
        break;
      case 'boolean':
        if (concurrency) this.concurrency = parent === null ? 1 : Infinity;
        else this.concurrency = 1;
        break;
      default:
        if (concurrency != null) {
          throw new (codes().ERR_INVALID_ARG_TYPE)('options.concurrency', ['boolean', 'number'], concurrency);
        }
    }

    if (timeout != null && timeout !== Infinity) {
      validators().validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
      this.timeout = timeout;
    }

    this.name = name;
    this.parent = parent;

    if (namePatterns !== null && parent !== null && !options.isFile && !this.matchesTestNamePatterns(options.isHook)) {
      skip = 'test name does not match pattern';
    }
    if (testOnlyFlag && !this.only && !options.isFile) skip = '\'only\' option not set';
    if (skip) fn = noop;

    if (signal !== undefined) validators().validateAbortSignal(signal, 'options.signal');
    this.aborted = false;
    this.abortWaiters = [];
    this.ac = null;
    this.outerSignal = signal;
    if (signal) {
      this.abortHandler = () => this.onAbort();
      signal.addEventListener('abort', this.abortHandler);
    }

    this.fn = fn;
    this.harness = null;
    this.mock = null;
    this.plan = null;
    this.expectedAssertions = plan;
    this.cancelled = false;
    this.skipped = skip !== undefined && skip !== false;
    this.isTodo = todo !== undefined && todo !== false;
    this.startTime = null;
    this.endTime = null;
    this.passed = false;
    this.error = null;
    this.diagnostics = [];
    this.message = typeof skip === 'string' ? skip : typeof todo === 'string' ? todo : null;
    this.activeSubtests = 0;
    this.pendingSubtests = [];
    this.readySubtests = new Map();
    this.subtests = [];
    this.waitingOn = 0;
    this.finished = false;
    this.locErr = locErr;
    this.locCache = null;

    if (!testOnlyFlag && (only || this.runOnlySubtests)) {
      this.diagnostic('\'only\' and \'runOnly\' require the --test-only command-line option.');
    }
  }

  // Hooks always match; a test matches when its name or an ancestor's does.
  matchesTestNamePatterns(isHook) {
    if (isHook) return true;
    for (let t = this; t !== null; t = t.parent) {
      for (let i = 0; i < namePatterns.length; i++) {
        if (namePatterns[i].exec(t.name) !== null) return true;
      }
    }
    return false;
  }

  // The location in events other than test:fail: only run()'s stream and custom reporters
  // get it (the built-in reporters do not print it, and it costs a stack walk per test).
  get eventLoc() { return (fileHarness !== null && fileHarness.api) || customReporterInUse() ? this.loc : undefined; }

  // { line, column, file } of the call that declared this test, computed on first use.
  get loc() {
    if (this.locCache === null) this.locCache = this.locErr === undefined ? undefined : resolveLocation(this.locErr);
    return this.locCache;
  }

  get signal() {
    if (this.ac === null) {
      this.ac = new AbortController();
      if (this.aborted) this.ac.abort();
    }
    return this.ac.signal;
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    const waiters = this.abortWaiters;
    this.abortWaiters = [];
    for (let i = 0; i < waiters.length; i++) waiters[i]();
    if (this.ac !== null) this.ac.abort();
  }

  // Runs user code with this test as the current one (node: runInAsyncScope). The test also
  // rides in the async context, so the callbacks and promises its code schedules carry it: an
  // error they raise later is charged to it, as node's async hooks do.
  callUser(fn, thisArg, args) {
    const prev = current;
    current = this;
    const prevFrame = acx.get();
    const frame = new Map(this.asyncFrame);
    frame.set(kTestFrame, this);
    acx.set(frame);
    try {
      return Reflect.apply(fn, thisArg, args); // node frame: callUser
    } finally {
      current = prev;
      acx.set(prevFrame);
    }
  }

  hasConcurrency() { return this.concurrency > this.activeSubtests; }

  addPendingSubtest(d) { this.pendingSubtests.push(d); }

  async processPendingSubtests() {
    if (this.root.dead) return;
    while (this.pendingSubtests.length > 0 && this.hasConcurrency()) {
      const d = this.pendingSubtests.shift();
      this.reporter.dequeue(d.test.nesting, d.test.eventLoc, d.test.name);
      d.test.startedBy = kStartedByPending;
      await d.test.run(); // node frame: pending
      d.resolve();
    }
  }

  addReadySubtest(subtest) { this.readySubtests.set(subtest.testNumber, subtest); }

  processReadySubtestRange(canSend) {
    const start = this.waitingOn;
    const end = start + this.readySubtests.size;
    for (let i = start; i < end; i++) {
      const subtest = this.readySubtests.get(i);
      if (subtest === undefined) return;
      canSend = canSend || this.isClearToSend();
      if (!canSend) return;
      subtest.finalize();
      this.readySubtests.delete(i);
    }
  }

  createSubtest(Factory, name, options, fn, overrides) {
    if (typeof name === 'function') fn = name;
    else if (name !== null && typeof name === 'object') { fn = options; options = name; } else if (typeof options === 'function') fn = options;
    if (options === null || typeof options !== 'object') options = {};

    let parent = this;
    const preventAddingSubtests = this.finished || this.buildPhaseFinished;
    if (preventAddingSubtests) {
      while (parent.parent !== null) parent = parent.parent;
    }

    const test = new Factory({ __proto__: null, fn, name, parent, ...options, ...overrides }); // node frame: createSubtest
    if (parent.waitingOn === 0) parent.waitingOn = test.testNumber;
    if (preventAddingSubtests) {
      test.fail(new TestFailure('test could not be started because its parent finished', kParentAlreadyFinished));
    }
    parent.subtests.push(test);
    return test;
  }

  cancel(error) {
    if (this.endTime !== null || this.error !== null) return;
    this.fail(error || new TestFailure('test did not finish before its parent and was cancelled', kCancelledByParent));
    this.cancelled = true;
    this.abort();
  }

  createHook(name, fn, options) {
    validators().validateOneOf(name, 'hook name', kHookNames);
    const hook = new TestHook(fn, options);
    if (name === 'before' || name === 'after') hook.run = runOnce(hook.run);
    if (name === 'before' && this.startTime !== null) {
      hook.run(this.getRunArgs()).then(() => {
        if (hook.error != null) this.fail(hook.error);
      });
    }
    if (name === 'afterEach') {
      this.hooks.afterEach.splice(this.hooks.ownAfterEachCount, 0, hook);
      this.hooks.ownAfterEachCount++;
    } else {
      this.hooks[name].push(hook);
    }
    return hook;
  }

  fail(err) {
    if (this.error !== null) return;
    this.passed = false;
    this.error = err;
  }

  pass() {
    if (this.error !== null) return;
    this.passed = true;
  }

  skip(message) {
    this.skipped = true;
    this.message = message;
  }

  todo(message) {
    this.isTodo = true;
    this.message = message;
  }

  diagnostic(message) { this.diagnostics.push(message); }

  start() {
    this.reporter.enqueue(this.nesting, this.eventLoc, this.name);
    if (!this.root.harness.allowTestsToRun || !this.parent.hasConcurrency()) {
      const d = deferred();
      d.test = this;
      this.parent.addPendingSubtest(d);
      return d.promise;
    }
    this.reporter.dequeue(this.nesting, this.eventLoc, this.name);
    return this.run(); // node frame: start
  }

  onAbort() {
    const error = this.outerSignal?.reason || new (require('internal/errors').AbortError)('The test was aborted');
    error.failureType = kAborted;
    this.cancel(error);
  }

  shouldAbort() {
    if (this.aborted || this.outerSignal?.aborted) {
      this.onAbort();
      return true;
    }
    return false;
  }

  getRunArgs() {
    const ctx = new TestContext(this);
    return { __proto__: null, ctx, args: [ctx] };
  }

  async runHook(hook, args) {
    try {
      const hooks = this.hooks[hook];
      for (let i = 0; i < hooks.length; ++i) {
        const h = hooks[i];
        await h.run(args); // node frame: runHook
        if (h.error) throw h.error;
      }
    } catch (err) {
      const error = new TestFailure(`failed running ${hook} hook`, kHookFailure);
      error.cause = isTestFailureError(err) ? err.cause : err;
      throw error;
    }
  }

  async run() {
    running.push(this); // (userCodeRunning, uncaught-error attribution)
    try {
      if (this.parent !== null) this.parent.activeSubtests++;
      this.startTime ??= hrtime();

      if (this.shouldAbort()) {
        this.postRun();
        return;
      }

      const hookArgs = this.getRunArgs();
      const { args, ctx } = hookArgs;

      if (this.plan === null && this.expectedAssertions) ctx.plan(this.expectedAssertions);

      const after = async () => {
        if (this.hooks.after.length > 0) await this.runHook('after', hookArgs);
      };
      const afterEach = runOnce(async () => {
        if (this.parent?.hooks.afterEach.length > 0 && !this.skipped) {
          this.parent.hookCaller = this;
          await this.parent.runHook('afterEach', hookArgs); // node frame: afterEach-closure
        }
      });

      let stopPromise;
      try {
        if (this.parent?.hooks.before.length > 0) {
          await this.parent.runHook('before', this.parent.getRunArgs());
        }
        if (this.parent?.hooks.beforeEach.length > 0 && !this.skipped) {
          this.parent.hookCaller = this;
          await this.parent.runHook('beforeEach', hookArgs); // node frame: run-beforeEach
        }
        stopPromise = stopTest(this.timeout, this);
        const runArgs = args.slice();

        if (this.fn.length === runArgs.length + 1) {
          // An error-first callback test.
          const { promise, cb } = createDeferredCallback();
          runArgs.push(cb);
          const ret = this.callUser(this.fn, ctx, runArgs); // node frame: run-cb
          if (isPromise(ret)) {
            this.fail(new TestFailure('passed a callback but also returned a Promise', kCallbackAndPromisePresent));
            await Promise.race([ret, stopPromise]);
          } else {
            await Promise.race([Promise.resolve(promise), stopPromise]);
          }
        } else {
          const promise = this.callUser(this.fn, ctx, runArgs); // node frame: run
          await Promise.race([Promise.resolve(promise), stopPromise]);
        }

        this.shouldAbort();
        this.plan?.check();
        this.pass();
        await afterEach(); // node frame: run-afterEach
        await after();
      } catch (err) {
        if (isTestFailureError(err)) {
          if (err.failureType === kTestTimeoutFailure) this.cancel(err);
          else this.fail(err);
        } else {
          withNodeFrames(err, this);
          // (assert.throws' error that failed validation, which the report shows too)
          if (err?.code === 'ERR_ASSERTION' && err.actual instanceof Error) withNodeFrames(err.actual, this);
          this.fail(new TestFailure(err, kTestCodeFailure));
        }
        try { await afterEach(); } catch { /* the test is already failing */ }
        try { await after(); } catch { /* ignored */ }
      } finally {
        stopPromise?.dispose();
        if (this.parent !== null) this.abort();
      }

      if (this.parent !== null || typeof this.hookType === 'string') {
        this.postRun(); // node frame: run-postRun
      } else if (forceExitFlag && !this.harness.forceExiting) {
        // The root's tests and hooks are over: --test-force-exit ends the process once the
        // report is out, whatever handles are left (a file's run here ends as its child would).
        this.harness.forceExiting = true;
        this.reporter.forceExit = true;
        const run = fileRun; // (this is a file's tree when a file runs here)
        this.reporter.onEndWritten = () => forceExit(run);
        this.harness.teardown();
      }
    } finally {
      untrack(this);
    }
  }

  postRun(pendingSubtestsError) {
    this.endTime ??= hrtime();
    this.startTime ??= this.endTime;

    this.pendingSubtests = [];
    let failed = 0;
    for (let i = 0; i < this.subtests.length; i++) {
      const subtest = this.subtests[i];
      if (!subtest.finished) {
        subtest.cancel(pendingSubtestsError);
        subtest.postRun(pendingSubtestsError);
      }
      if (!subtest.passed && !subtest.isTodo) failed++;
    }

    if ((this.passed || this.parent === null) && failed > 0) {
      this.fail(new TestFailure(`${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed));
    }

    if (this.abortHandler !== undefined) this.outerSignal.removeEventListener('abort', this.abortHandler);
    this.mock?.reset();

    if (this.parent !== null) {
      const report = this.getReportDetails();
      report.details.passed = this.passed;
      this.reporter.complete(this.nesting, this.eventLoc, this.testNumber, this.name, report.details, report.directive);

      this.parent.activeSubtests--;
      this.parent.addReadySubtest(this);
      this.parent.processReadySubtestRange(false);
      this.parent.lastPostRun = this;
      this.parent.processPendingSubtests(); // node frame: postRun-pending

      if (this.parent === this.root && this.root.activeSubtests === 0 &&
          this.root.pendingSubtests.length === 0 && this.root.readySubtests.size === 0) {
        this.root.run();
      }
    } else if (!this.reported) {
      const { diagnostics, harness, nesting, reporter } = this;
      this.reported = true;
      reporter.plan(nesting, undefined, harness.counters.topLevel);
      for (let i = 0; i < diagnostics.length; i++) reporter.diagnostic(nesting, undefined, diagnostics[i]);
      const c = harness.counters;
      reporter.diagnostic(nesting, undefined, `tests ${c.all}`);
      reporter.diagnostic(nesting, undefined, `suites ${c.suites}`);
      reporter.diagnostic(nesting, undefined, `pass ${c.passed}`);
      reporter.diagnostic(nesting, undefined, `fail ${c.failed}`);
      reporter.diagnostic(nesting, undefined, `cancelled ${c.cancelled}`);
      reporter.diagnostic(nesting, undefined, `skipped ${c.skipped}`);
      reporter.diagnostic(nesting, undefined, `todo ${c.todo}`);
      reporter.diagnostic(nesting, undefined, `duration_ms ${this.duration()}`);
      reporter.end();
    }
  }

  isClearToSend() {
    return this.parent === null ||
      (this.parent.waitingOn === this.testNumber && this.parent.isClearToSend());
  }

  finalize() {
    this.processReadySubtestRange(true);
    this.report();
    this.parent.waitingOn++;
    this.finished = true;
  }

  duration() {
    return Number(this.endTime - this.startTime) / 1e6;
  }

  getReportDetails() {
    let directive;
    const details = { __proto__: null, duration_ms: this.duration() };
    if (this.skipped) directive = this.reporter.getSkip(this.message);
    else if (this.isTodo) directive = this.reporter.getTodo(this.message);
    if (this.reportedType) details.type = this.reportedType;
    if (!this.passed) details.error = this.error;
    return { __proto__: null, details, directive };
  }

  report() {
    countCompletedTest(this);
    if (this.subtests.length > 0) {
      this.reporter.plan(this.subtests[0].nesting, this.eventLoc, this.subtests.length);
    } else {
      this.reportStarted();
    }
    const report = this.getReportDetails();
    if (this.passed) {
      this.reporter.ok(this.nesting, this.eventLoc, this.testNumber, this.name, report.details, report.directive);
    } else {
      this.reporter.fail(this.nesting, this.loc, this.testNumber, this.name, report.details, report.directive);
    }
    for (let i = 0; i < this.diagnostics.length; i++) {
      this.reporter.diagnostic(this.nesting, this.eventLoc, this.diagnostics[i]);
    }
  }

  reportStarted() {
    if (this.#reportedSubtest || this.parent === null) return;
    this.#reportedSubtest = true;
    this.parent.reportStarted();
    this.reporter.start(this.nesting, this.eventLoc, this.name);
  }
}

function countCompletedTest(test) {
  const c = test.root.harness.counters;
  if (test.nesting === 0) c.topLevel++;
  if (test.reportedType === 'suite') {
    c.suites++;
    return;
  }
  if (test.skipped) c.skipped++;
  else if (test.isTodo) c.todo++;
  else if (test.cancelled) c.cancelled++;
  else if (!test.passed) c.failed++;
  else c.passed++;
  c.all++;
}

class TestHook extends Test {
  #args;
  constructor(fn, options) {
    if (options === null || typeof options !== 'object') options = {};
    const { locErr, timeout, signal } = options;
    super({ __proto__: null, fn, locErr, timeout, signal, isHook: true });
    this.parentTest = options.parent ?? null;
    this.hookType = options.hookType;
  }

  run(args) {
    if (this.error && !this.outerSignal?.aborted) {
      this.passed = false;
      this.error = null;
      this.abort();
      this.aborted = false;
      this.ac = null;
    }
    this.#args = args;
    return super.run(); // node frame: hook-run
  }

  getRunArgs() { return this.#args; }

  postRun() {
    const { error, parentTest: parent } = this;
    if (error && parent !== null && parent === parent.root && this.hookType === 'after') {
      if (isTestFailureError(error)) error.failureType = kHookFailure;
      this.endTime ??= hrtime();
      const loc = this.loc;
      parent.reporter.fail(0, loc, parent.subtests.length + 1, loc?.file, {
        __proto__: null,
        duration_ms: this.duration(),
        error,
      }, undefined);
    }
  }
}

class Suite extends Test {
  constructor(options) {
    super(options);
    this.reportedType = 'suite';
    // A suite runs its body even when its name does not match: its tests are filtered.
    if (namePatterns !== null && !options.skip) {
      this.fn = options.fn || this.fn;
      this.skipped = false;
    }
    this.runOnlySubtests = testOnlyFlag;
    try {
      const { ctx, args } = this.getRunArgs();
      const result = this.callUser(this.fn, ctx, args); // node frame: suite-ctor
      this.buildSuite = Promise.resolve(result).then(undefined, (err) => {
        this.fail(new TestFailure(err, kTestCodeFailure));
      }).finally(() => {
        this.buildPhaseFinished = true;
      });
    } catch (err) {
      withNodeFrames(err, this);
      this.fail(new TestFailure(err, kTestCodeFailure));
      this.buildPhaseFinished = true;
    }
    this.fn = () => {};
  }

  getRunArgs() {
    const ctx = new SuiteContext(this);
    return { __proto__: null, ctx, args: [ctx] };
  }

  async run() {
    running.push(this); // (userCodeRunning, uncaught-error attribution)
    try {
      const hookArgs = this.getRunArgs();
      let stopPromise;
      const after = runOnce(() => this.runHook('after', hookArgs)); // node frame: suite-after-closure
      try {
        this.parent.activeSubtests++;
        await this.buildSuite;
        this.startTime = hrtime();

        if (this.shouldAbort()) {
          this.subtests = [];
          this.postRun();
          return;
        }

        if (this.parent.hooks.before.length > 0) {
          await this.parent.runHook('before', this.parent.getRunArgs());
        }
        await this.runHook('before', hookArgs); // node frame: suite-before

        stopPromise = stopTest(this.timeout, this);
        const subtests = this.skipped || this.error ? [] : this.subtests;
        const promise = Promise.all(subtests.map(startInSuite)); // node frame: suite-all
        await Promise.race([promise, stopPromise]);
        await after(); // node frame: suite-after
        this.pass();
      } catch (err) {
        try { await after(); } catch { /* the suite is already failing */ }
        if (isTestFailureError(err)) this.fail(err);
        else this.fail(new TestFailure(err, kTestCodeFailure));
      } finally {
        stopPromise?.dispose();
      }
      this.postRun(); // node frame: suite-postRun
    } finally {
      untrack(this);
    }
  }
}

// ---- harness ---------------------------------------------------------------------------------
let globalRoot;
let reportersSetup;
// While `--test` runs a file: { file, fileTest, done(), ... } (see runFiles).
let fileRun = null;

function relativeLoc(loc) {
  const path = require('path');
  return `${path.relative(process.cwd(), loc.file)}:${loc.line}:${loc.column}`;
}

// Tests whose run() is in progress, innermost last (for attributing uncaught errors).
const running = [];

// Whether a test or hook (not a root or a --test file) is in progress.
function userCodeRunning() {
  for (let i = 0; i < running.length; i++) {
    const t = running[i];
    if ((t.parent !== null || t.hookType !== undefined) && !(t instanceof FileTest)) return true;
  }
  return false;
}
// Test.run and Suite.run add themselves on entry (inline, as an extra frame would push the
// caller's out of a failure's stack within Error.stackTraceLimit) and leave here.
function untrack(test) {
  const i = running.lastIndexOf(test);
  if (i !== -1) running.splice(i, 1);
}

// node's harness rethrows what is thrown before its tests start from its own
// uncaughtException handler: the report points at that rethrow, and the process exits with 7
// without an 'exit' event.
function harnessRethrowText(err) {
  const { inspect } = require('internal/inspect');
  const head = 'node:internal/test_runner/harness:46\n      throw err;\n      ^\n';
  if (err instanceof Error || (err && typeof err === 'object' && typeof err.stack === 'string')) {
    let body;
    try { body = inspect(err); } catch { body = String(err.stack); }
    return `${head}\n${body}`;
  }
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    return `\n${head}${String(err)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)`;
  }
  let shown;
  try { shown = inspect(err); } catch { shown = 'Uncaught exception'; }
  return `\n${head}${shown}`;
}
function harnessRethrow(err) {
  require('fs').writeSync(2, `${harnessRethrowText(err)}\n\nNode.js ${process.version}\n`);
  process.reallyExit(7);
}

function createProcessEventHandler(eventName, rootTest) {
  return (err) => {
    if (!rootTest.harness.bootstrapComplete) return harnessRethrow(err);
    // The test whose code scheduled the failing callback (node: the test of the async
    // context). An uncaught exception always has its callback's context; a rejection is
    // processed after the microtasks, in whatever context ran last, so for it the innermost
    // test of this tree still running stands in when the context names none.
    const frame = acx === null ? undefined : acx.get();
    const owner = frame === undefined ? undefined : frame.get(kTestFrame);
    let test = owner !== undefined && owner.root === rootTest ? owner : current;
    if (test !== null && test.root !== rootTest) test = null;
    if (test === null && eventName === 'unhandledRejection') {
      for (let i = running.length - 1; i >= 0; i--) {
        if (running[i].root === rootTest && running[i] !== rootTest) {
          test = running[i];
          break;
        }
      }
    }
    chargeError(rootTest, eventName, test, err);
  };
}

// node's harness for an error raised outside a test's own code: the test it is charged to
// fails, or when that test is over (or none is) it becomes a diagnostic of the run.
function chargeError(rootTest, eventName, test, err) {
  if (!test || test.finished || test.hookType) {
    let msg;
    if (test) {
      const name = test.hookType ? `Test hook "${test.hookType}"` : `Test "${test.name}"`;
      const loc = test.loc;
      const locInfo = loc ? ` at ${relativeLoc(loc)}` : '';
      msg = `Error: ${name}${locInfo} generated asynchronous activity after the test ended. ` +
        `This activity created the error "${err}" and would have caused the test to fail, but ` +
        `instead triggered an ${eventName} event.`;
    } else {
      msg = 'Error: A resource generated asynchronous activity after the test ended. This ' +
        `activity created the error "${err}" which triggered an ${eventName} event, caught by ` +
        'the test runner.';
    }
    rootTest.diagnostic(msg);
    process.exitCode = 1;
    // A run's own root (not the tree of the file running here) sets the exit code of node's
    // parent process, which outlives the file's.
    if (fileRun !== null && rootTest !== fileRun.root) runnerFailed = true;
    return;
  }
  withNodeFrames(err, test);
  test.fail(new TestFailure(err, eventName));
  test.abort();
}

// Installs the process hooks (unless `--test` routes them here itself) and the harness.
function setup(root, ownProcessHooks) {
  const exceptionHandler = createProcessEventHandler('uncaughtException', root);
  const rejectionHandler = createProcessEventHandler('unhandledRejection', root);
  const exitHandler = async () => {
    let awaited = false;
    if (root.subtests.length === 0 && (root.hooks.before.length > 0 || root.hooks.after.length > 0)) {
      awaited = true;
      await root.run();
    }
    const cancelled = new TestFailure('Promise resolution is still pending but the event loop has already resolved',
      kCancelledByParent);
    // node's ERR_TEST_FAILURE hides only node:internal frames: made in the 'beforeExit' listener,
    // its stack keeps the emit that called it (none after an await).
    if (!awaited) cancelled.stack += '\n    at process.emit (node:events:524:28)';
    root.postRun(cancelled);
    if (ownProcessHooks) {
      process.removeListener('uncaughtException', exceptionHandler);
      process.removeListener('unhandledRejection', rejectionHandler);
      process.removeListener('beforeExit', exitHandler);
    }
  };
  if (ownProcessHooks) {
    process.on('uncaughtException', exceptionHandler);
    process.on('unhandledRejection', rejectionHandler);
    process.on('beforeExit', exitHandler);
  }

  root.harness = {
    __proto__: null,
    allowTestsToRun: false,
    bootstrapComplete: false,
    counters: {
      __proto__: null, all: 0, failed: 0, passed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0, suites: 0,
    },
    exceptionHandler,
    rejectionHandler,
    teardown: exitHandler,
  };
  root.startTime = hrtime();
  return root;
}

const kBuiltinReporters = ['spec', 'tap', 'dot', 'junit', 'lcov'];
let customReporter;
function customReporterInUse() {
  if (customReporter === undefined) {
    customReporter = reporterOptions.some(({ 0: name }) => name !== undefined && !kBuiltinReporters.includes(name));
  }
  return customReporter;
}
function writeStderr(s) {
  if (directStdout) internalBinding('native').write(2, s);
  else process.stderr.write(s);
}

function formatterFor(root) {
  const formatters = reporterOptions.map(({ 0: name, 1: dest }) => reporterFormatter(name, dest));
  return formatters.length === 1 ? formatters[0] : teeFormatter(formatters);
}

function reporterFormatter(name, dest) {
  const { createFormatter } = require('test/reporters')[Symbol.for('rjs.test.formatters')];
  if (name !== undefined && !kBuiltinReporters.includes(name)) return customReporterSink(name, dest);
  const f = createFormatter(name ?? (require('internal/stdio').isTTY(1) ? 'spec' : 'tap'));
  if (dest === 'stderr') {
    f.write = writeStderr;
  } else if (dest !== 'stdout') {
    const fs = require('fs');
    const file = require('path').resolve(dest);
    fs.writeFileSync(file, '');
    f.write = (s) => fs.appendFileSync(file, s);
  }
  return f;
}

// Several reporters (node pipes the events to each): the first one writing to stdout (else the
// first) is stepped by the TestsStream; the others write each event's output as it is taken.
function teeFormatter(formatters) {
  const lead = formatters.find((f) => f.write === undefined) ?? formatters[0];
  const others = formatters.filter((f) => f !== lead);
  const toOthers = (fn) => {
    for (let i = 0; i < others.length; i++) {
      const out = fn(others[i]);
      if (out !== '') (others[i].write || writeStdout)(out);
    }
  };
  const tee = {
    __proto__: null,
    write: lead.write,
    isTransform: lead.isTransform,
    begin() { toOthers((f) => f.begin()); return lead.begin(); },
    event(type, data) { toOthers((f) => f.event(type, data)); return lead.event(type, data); },
    end() { toOthers((f) => f.end()); return lead.end(); },
  };
  if (lead.chunks !== undefined) {
    tee.chunks = (type, data) => { toOthers((f) => f.event(type, data)); return lead.chunks(type, data); };
  }
  return tee;
}

// --test-reporter=<module>: the module (CommonJS or ES, resolved from the working directory as
// node's import() of it) gives an async generator function or a stream (class or instance)
// that the events are composed onto; what it yields goes to the destination.
function customReporterSink(name, dest) {
  const stream = new (testsStreamClass())();
  const { Writable } = require('stream');
  let destination;
  if (dest === 'stdout' || dest === 'stderr') {
    const write = dest === 'stdout' ? writeStdout : writeStderr;
    destination = new Writable({
      __proto__: null,
      write(chunk, encoding, cb) { write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()); cb(); },
    });
  } else {
    destination = require('fs').createWriteStream(dest);
  }
  const path = require('path');
  let specifier = name;
  if (name.startsWith('.') || path.isAbsolute(name)) {
    specifier = require('url').pathToFileURL(path.resolve(name)).href;
  } else if (!/^[a-z][a-z0-9+.-]*:/i.test(name)) {
    specifier = require('module').createRequire(path.join(process.cwd(), 'noop.js')).resolve(name);
  }
  import(specifier).then((mod) => {
    let reporter = mod;
    if (reporter?.default) reporter = reporter.default;
    if (reporter?.prototype && Object.getOwnPropertyDescriptor(reporter.prototype, 'constructor')) {
      reporter = new reporter();
    }
    if (!reporter) throw new (codes().ERR_INVALID_ARG_VALUE)('Reporter', name, 'is not a valid reporter');
    stream.compose(reporter).pipe(destination);
  }).catch(harnessRethrow); // node's harness rethrows a reporter that cannot load (exit 7)
  return {
    __proto__: null,
    begin() { return ''; },
    event(type, data) {
      stream.push({ type, data });
      return '';
    },
    end() {
      stream.push(null);
      return '';
    },
  };
}

function getGlobalRoot() {
  if (!globalRoot) {
    const run = fileRun;
    const root = globalRoot = setup(new Test({ __proto__: null, name: '<root>' }), run === null);
    // node sets its reporters up in an async function (getReportersMap's Promise.all): the
    // harness is ready, and the first test runs, 5 microtask ticks after the first test()
    // call. The two empty steps keep that order against a script's own promises (an ES
    // module's synchronous throw comes before it: node's harness rethrows it, exit 7).
    reportersSetup = Promise.resolve().then().then().then(() => {
      // Under --test a file's events go to its FileTest, as a child process's would.
      root.reporter.attach(run === null ? formatterFor(root) : run.forwarder);
    });
  }
  return globalRoot;
}

async function startSubtest(subtest) {
  if (reportersSetup) {
    await reportersSetup;
    reportersSetup = undefined;
  }
  const root = subtest.root;
  if (!root.harness.bootstrapComplete) {
    root.harness.bootstrapComplete = true;
    queueMicrotask(() => {
      if (root.dead) return;
      root.harness.allowTestsToRun = true;
      root.processPendingSubtests(); // node frame: harness
    });
  }
  await subtest.start();
}

// The test whose code is running, synchronously or in a callback or continuation it scheduled
// (node: the test resource of the current async context), else the root.
function currentParent() {
  if (current !== null) return current;
  const frame = acx === null ? undefined : acx.get();
  const owner = frame === undefined ? undefined : frame.get(kTestFrame);
  if (owner !== undefined && owner.root === globalRoot && !owner.root.dead) return owner;
  return getGlobalRoot();
}

function runInParentContext(Factory) {
  function run(name, options, fn, overrides) {
    const parent = currentParent();
    const subtest = parent.createSubtest(Factory, name, options, fn, overrides); // node frame: harness-run
    if (!(parent instanceof Suite)) return startSubtest(subtest);
    return Promise.resolve();
  }

  const test = (name, options, fn) => run(name, options, fn, { __proto__: null, locErr: new Error() }); // node frame: harness-test
  for (const keyword of ['skip', 'todo', 'only']) {
    test[keyword] = (name, options, fn) => run(name, options, fn, { __proto__: null, [keyword]: true, locErr: new Error() });
  }
  return test;
}

function hook(type) {
  return (fn, options) => {
    const parent = currentParent();
    parent.createHook(type, fn, { __proto__: null, ...options, parent, hookType: type, locErr: new Error() });
  };
}

// ---- --test: test files one after another in this process ----------------------------------
// node runs each file in a child process and re-reports its events under a FileTest; here a
// file runs in this process with a fresh CommonJS cache and its own root, its stdout/stderr
// writes captured as test:stdout/test:stderr items, and it is over when the loop drains
// ('beforeExit'), as the child would exit then.
const kTestFilePattern = /((^test(-.+)?)|(.+[.\-_]test))\.[cm]?js$/;
const kSupportedFileExtensions = /\.[cm]?js$/;
const kDiagnosticsFilterArgs = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo', 'duration_ms'];
const kCanceledTests = new Set([kCancelledByParent, kAborted, kTestTimeoutFailure]);

function createTestFileList() {
  const fs = require('fs');
  const path = require('path');
  const testPaths = process.argv.length > 1 ? process.argv.slice(1) : [process.cwd()];
  const testFiles = new Set();
  const processPath = (p, options) => {
    const stats = fs.statSync(p);
    if (stats.isFile()) {
      if (options.userSupplied || (options.underTestDir && kSupportedFileExtensions.test(p)) ||
          kTestFilePattern.test(path.basename(p))) {
        testFiles.add(p);
      }
    } else if (stats.isDirectory()) {
      const name = path.basename(p);
      if (!options.userSupplied && name === 'node_modules') return;
      const { underTestDir } = options;
      const entries = fs.readdirSync(p);
      if (name === 'test') options.underTestDir = true;
      options.userSupplied = false;
      for (let i = 0; i < entries.length; i++) processPath(path.join(p, entries[i]), options);
      options.underTestDir = underTestDir;
    }
  };
  try {
    for (let i = 0; i < testPaths.length; i++) {
      processPath(path.resolve(testPaths[i]), { __proto__: null, userSupplied: true });
    }
  } catch (err) {
    if (err?.code === 'ENOENT') {
      console.error(`Could not find '${err.path}'`);
      process.exit(1);
    }
    throw err;
  }
  return Array.from(testFiles).sort();
}

class FileTest extends Test {
  #reportBuffer = [];
  #reportedChildren = 0;

  constructor(options) {
    super(options);
    this.failedSubtests = false;
    this.locCache = { __proto__: null, line: 1, column: 1, file: require('path').resolve(this.name) };
    this.fileRun = null; // the file's run here (runFileInProcess)
  }

  // node kills the file's child process when its test is aborted (timed out, or run()'s signal):
  // the file's run ends without its 'exit' listeners, and what it does later has no effect.
  abort() {
    super.abort();
    this.fileRun?.done(1, true);
  }

  #skipReporting() {
    return this.#reportedChildren > 0 && (!this.error || this.error.failureType === kSubtestsFailed);
  }

  #checkNestedComment(comment) {
    const first = comment.indexOf(' ');
    if (first === -1) return false;
    const second = comment.indexOf(' ', first + 1);
    return second === -1 && kDiagnosticsFilterArgs.includes(comment.slice(0, first));
  }

  #handleReportItem(item) {
    const isTopLevel = item.data.nesting === 0;
    if (isTopLevel) {
      if (item.type === 'test:plan' && this.#skipReporting()) return;
      if (item.type === 'test:diagnostic' && this.#checkNestedComment(item.data.message)) return;
    }
    if (item.type === 'test:pass' || item.type === 'test:fail') {
      const harness = this.root.harness;
      item.data.testNumber = isTopLevel ? harness.counters.topLevel + 1 : item.data.testNumber;
      countCompletedTest({
        __proto__: null,
        root: this.root,
        skipped: item.data.skip !== undefined,
        isTodo: item.data.todo !== undefined,
        passed: item.type === 'test:pass',
        cancelled: kCanceledTests.has(item.data.details?.error?.failureType),
        nesting: item.data.nesting,
        reportedType: item.data.details?.type,
      });
    }
    this.reporter.emitEvent(item.type, item.data);
  }

  addToReport(item) {
    if (item.type === 'test:pass' || item.type === 'test:fail') {
      this.#reportedChildren++;
      if (item.data.nesting === 0 && item.type === 'test:fail') this.failedSubtests = true;
    }
    if (!this.isClearToSend()) {
      this.#reportBuffer.push(item);
      return;
    }
    this.drain();
    this.#handleReportItem(item);
  }

  drain() {
    const buffer = this.#reportBuffer;
    this.#reportBuffer = [];
    for (let i = 0; i < buffer.length; i++) this.#handleReportItem(buffer[i]);
  }

  reportStarted() {}

  report() {
    this.drain();
    if (!this.#skipReporting()) {
      super.reportStarted();
      super.report();
    }
  }
}

let runnerFailed = false;

// --test-force-exit, once a root's report is out: the process ends, with --test's failure exit
// code when a file failed; for the tree of a file run here (`run`), that file ends as its child
// would. (The report may be written from the context of a file that is over, which process.exit()
// would be dropped in: the process's own exit leaves it.)
function forceExit(run) {
  if (run !== null) {
    run.done();
    return;
  }
  if (runnerFailed) process.exitCode = 1;
  acx?.set(undefined);
  process.exit();
}

// A child process's stack ends at node's run_main_module frame; the frames below it here are
// this runner's (runFileInProcess and the test that runs the file).
function dropRunnerFrames(text) {
  const lines = text.split('\n');
  const main = lines.findIndex((l) => l.startsWith('    at node:internal/main/run_main_module:'));
  if (main === -1) return text;
  let end = main + 1;
  while (end < lines.length && lines[end].startsWith('    at ')) end++;
  if (end === main + 1) return text;
  if (lines[end - 1].endsWith(' {')) lines[main] += ' {';
  lines.splice(main + 1, end - main - 1);
  return lines.join('\n');
}
// Thrown by process.exit() to stop a file's code where it stands.
const kFileExited = Object.freeze({ __proto__: null, exited: true });

// What a file's child process prints for an error that ends it (code 7: the harness's rethrow).
// `origin`: 'unhandledRejection' for a rejection (an ES module's failed evaluation too), which
// node reports where the error was made rather than where it was thrown.
function crashReport(err, code, origin) {
  let text;
  try { text = code === 7 ? harnessRethrowText(err) : require('internal/loop').reportText(err, origin); } catch { text = String(err); }
  return `${dropRunnerFrames(text)}\n\nNode.js ${process.version}\n`;
}

// node's child emits 'exit' as it ends: the 'exit' listeners the file added run then, in the
// file's context, and are removed. They may set its exit code, call process.exit() or throw.
function emitFileExit(run, code, killed) {
  const added = process.listeners('exit').filter((l) => !run.exitListeners.includes(l));
  if (added.length === 0) return code;
  if (killed) { // a killed child runs none
    for (let i = 0; i < added.length; i++) process.removeListener('exit', added[i]);
    return code;
  }
  const prevFrame = acx.get();
  acx.set(run.frame);
  try {
    for (let i = 0; i < added.length; i++) Reflect.apply(added[i], process, [code]);
  } catch (err) {
    if (err !== kFileExited) {
      run.stderr(crashReport(err, 1));
      return 1;
    }
  } finally {
    acx.set(prevFrame);
    for (let i = 0; i < added.length; i++) process.removeListener('exit', added[i]);
  }
  return process.exitCode === undefined ? code : process.exitCode | 0;
}

// A file's child process starts from the parent's globals, environment, working directory and
// process listeners, and its changes go with it: what a file run here changes in globalThis,
// process.env, the cwd, the process's title and listeners (but 'exit's, see emitFileExit),
// EventEmitter.defaultMaxListeners, Error's stack settings and require.extensions is undone
// when it ends, so the next file does not see it.
function saveGlobals() {
  const globals = new Map();
  for (const key of Reflect.ownKeys(globalThis)) globals.set(key, Object.getOwnPropertyDescriptor(globalThis, key));
  const listeners = new Map();
  for (const name of process.eventNames()) if (name !== 'exit') listeners.set(name, process.rawListeners(name));
  const events = require('events');
  return {
    __proto__: null, globals, env: { ...process.env }, cwd: process.cwd(), listeners, title: process.title,
    maxListeners: events.defaultMaxListeners,
    props: fileScopedProps(),
    extensions: { ...require('internal/cjs_loader').Module._extensions },
    intrinsics: intrinsicsSnapshot ??= intrinsicObjects().map(snapshotIntrinsic),
    inspectOptions: { ...require('internal/inspect').inspectDefaultOptions },
    captureRejections: events.captureRejections,
    console: consoleState(),
    builtins: watchBuiltins(),
  };
}
// The exports of the built-ins a file's code got (require, import, process.getBuiltinModule),
// as they were before the first file had them: a file's `fs.existsSync = stub` is undone for the
// next file. cjs_loader tells of each built-in as it hands it out (setBuiltinLoadHook); the
// ones whose state is watched elsewhere or is the runner's own are left out.
const kBuiltinsNotRestored = new Set(['process', 'console', 'module', 'test', 'test/reporters']);
let builtinSnapshots;
function watchBuiltins() {
  if (builtinSnapshots !== undefined) return builtinSnapshots;
  builtinSnapshots = new Map();
  const { setBuiltinLoadHook } = require('internal/cjs_loader');
  if (typeof setBuiltinLoadHook === 'function') {
    setBuiltinLoadHook((name, exports) => {
      if (kBuiltinsNotRestored.has(name) || builtinSnapshots.has(exports)) return;
      if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function')) return;
      builtinSnapshots.set(exports, snapshotIntrinsic(exports));
    });
  }
  return builtinSnapshots;
}
// The standard built-in objects (constructors, their prototypes, namespaces) whose properties a
// file may add or replace for itself: a polyfill on Array.prototype, a Date.now or Math.random
// stub it never put back, a JSON.parse wrapper.
function intrinsicObjects() {
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const iterator = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  const out = [Math, JSON, Reflect, Atomics, iterator];
  for (const ctor of [Object, Function, Array, Number, Boolean, String, Symbol, BigInt, Date, RegExp,
    Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, AggregateError,
    Map, Set, WeakMap, WeakSet, WeakRef, FinalizationRegistry, Promise, Proxy, ArrayBuffer,
    SharedArrayBuffer, DataView, TypedArray, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array,
    Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
    out.push(ctor);
    if (ctor.prototype !== undefined) out.push(ctor.prototype);
  }
  return out;
}
// Taken once (a restore brings them back to it): the descriptors, the number of own keys and the
// values of the data properties, which a cheap look tells unchanged (reading descriptors of
// ~1,000 properties after each file cost ~80 ms under rjs.wasm).
let intrinsicsSnapshot;
function snapshotIntrinsic(object) {
  const desc = Object.getOwnPropertyDescriptors(object);
  const watch = [];
  for (const key of Object.getOwnPropertyNames(desc)) if ('value' in desc[key]) watch.push(key, desc[key].value);
  return { __proto__: null, object, desc, count: Reflect.ownKeys(object).length, watch };
}
function intrinsicChanged({ object, count, watch }) {
  if (Reflect.ownKeys(object).length !== count) return true;
  for (let i = 0; i < watch.length; i += 2) {
    const value = object[watch[i]];
    if (value !== watch[i + 1] && value === value) return true; // (NaN stays NaN)
  }
  return false;
}
// The global console's counters (console.count), timers (console.time) and group indentation:
// a file's child starts with none.
function consoleState() {
  const desc = Object.getOwnPropertyDescriptors(console);
  const maps = [];
  for (const key of Reflect.ownKeys(desc)) {
    const { value } = desc[key];
    if (value instanceof Map) maps.push([value, [...value]]);
  }
  return { __proto__: null, desc, maps };
}
function restoreOwnProperties(object, saved) {
  for (const key of Reflect.ownKeys(object)) {
    if (!Object.hasOwn(saved, key)) Reflect.deleteProperty(object, key);
  }
  for (const key of Reflect.ownKeys(saved)) {
    const now = Object.getOwnPropertyDescriptor(object, key);
    if (now === undefined || !sameDescriptor(now, saved[key])) {
      try { Object.defineProperty(object, key, saved[key]); } catch { /* made non-configurable: kept */ }
    }
  }
}
// Properties of built-ins a file may set for itself (source-map-support's
// Error.prepareStackTrace, a longer Error.stackTraceLimit, a console method or stdout's write
// replaced and not put back, require hooks such as mock-require's Module._load).
function fileScopedProps() {
  const stdio = [process.stdout, process.stderr].flatMap((stream) => kPipeHidden.concat('write').map((key) => [stream, key]));
  const { Module } = require('internal/cjs_loader');
  return [
    [Error, 'stackTraceLimit'], [Error, 'prepareStackTrace'], ...stdio,
    [Module, '_load'], [Module, '_resolveFilename'], [Module.prototype, 'require'],
    ...Object.getOwnPropertyNames(console).map((key) => [console, key]),
  ].map(([object, key]) => ({ __proto__: null, object, key, desc: Object.getOwnPropertyDescriptor(object, key) }));
}

// A file's child writes to pipes, not the terminal: its process.stdout and stderr are no TTYs
// (no isTTY, colors or size), and node tells it to use colors (FORCE_COLOR=1) when a reporter
// writes colors to the runner's stdout or stderr (node's shouldColorizeTestFiles).
const kPipeHidden = ['isTTY', 'hasColors', 'getColorDepth', 'getWindowSize', 'columns', 'rows'];
function childStdio() {
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.isTTY) continue;
    for (const key of kPipeHidden) Object.defineProperty(stream, key, { __proto__: null, value: undefined, writable: true, configurable: true });
  }
  if (colorizeTestFiles ??= reportersColorize()) process.env.FORCE_COLOR = '1';
}
let colorizeTestFiles;
function reportersColorize() {
  const stdio = require('internal/stdio');
  const destinations = optionValues('--test-reporter-destination');
  return (destinations.length === 0 ? ['stdout'] : destinations)
    .some((d) => (d === 'stdout' || d === 'stderr') && stdio.shouldColorize(d === 'stdout' ? 1 : 2));
}
function restoreProps(saved) {
  for (const { object, key, desc } of saved) {
    const now = Object.getOwnPropertyDescriptor(object, key);
    if (desc === undefined) delete object[key];
    else if (now === undefined || !sameDescriptor(now, desc)) Object.defineProperty(object, key, desc);
  }
}
// require.extensions (a file's own `require('@babel/register')`).
function restoreExtensions(saved) {
  const now = require('internal/cjs_loader').Module._extensions;
  for (const ext of Object.keys(now)) if (!Object.hasOwn(saved, ext)) delete now[ext];
  Object.assign(now, saved);
}
function restoreListeners(saved) {
  for (const name of new Set([...process.eventNames(), ...saved.keys()])) {
    if (name === 'exit') continue;
    const kept = saved.get(name) ?? [];
    const now = process.rawListeners(name);
    for (const l of now) if (!kept.includes(l)) process.removeListener(name, l);
    for (const l of kept) if (!now.includes(l)) process.on(name, l);
  }
}
function sameDescriptor(a, b) {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable &&
    a.enumerable === b.enumerable && a.configurable === b.configurable;
}
function restoreGlobals({ globals, env, cwd, listeners, title, maxListeners, props, extensions, intrinsics, builtins, inspectOptions, captureRejections, console: consoleSaved }) {
  restoreListeners(listeners);
  restoreProps(props);
  restoreExtensions(extensions);
  for (const entry of intrinsics) if (intrinsicChanged(entry)) restoreOwnProperties(entry.object, entry.desc);
  for (const entry of builtins.values()) if (intrinsicChanged(entry)) restoreOwnProperties(entry.object, entry.desc);
  const { inspectDefaultOptions } = require('internal/inspect');
  for (const key of Object.keys(inspectDefaultOptions)) if (!Object.hasOwn(inspectOptions, key)) delete inspectDefaultOptions[key];
  Object.assign(inspectDefaultOptions, inspectOptions);
  restoreOwnProperties(console, consoleSaved.desc);
  for (const { 0: map, 1: entries } of consoleSaved.maps) {
    map.clear();
    for (const { 0: k, 1: v } of entries) map.set(k, v);
  }
  process.title = title;
  const events = require('events');
  events.defaultMaxListeners = maxListeners;
  events.captureRejections = captureRejections;
  try { process.chdir(cwd); } catch { /* gone meanwhile: node's next child would not start either */ }
  for (const key of Reflect.ownKeys(globalThis)) if (!globals.has(key)) Reflect.deleteProperty(globalThis, key);
  for (const [key, desc] of globals) {
    const now = Object.getOwnPropertyDescriptor(globalThis, key);
    if (now === undefined || !sameDescriptor(now, desc)) {
      try { Object.defineProperty(globalThis, key, desc); } catch { /* made non-configurable: kept */ }
    }
  }
  for (const key of Object.keys(process.env)) if (!Object.hasOwn(env, key)) delete process.env[key];
  for (const key of Object.keys(env)) if (process.env[key] !== env[key]) process.env[key] = env[key];
}

// The options node starts a file's child with: its own, but those of the runner itself
// (node 20's filterExecArgv).
const kRunnerArgs = ['--test', '--experimental-test-coverage', '--watch'];
const kRunnerArgValues = ['--test-reporter', '--test-reporter-destination'];
function childExecArgv(argv) {
  return argv.filter((arg, i) => !kRunnerArgs.includes(arg) &&
    !kRunnerArgValues.some((p) => arg === p || (i > 0 && argv[i - 1] === p) || arg.startsWith(`${p}=`)));
}

// Runs `file` here as a child process would run it; resolves with its exit code.
function runFileInProcess(file, fileTest) {
  return new Promise((resolve) => {
    const savedExitCode = process.exitCode;
    const savedExecArgv = process.execArgv;
    process.exitCode = undefined;
    // (under run() the calling script runs alongside: its changes are its own)
    const savedGlobals = fileHarness.api ? null : saveGlobals();
    // node starts each file's child with NODE_TEST_CONTEXT=child-v8 in its environment.
    const savedContext = process.env.NODE_TEST_CONTEXT;
    process.env.NODE_TEST_CONTEXT = 'child-v8';
    let stderrLine = '';
    const run = fileRun = {
      file,
      fileTest,
      finished: false,
      exiting: false,
      frame: undefined, // the async frame the file's code runs in
      exitListeners: process.listeners('exit'), // the ones that are not the file's
      stdout(message) {
        fileTest.addToReport({ __proto__: null, type: 'test:stdout', data: { __proto__: null, file, message } });
      },
      stderr(text) {
        const lines = (stderrLine + text).split('\n');
        stderrLine = lines.pop();
        for (let i = 0; i < lines.length; i++) {
          fileTest.addToReport({ __proto__: null, type: 'test:stderr', data: { __proto__: null, file, message: `${lines[i]}\n` } });
        }
      },
      // node's child writes one serialized event per reporter step.
      forwarder: {
        begin() { return ''; },
        event(type, data) {
          if (!run.finished) fileTest.addToReport(acrossProcess({ __proto__: null, type, data }));
          return '';
        },
        chunks(type, data) { return [{ __proto__: null, type, data }]; },
        write(item) {
          if (!run.finished) fileTest.addToReport(acrossProcess(item));
        },
        end() {
          run.done();
          return '';
        },
      },
      // The "child" is over: its exit code is what it left in process.exitCode, and then
      // what its 'exit' listeners make it (a killed child's run none).
      done(code, killed = false) {
        if (run.finished || run.exiting) return;
        run.exiting = true;
        if (code === undefined) code = process.exitCode === undefined ? 0 : process.exitCode | 0;
        code = emitFileExit(run, code, killed);
        run.finished = true;
        process.execArgv = savedExecArgv;
        // The child is gone: the timers and immediates the file left (a test killed by the
        // timeout, process.exit()) no longer keep the run going.
        require('internal/loop').unrefFrames((frame) => frame !== undefined && frame.get(kFileFrame) === run);
        // So do the mocks of its global tracker (methods, modules, timers) that it left in place.
        lazyMock?.reset();
        lazyMock = undefined;
        if (stderrLine !== '') run.stderr('\n');
        process.exitCode = runnerFailed ? 1 : savedExitCode;
        if (savedGlobals !== null) restoreGlobals(savedGlobals);
        if (savedContext === undefined) delete process.env.NODE_TEST_CONTEXT;
        else process.env.NODE_TEST_CONTEXT = savedContext;
        if (fileRun === run) fileRun = null;
        // The file's tree (also one that ended before it was recorded: process.exit() in a
        // test) runs nothing more, and what it still reports leaves the exit code alone.
        const root = run.root ?? globalRoot;
        if (root) {
          root.dead = true;
          root.reporter.noExitCode = true;
        }
        globalRoot = undefined;
        resolve(code);
      },
      // An error no test handles ends the "child" as an uncaught error would.
      crash(err, code, origin) {
        if (run.finished || run.exiting) return;
        run.stderr(crashReport(err, code, origin));
        run.done(code);
      },
      teardown() {
        const root = run.root;
        if (root === undefined) run.done();
        else root.harness.teardown();
      },
      root: undefined,
    };
    fileTest.fileRun = run;

    globalRoot = undefined;
    reportersSetup = undefined;
    lazyMock = undefined;
    // (A child process of its own: the once-per-process warnings show again.)
    mockTimersWarned = moduleMocksWarned = false;
    if (savedGlobals !== null) {
      const { deprecations } = require('internal/inspect');
      deprecations.epoch++;
      deprecations.codesWarned.clear();
    }
    require('internal/process').resetWarningHint();
    const { Module, runMain } = require('internal/cjs_loader');
    // Under run() the calling script keeps its module cache and argv once the file is over.
    const saved = fileHarness.api ? { __proto__: null, cache: { ...Module._cache }, argv: process.argv.slice() } : null;
    if (saved !== null) {
      process.on('uncaughtException', fileHarness.onException);
      process.on('unhandledRejection', fileHarness.onRejection);
      const end = run.done;
      run.done = (code, killed) => {
        if (run.finished) return;
        process.removeListener('uncaughtException', fileHarness.onException);
        process.removeListener('unhandledRejection', fileHarness.onRejection);
        for (const key of Object.keys(Module._cache)) delete Module._cache[key];
        Object.assign(Module._cache, saved.cache);
        process.argv.length = 0;
        process.argv.push(...saved.argv);
        end(code, killed);
      };
    }
    for (const key of Object.keys(Module._cache)) delete Module._cache[key];
    if (saved === null) require('internal/cjs_loader').forgetEsModules(); // (run(): the caller's stay)
    setImmediate(noop); // the loop drains ('beforeExit') at least once more for this file
    process.argv.length = 1;
    process.argv.push(require('path').resolve(file)); // (the child's argv, also for an ES module)
    process.execArgv = childExecArgv(savedExecArgv);
    if (savedGlobals !== null) childStdio(); // (run(): the caller shares them)
    const prev = current;
    current = null;
    // The file's code and everything it schedules carry the file in their async context: its
    // writes to stdout/stderr are told from the calling script's (run()).
    const prevFrame = acx.get();
    run.frame = new Map(prevFrame).set(kFileFrame, run);
    acx.set(run.frame);
    try {
      runMain('file', process.argv[1]); // (`file` as given names its test) // node frame: file-main
    } catch (err) {
      if (err !== kFileExited) run.crash(err, globalRoot ? 7 : 1);
    } finally {
      current = prev;
      acx.set(prevFrame);
    }
    if (!run.finished) run.root = globalRoot;
  });
}

// The process-wide part of running files here (once): stdout/stderr writes of a running file
// become its test:stdout/test:stderr items, process.exit() ends the file, and errors no test
// handles and the loop draining go to the running file. `api`: started by run(), where the
// calling script's own writes (not in a file's async context) go out as they are.
let fileHarness = null;
const kFileFrame = Symbol('test file');
function installFileHarness(api) {
  if (fileHarness !== null) return;
  fileHarness = { __proto__: null, api };
  if (acx === null) acx = require('internal/loop').enableAsyncContext();
  const stdout = process.stdout;
  const stderr = process.stderr;
  const toText = (chunk, encoding) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk, encoding).toString());
  const inFile = () => {
    if (fileRun === null) return false;
    if (!api) return true;
    const frame = acx.get();
    return frame !== undefined && frame.get(kFileFrame) === fileRun;
  };
  // A callback of a file that has ended (node's child process is gone by then): its writes,
  // errors and process.exit() have no effect.
  const fromEndedFile = () => {
    const frame = acx.get();
    return frame !== undefined && frame.get(kFileFrame)?.finished === true;
  };
  const capture = (which) => function write(chunk, encoding, cb) {
    const s = toText(chunk, typeof encoding === 'string' ? encoding : undefined);
    if (fromEndedFile()) { /* dropped */ } else if (inFile()) fileRun[which](s);
    else internalBinding('native').write(which === 'stdout' ? 1 : 2, s);
    if (typeof encoding === 'function') encoding();
    else if (typeof cb === 'function') cb();
    return true;
  };
  stdout.write = capture('stdout');
  stderr.write = capture('stderr');
  directStdout = true;

  const fileRoot = () => (fileRun !== null && fileRun.root === undefined ? globalRoot : fileRun?.root);
  // process.exit() in a file ends that file (its child process), not the run.
  const realExit = process.exit;
  process.exit = function exit(code) {
    if (fromEndedFile()) throw kFileExited;
    if (!inFile()) return Reflect.apply(realExit, this, arguments); // (exit() keeps the exit code)
    if (code !== undefined) process.exitCode = code;
    fileRun.done();
    throw kFileExited;
  };
  // Errors from a file's code go to its tests' handler, or end the file. Under run() these
  // listeners are there only while a file runs: the calling script's own errors stay fatal.
  fileHarness.onException = (err, origin) => {
    if (err === kFileExited || fromEndedFile()) return;
    if (fileRun === null) throw err;
    const r = fileRoot();
    if (r && r.harness.bootstrapComplete) r.harness.exceptionHandler(err);
    else fileRun.crash(err, r ? 7 : 1, origin);
  };
  fileHarness.onRejection = (err) => {
    if (err === kFileExited || fromEndedFile()) return;
    if (fileRun === null) throw err;
    const r = fileRoot();
    if (r && r.harness.bootstrapComplete) r.harness.rejectionHandler(err);
    else fileRun.crash(err, r ? 7 : 1, 'unhandledRejection');
  };
  if (!api) {
    process.on('uncaughtException', fileHarness.onException);
    process.on('unhandledRejection', fileHarness.onRejection);
  }
  process.on('beforeExit', () => {
    if (fileRun !== null) {
      if (fileRun.root === undefined) fileRun.root = globalRoot;
      fileRun.teardown();
    }
  });
}

// Runs `files` one after another under `root`; resolves when all are reported.
function runFileList(files, root) {
  root.harness.bootstrapComplete = true;
  root.harness.allowTestsToRun = true;
  const started = files.map((file) => {
    const options = { __proto__: null, isFile: true, signal: root.outerSignal }; // (run()'s signal)
    const subtest = root.createSubtest(FileTest, file, options, async () => {
      const code = await runFileInProcess(file, subtest);
      if (code !== 0) {
        throw Object.assign(new TestFailure('test failed', subtest.failedSubtests ? kSubtestsFailed : kTestCodeFailure), {
          exitCode: code,
          signal: null,
          stack: undefined,
        });
      }
    });
    return subtest.start();
  });
  return Promise.allSettled(started).then(() => root.postRun());
}

// run()'s `shard` option: { index, total }, validated as node's run() does.
function validateShard(shard) {
  const v = validators();
  v.validateObject(shard, 'options.shard');
  const spec = { __proto__: null, index: shard.index, total: shard.total }; // read once (getters)
  v.validateInteger(spec.total, 'options.shard.total', 1);
  v.validateInteger(spec.index, 'options.shard.index', 1, spec.total);
  return spec;
}

// The files of shard index/total: every total-th file from the index-th (node's run()).
function applyShard(files, shard) {
  return shard === undefined ? files : files.filter((_, i) => i % shard.total === shard.index - 1);
}

// --test-timeout=<ms>: node 20's --test gives it to run(), where it bounds each file's run (the
// file's test, whose child is killed when it times out), not the tests inside the files. node
// reads it as an unsigned 64-bit integer (strtoull): its leading digits count ('1.5' is 1, 'abc'
// 0, meaning none) and a negative one wraps around (out of range for run()).
function timeoutOption() {
  const values = optionValues('--test-timeout');
  if (values.length === 0) return undefined;
  const { 1: sign, 2: digits } = /^\s*([+-]?)(\d*)/.exec(values[values.length - 1]);
  let ms = Number(digits || 0);
  if (sign === '-' && ms !== 0) ms = 2 ** 64 - ms;
  return ms === 0 ? undefined : ms;
}

// --test-shard=<index>/<total> (node's main/test_runner parses it for run()).
function shardOption() {
  const values = optionValues('--test-shard');
  if (values.length === 0) return undefined;
  const value = values[values.length - 1];
  const loop = require('internal/loop');
  if (!/^\d+\/\d+$/.test(value)) {
    const err = new (codes().ERR_INVALID_ARG_VALUE)('--test-shard', value, 'must be in the form of <index>/<total>');
    loop.markThrow(err, 'node:internal/main/test_runner:44\n    throw new ERR_INVALID_ARG_VALUE(\n    ^\n');
    throw err;
  }
  const { 0: index, 1: total } = value.split('/');
  try {
    return validateShard({ __proto__: null, index: Number.parseInt(index, 10), total: Number.parseInt(total, 10) });
  } catch (err) {
    loop.markThrow(err, 'node:internal/errors:541\n      throw error;\n      ^\n');
    throw err;
  }
}

// `node --test [paths]`.
// `--test` starts the runner as `-e` code, which gets node's eval globals (require, module,
// exports, __filename, __dirname and a lazy global per built-in module: fs, http...). node's
// runner is no eval script and its files run in children that have none of them.
function dropEvalGlobals() {
  for (const name of ['require', 'module', 'exports', '__filename', '__dirname']) delete globalThis[name];
  for (const name of require('module').builtinModules) {
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    if (d !== undefined && typeof d.set === 'function' && d.set.name === 'setReal') delete globalThis[name];
  }
}

let runningFiles = false; // `--test` runs files (runFiles)
function runFiles() {
  runningFiles = true;
  dropEvalGlobals();
  const shard = shardOption();
  const files = applyShard(createTestFileList(), shard);
  // (an out-of-range --test-timeout throws here, before any harness: a plain uncaught error)
  const root = new Test({ __proto__: null, name: '<root>', concurrency: 1, timeout: timeoutOption() });
  installFileHarness(false);
  setup(root, false);
  root.reporter.on('test:fail', (data) => {
    if (data.todo === undefined || data.todo === false) runnerFailed = true;
  });
  root.reporter.attach(formatterFor(root));
  runFileList(files, root).then(() => {
    if (runnerFailed) process.exitCode = 1;
  });
}

// run({ files, ... }): the files run here one after another (node: in child processes) and
// their events come out of the returned object-mode Readable, as node's TestsStream.
let TestsStreamReadable;
function testsStreamClass() {
  if (TestsStreamReadable === undefined) {
    const { Readable } = require('stream');
    TestsStreamReadable = class TestsStream extends Readable {
      constructor() { super({ __proto__: null, objectMode: true, highWaterMark: Number.MAX_SAFE_INTEGER }); }
      _read() {}
    };
  }
  return TestsStreamReadable;
}
let runQueue = Promise.resolve();
function run(options = {}) {
  const v = validators();
  const { concurrency, timeout, signal, files, watch, setup: setupFn, only, shard } = options;
  let { testNamePatterns } = options;
  if (files != null) v.validateArray(files, 'options.files');
  if (watch != null) v.validateBoolean(watch, 'options.watch');
  if (only != null) v.validateBoolean(only, 'options.only');
  const shardSpec = shard == null ? undefined : validateShard(shard);
  if (setupFn != null) v.validateFunction(setupFn, 'options.setup');
  if (concurrency != null && typeof concurrency !== 'boolean' && typeof concurrency !== 'number') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.concurrency', ['boolean', 'number'], concurrency);
  }
  if (timeout != null && timeout !== Infinity) v.validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
  if (signal !== undefined) v.validateAbortSignal(signal, 'options.signal');
  if (testNamePatterns != null) {
    if (!Array.isArray(testNamePatterns)) testNamePatterns = [testNamePatterns];
    testNamePatterns = testNamePatterns.map((value, i) => {
      if (value instanceof RegExp) return value;
      if (typeof value === 'string') return convertStringToRegExp(value, `options.testNamePatterns[${i}]`);
      throw new (codes().ERR_INVALID_ARG_TYPE)(`options.testNamePatterns[${i}]`, ['string', 'RegExp'], value);
    });
  }
  if (watch) throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('run({ watch: true }) (not supported by rjs)');

  const stream = new (testsStreamClass())();
  if (acx === null) acx = require('internal/loop').enableAsyncContext();
  const outerFrame = acx.get();
  // Events reach the stream in the caller's async context, not the file's that caused them.
  const push = (type, data) => {
    const prev = acx.get();
    acx.set(outerFrame);
    try {
      if (type === null) {
        stream.push(null);
      } else {
        try {
          stream.emit(type, data);
        } catch (err) {
          listenerThrew(err, data);
        }
        stream.push({ type, data });
      }
    } finally {
      acx.set(prev);
    }
  };
  // A listener that throws is an uncaught exception in node's parent process, which its harness
  // charges to the file whose child's output was being read (that file fails; the events go on)
  // or, once that file is over, reports as a diagnostic of the run (exit code 1).
  const listenerThrew = (err, data) => {
    const fileTest = root.subtests.find((t) => t instanceof FileTest && t.locCache.file === data?.file);
    chargeError(root, 'uncaughtException', fileTest ?? null, err);
  };
  if (fileRun !== null) {
    process.emitWarning('node:test run() is being called recursively within a test file. skipping running files.');
    process.nextTick(push, null);
    return stream;
  }
  installFileHarness(true);
  const root = setup(new Test({ __proto__: null, name: '<root>', concurrency: 1, timeout, signal }), false);
  root.reporter.noExitCode = true;
  root.reporter.attach({
    __proto__: null,
    begin() { return ''; },
    event(type, data) {
      push(type, data);
      return '';
    },
    end() {
      push(null);
      return '';
    },
  });
  if (setupFn) setupFn(stream);
  const list = files ?? createTestFileList();
  // One run at a time: files run in this process, one after another.
  runQueue = runQueue.then(() => new Promise((resolve) => process.nextTick(() => {
    const saved = { __proto__: null, only: testOnlyFlag, patterns: namePatterns };
    if (only) testOnlyFlag = true;
    if (testNamePatterns != null) namePatterns = testNamePatterns;
    runFileList(applyShard(list, shardSpec).map(String), root).finally(() => {
      testOnlyFlag = saved.only;
      namePatterns = saved.patterns;
      resolve();
    });
  })));
  return stream;
}

// ---- mock ------------------------------------------------------------------------------------
function kDefaultFunction() {}

class MockFunctionContext {
  #calls;
  #mocks;
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#calls = [];
    this.#mocks = new Map();
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() { return this.#calls.slice(0); }
  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validators().validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validators().validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validators().validateInteger(call, 'onCall', nextCall);
    this.#mocks.set(call, implementation);
  }

  restore() {
    const { descriptor, object, original, methodName } = this.#restore;
    if (typeof methodName === 'string' || typeof methodName === 'symbol') {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      this.#implementation = original;
    }
  }

  resetCalls() { this.#calls = []; }

  static trackCall(ctx, call) { ctx.#calls.push(call); }

  static nextImpl(ctx) {
    const nextCall = ctx.#calls.length;
    const mock = ctx.#mocks.get(nextCall);
    const impl = mock ?? ctx.#implementation;
    if (nextCall + 1 === ctx.#times) ctx.restore();
    ctx.#mocks.delete(nextCall);
    return impl;
  }
}
const { trackCall, nextImpl } = MockFunctionContext;
delete MockFunctionContext.trackCall;
delete MockFunctionContext.nextImpl;
const restoreFn = MockFunctionContext.prototype.restore;

function validateTimes(value, name) {
  if (value === Infinity) return;
  validators().validateInteger(value, name, 1);
}

function findMethodOnPrototypeChain(instance, methodName) {
  let host = instance;
  let descriptor;
  while (host !== null) {
    descriptor = Object.getOwnPropertyDescriptor(host, methodName);
    if (descriptor) break;
    host = Object.getPrototypeOf(host);
  }
  return descriptor;
}

// ---- module mocks ---------------------------------------------------------------------------
// t.mock.module(): node registers the mock with its ESM loader hooks (an import gets a module
// made from the mock, a new one per import unless `cache`) and replaces Module._load (a
// require() gets the mock's exports). Mocks are keyed by the resolved file, or `node:name`.
let moduleMocksWarned = false;
const kBadExportsMessage = 'Cannot create mock because named exports cannot be applied to the provided default export.';
let moduleMocks; // { configs: key -> config (kept after restore, for its version), exports: url -> exports }

function moduleMockState() {
  // (a --test file's end puts its Module._load back: the next file's mocks wrap it again)
  if (moduleMocks === undefined || require('internal/cjs_loader').Module._load !== moduleMocks.load) installModuleMocks();
  // (the global tracker, which the mocks' modules read, is a new one in each --test file)
  module.exports.mock._mockExports = moduleMocks.exports;
  return moduleMocks;
}

function installModuleMocks() {
  const loader = require('internal/cjs_loader');
  const { Module } = loader;
  const load = Module._load;
  moduleMocks ??= { __proto__: null, configs: new Map(), exports: new Map(), loader, load: undefined };
  moduleMocks.load = Module._load = function _load(request, parent, isMain) {
    const key = loader.isBuiltin(request) ? builtinKey(request) : Module._resolveFilename(request, parent, isMain);
    const config = moduleMocks.configs.get(key);
    if (config === undefined || !config.active) return Reflect.apply(load, this, [request, parent, isMain]);
    return mockedCommonJS(Module, key, config);
  };
  loader.setEsmMockHook((format, file) => {
    const key = format === 'builtin' ? builtinKey(file) : file;
    const config = moduleMocks.configs.get(key);
    if (config === undefined || !config.active) return undefined;
    const version = config.version;
    if (!config.cache) config.version++; // (an ES module cannot leave the cache: a new one each time)
    return { __proto__: null, key: `${key}\0?node-test-mock=${version}`, source: mockModuleSource(config) };
  });
}

function builtinKey(name) { return name.startsWith('node:') ? name : `node:${name}`; }

// node's cjsMockModuleLoad: the mock's default export (or an object) with the named exports on it.
function mockedCommonJS(Module, key, config) {
  const { cache, defaultExport, hasDefaultExport, namedExports } = config;
  if (cache && Module._cache[key]) return Module._cache[key].exports;
  const modExports = hasDefaultExport ? defaultExport : {};
  const names = Object.keys(namedExports);
  if ((typeof modExports !== 'object' || modExports === null) && names.length > 0) throw new Error(kBadExportsMessage);
  for (const name of names) Object.defineProperty(modExports, name, Object.getOwnPropertyDescriptor(namedExports, name));
  if (cache) {
    const entry = new Module(key, config.caller);
    entry.exports = modExports;
    entry.filename = key;
    entry.loaded = true;
    entry.paths = Module._nodeModulePaths(entry.path);
    Module._cache[key] = entry;
  }
  return modExports;
}

// The module an import of a mocked module gets (node's mock loader's createSourceFromMock): an
// ES module's exports as given; a CommonJS module or built-in is made as CommonJS, so its
// namespace is `default` (module.exports, with the named exports on it) and the names.
function mockModuleSource(config) {
  const url = JSON.stringify(config.url);
  const names = Object.keys(config.namedExports);
  const name = (n) => JSON.stringify(n);
  let src = `import $__test from 'node:test';\nif (!$__test.mock._mockExports.has(${url})) {\n` +
    `  throw new Error(${JSON.stringify(`mock exports not found for "${config.url}"`)});\n}\n\n` +
    `const $__exports = $__test.mock._mockExports.get(${url});\n`;
  if (config.format === 'module') {
    if (config.hasDefaultExport) src += 'export default $__exports.defaultExport;\n';
    for (const n of names) src += `export let ${n} = $__exports.namedExports[${name(n)}];\n`;
    return src;
  }
  src += `const $__cjs = ${config.hasDefaultExport ? '$__exports.defaultExport' : '{}'};\n`;
  if (names.length > 0) src += `if ($__cjs === null || typeof $__cjs !== 'object') {\n  throw new Error('${JSON.stringify(kBadExportsMessage)}');\n}\n`;
  names.forEach((n, i) => {
    src += `$__cjs[${name(n)}] = $__exports.namedExports[${name(n)}];\nconst $__n${i} = $__cjs[${name(n)}];\nexport { $__n${i} as ${name(n)} };\n`;
  });
  return `${src}export default $__cjs;\n`;
}

// [format, file] of the module a mock replaces, resolved as an import from `caller`; a bare
// specifier from a CommonJS file names the file its require() gets (a package's "require"
// export), as in node.
function resolveMocked(loader, name, caller) {
  const res = loader.esmResolve(name, caller);
  if (res[0] === 'builtin' || /^(\.|\/|file:)/.test(name) || !internalBinding('native').cjsWrapped.has(caller)) return res;
  const { Module } = loader;
  const parent = new Module(caller, null);
  parent.filename = caller;
  parent.paths = Module._nodeModulePaths(require('path').dirname(caller));
  return loader.esmResolve(Module._resolveFilename(name, parent), caller);
}

class MockModuleContext {
  #restore;

  constructor(specifier, options) {
    const state = moduleMockState();
    const site = resolveLocation(new Error());
    const caller = site === undefined ? `${process.cwd()}/` : site.file;
    const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    const [format, resolved] = resolveMocked(state.loader, name, caller);
    const key = format === 'builtin' ? builtinKey(resolved) : resolved;
    const previous = state.configs.get(key);
    if (previous?.active) {
      throw new (codes().ERR_INVALID_STATE)(`Cannot mock '${specifier}'. The module is already mocked.`);
    }
    const url = key.startsWith('/') ? require('url').pathToFileURL(key).href : key;
    state.configs.set(key, {
      __proto__: null, ...options, active: true, caller, format, url, version: previous?.version ?? 0,
    });
    const { Module } = state.loader;
    this.#restore = { __proto__: null, key, cached: key in Module._cache, value: Module._cache[key] };
    delete Module._cache[key];
    state.exports.set(url, { __proto__: null, defaultExport: options.defaultExport, namedExports: options.namedExports });
  }

  restore() {
    if (this.#restore === undefined) return;
    const { key, cached, value } = this.#restore;
    const { Module } = moduleMocks.loader;
    delete Module._cache[key];
    if (cached) Module._cache[key] = value;
    const config = moduleMocks.configs.get(key);
    config.active = false;
    config.version++;
    this.#restore = undefined;
  }
}
const restoreModule = MockModuleContext.prototype.restore;

class MockTracker {
  #mocks = [];

  #timers;

  get timers() {
    this.#timers ??= new MockTimers();
    return this.#timers;
  }

  fn(original = function original() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    const v = validators();
    v.validateFunction(original, 'original');
    v.validateFunction(implementation, 'implementation');
    v.validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const ctx = new MockFunctionContext(implementation, { __proto__: null, original }, times);
    return this.#setupMock(ctx, original);
  }

  method(objectOrFunction, methodName, implementation = kDefaultFunction, options = {}) {
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('methodName', ['string', 'symbol'], methodName);
    }
    const v = validators();
    if (typeof objectOrFunction !== 'function') v.validateObject(objectOrFunction, 'object');
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    }
    v.validateFunction(implementation, 'implementation');
    v.validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    v.validateBoolean(getter, 'options.getter');
    v.validateBoolean(setter, 'options.setter');
    validateTimes(times, 'options.times');
    if (setter && getter) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const descriptor = findMethodOnPrototypeChain(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('methodName', original, 'must be a method');
    }
    const restore = { __proto__: null, descriptor, object: objectOrFunction, methodName };
    const impl = implementation === kDefaultFunction ? original : implementation;
    const ctx = new MockFunctionContext(impl, restore, times);
    const mock = this.#setupMock(ctx, original);
    const mockDescriptor = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    Object.defineProperty(objectOrFunction, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validators().validateObject(options, 'options');
    }
    const { getter = true } = options;
    if (getter === false) throw new (codes().ERR_INVALID_ARG_VALUE)('options.getter', getter, 'cannot be false');
    return this.method(object, methodName, implementation, { __proto__: null, ...options, getter });
  }

  setter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validators().validateObject(options, 'options');
    }
    const { setter = true } = options;
    if (setter === false) throw new (codes().ERR_INVALID_ARG_VALUE)('options.setter', setter, 'cannot be false');
    return this.method(object, methodName, implementation, { __proto__: null, ...options, setter });
  }

  // (--experimental-test-module-mocks only)
  module(specifier, options = {}) {
    if (!moduleMocksWarned) {
      moduleMocksWarned = true;
      process.emitWarning('Module mocking is an experimental feature and might change at any time', 'ExperimentalWarning');
    }
    const v = validators();
    v.validateString(specifier, 'specifier');
    v.validateObject(options, 'options');
    const { cache = false, namedExports = {}, defaultExport } = options;
    v.validateBoolean(cache, 'options.cache');
    v.validateObject(namedExports, 'options.namedExports');
    const ctx = new MockModuleContext(specifier, {
      __proto__: null, cache, defaultExport, hasDefaultExport: 'defaultExport' in options, namedExports,
    });
    this.#mocks.push({ __proto__: null, ctx, restore: restoreModule });
    return ctx;
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (let i = 0; i < this.#mocks.length; i++) {
      const { ctx, restore } = this.#mocks[i];
      Reflect.apply(restore, ctx, []);
    }
  }

  #setupMock(ctx, fnToMatch) {
    const mock = new Proxy(fnToMatch, {
      __proto__: null,
      apply(_fn, thisArg, argList) {
        const fn = nextImpl(ctx);
        let result;
        let error;
        try {
          result = Reflect.apply(fn, thisArg, argList);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          trackCall(ctx, {
            __proto__: null, arguments: argList, error, result, stack: mockCallError(runningTest()), target: undefined, this: thisArg, // node frame: mock-apply
          });
        }
        return result;
      },
      construct(target, argList, newTarget) {
        const realTarget = nextImpl(ctx);
        let result;
        let error;
        try {
          result = Reflect.construct(realTarget, argList, newTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          trackCall(ctx, {
            __proto__: null, arguments: argList, error, result, stack: mockCallError(runningTest()), target, this: result, // node frame: mock-construct
          });
        }
        return result;
      },
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(target, property, receiver);
      },
    });
    this.#mocks.push({ __proto__: null, ctx, restore: restoreFn });
    return mock;
  }
}

// ---- mock.timers -----------------------------------------------------------------------------
// node's MockTimers: virtual time for setTimeout/setInterval/setImmediate (global, node:timers,
// node:timers/promises), Date and scheduler.wait, advanced by tick()/runAll(). The queue is
// node's binary heap, so runAll() stops at the heap's bottom entry as node's does.
class TimerHeap {
  constructor(compare) {
    this.compare = compare;
    this.heap = [undefined];
    this.size = 0;
  }

  insert(value) {
    const pos = ++this.size;
    this.heap[pos] = value;
    this.percolateUp(pos);
  }

  peek() { return this.heap[1]; }
  peekBottom() { return this.heap[this.size]; }

  percolateDown(pos) {
    const { compare, heap, size } = this;
    const item = heap[pos];
    while (pos * 2 <= size) {
      let childIndex = pos * 2 + 1;
      if (childIndex > size || compare(heap[pos * 2], heap[childIndex]) < 0) childIndex = pos * 2;
      const child = heap[childIndex];
      if (compare(item, child) <= 0) break;
      child.priorityQueuePosition = pos;
      heap[pos] = child;
      pos = childIndex;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }

  percolateUp(pos) {
    const { compare, heap } = this;
    const item = heap[pos];
    while (pos > 1) {
      const parent = heap[pos / 2 | 0];
      if (compare(parent, item) <= 0) break;
      heap[pos] = parent;
      parent.priorityQueuePosition = pos;
      pos = pos / 2 | 0;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }

  removeAt(pos) {
    const heap = this.heap;
    const size = --this.size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      if (pos > 1 && this.compare(heap[pos / 2 | 0], heap[pos]) > 0) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }

  shift() {
    const value = this.heap[1];
    if (value === undefined) return undefined;
    this.removeAt(1);
    return value;
  }
}

const kSupportedApis = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait'];
const kMockTimers = Symbol('MockTimers');

// node's mock Timeout (its class name shows in inspect)
class Timeout {
  constructor(id, callback, runAt, interval, args) {
    this.id = id;
    this.callback = callback;
    this.runAt = runAt;
    this.interval = interval;
    this.args = args;
  }

  hasRef() { return true; }
  ref() { return this; }
  unref() { return this; }
  refresh() { return this; }
}

function abortIt(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { __proto__: null, cause: signal.reason });
}

let mockTimersWarned = false;
class MockTimers {
  #saved = { __proto__: null };
  #apis = [];
  #enabled = false;
  #currentTimer = 1;
  #now = 0;
  #queue = new TimerHeap((a, b) => (a.runAt - b.runAt) || (a.id - b.id));
  #nativeDate;

  constructor() {
    // node's emitExperimentalWarning: once per process.
    if (!mockTimersWarned) {
      mockTimersWarned = true;
      process.emitWarning('The MockTimers API is an experimental feature and might change at any time',
        'ExperimentalWarning');
    }
  }

  #createTimer(isInterval, callback, delay, ...args) {
    if (delay > 2 ** 31 - 1) delay = 1;
    const timer = new Timeout(this.#currentTimer++, callback, this.#now + delay, isInterval ? delay : undefined, args);
    this.#queue.insert(timer);
    return timer;
  }

  #setImmediate(callback, ...args) {
    return this.#createTimer(false, callback, -1, ...args);
  }

  #clearTimer(timer) {
    if (timer?.priorityQueuePosition !== undefined) {
      this.#queue.removeAt(timer.priorityQueuePosition);
      timer.priorityQueuePosition = undefined;
    }
  }

  #promisify(isImmediate, ms, result, options) {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal) {
        try {
          validators().validateAbortSignal(signal, 'options.signal');
        } catch (err) {
          return reject(err);
        }
        if (signal.aborted) return reject(abortIt(signal));
      }
      const timer = this.#createTimer(false, () => resolve(result), isImmediate ? -1 : ms);
      if (signal) {
        signal.addEventListener('abort', () => {
          this.#clearTimer(timer);
          reject(abortIt(signal));
        }, { once: true });
      }
    });
  }

  // An async generator, as node's: the interval starts with the first next().
  async * #intervalIterator(interval, result, options) {
    const signal = options?.signal;
    if (signal) {
      validators().validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) throw abortIt(signal);
    }
    const values = [];
    let wake = null;
    const push = (v) => {
      values.push(v);
      if (wake !== null) {
        const w = wake;
        wake = null;
        w();
      }
    };
    const kAborted = {};
    if (signal) signal.addEventListener('abort', () => push(kAborted), { once: true });
    const timer = this.#createTimer(true, () => push(result), interval, options);
    try {
      for (;;) {
        if (values.length === 0) await new Promise((resolve) => { wake = resolve; });
        const value = values.shift();
        if (value === kAborted) throw abortIt(signal);
        yield value;
      }
    } finally {
      this.#clearTimer(timer);
    }
  }

  #createDate() {
    const NativeDate = this.#nativeDate.value;
    if (NativeDate.isMock) throw new (codes().ERR_INVALID_STATE)('Date is already being mocked!');
    const timers = this;
    function MockDate(year, month, date, hours, minutes, seconds, ms) {
      if (!new.target) return NativeDate.prototype.toString.call(new NativeDate(timers.#now));
      switch (arguments.length) {
        case 0: return new NativeDate(timers.#now);
        case 1: return new NativeDate(year);
        case 2: return new NativeDate(year, month);
        case 3: return new NativeDate(year, month, date);
        case 4: return new NativeDate(year, month, date, hours);
        case 5: return new NativeDate(year, month, date, hours, minutes);
        case 6: return new NativeDate(year, month, date, hours, minutes, seconds);
        default: return new NativeDate(year, month, date, hours, minutes, seconds, ms);
      }
    }
    const { prototype, ...dateProps } = Object.getOwnPropertyDescriptors(NativeDate);
    Object.defineProperties(MockDate, dateProps);
    MockDate.now = function now() { return timers.#now; };
    MockDate.toString = function toString() { return Function.prototype.toString.call(NativeDate); };
    Object.defineProperties(MockDate, {
      [kMockTimers]: { __proto__: null, enumerable: false, configurable: false, writable: false, value: this },
      isMock: { __proto__: null, enumerable: true, configurable: false, writable: false, value: true },
    });
    MockDate.prototype = NativeDate.prototype;
    MockDate.parse = NativeDate.parse;
    MockDate.UTC = NativeDate.UTC;
    return MockDate;
  }

  #toggle(activate) {
    const timersMod = require('timers');
    const promisesMod = require('timers/promises');
    const targets = [[globalThis, ''], [timersMod, 'timers.']];
    const save = (obj, key, tag) => { this.#saved[tag + key] = Object.getOwnPropertyDescriptor(obj, key); };
    const restore = (obj, key, tag) => {
      const d = this.#saved[tag + key];
      if (d) Object.defineProperty(obj, key, d);
      else delete obj[key];
    };
    // node installs its private methods bound (FunctionPrototypeBind), named as node's are.
    const bound = (name, fn, ...args) => Object.defineProperty(Reflect.apply(Function.prototype.bind, fn, [this, ...args]),
      'name', { __proto__: null, value: `bound #${name}` });
    const swap = (setName, clearName, setFn, promisified) => {
      const clearFn = bound('clearTimer', this.#clearTimer);
      for (const [obj, tag] of targets) {
        if (activate) {
          save(obj, setName, tag);
          save(obj, clearName, tag);
          obj[setName] = setFn;
          obj[clearName] = clearFn;
        } else {
          restore(obj, setName, tag);
          restore(obj, clearName, tag);
        }
      }
      if (activate) {
        save(promisesMod, setName, 'promises.');
        promisesMod[setName] = promisified;
      } else {
        restore(promisesMod, setName, 'promises.');
      }
    };
    const toggles = {
      __proto__: null,
      'setTimeout': () => swap('setTimeout', 'clearTimeout', bound('createTimer', this.#createTimer, false),
        bound('setTimeoutPromisified', this.#promisify, false)),
      'setInterval': () => swap('setInterval', 'clearInterval', bound('createTimer', this.#createTimer, true),
        bound('setIntervalPromisified', this.#intervalIterator)),
      'setImmediate': () => swap('setImmediate', 'clearImmediate', bound('setImmediate', this.#setImmediate),
        bound('setImmediatePromisified', this.#promisify, true, -1)),
      'Date': () => {
        if (activate) {
          this.#nativeDate = Object.getOwnPropertyDescriptor(globalThis, 'Date');
          globalThis.Date = this.#createDate();
        } else {
          Object.defineProperty(globalThis, 'Date', this.#nativeDate);
        }
      },
      'scheduler.wait': () => {
        const { scheduler } = promisesMod;
        if (activate) {
          this.#saved.wait = scheduler.wait;
          scheduler.wait = (delay, options) => this.#promisify(false, delay, undefined, options);
        } else {
          scheduler.wait = this.#saved.wait;
        }
      },
    };
    for (let i = 0; i < this.#apis.length; i++) toggles[this.#apis[i]]();
    this.#enabled = activate;
  }

  #assertEnabled() {
    if (!this.#enabled) {
      throw new (codes().ERR_INVALID_STATE)('You should enable MockTimers first by calling the .enable function');
    }
  }

  #assertTimeArg(time) {
    if (time < 0) throw new (codes().ERR_INVALID_ARG_VALUE)('time', 'positive integer', time);
  }

  tick(time = 1) {
    this.#assertEnabled();
    this.#assertTimeArg(time);
    this.#now += time;
    const queue = this.#queue;
    let timer = queue.peek();
    while (timer) {
      if (timer.runAt > this.#now) break;
      Reflect.apply(timer.callback, undefined, timer.args);
      if (queue.peek()?.id === timer.id) {
        queue.shift();
        timer.priorityQueuePosition = undefined;
      }
      if (timer.interval !== undefined) {
        timer.runAt += timer.interval;
        queue.insert(timer);
      }
      timer = queue.peek();
    }
  }

  enable(options = { __proto__: null, apis: kSupportedApis, now: 0 }) {
    const opts = { __proto__: null, ...options };
    if (this.#enabled) throw new (codes().ERR_INVALID_STATE)('MockTimers is already enabled!');
    if (Number.isNaN(opts.now)) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('now', opts.now, `epoch must be a positive integer received ${opts.now}`);
    }
    if (!opts.now) opts.now = 0;
    if (!opts.apis) opts.apis = kSupportedApis;
    const { apis } = opts;
    if (!Array.isArray(apis)) throw new (codes().ERR_INVALID_ARG_TYPE)('options.apis', 'Array', apis);
    for (let i = 0; i < apis.length; i++) {
      if (typeof apis[i] !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)(`options.apis[${i}]`, 'string', apis[i]);
    }
    for (const api of apis) {
      if (!kSupportedApis.includes(api)) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('options.apis', api, `option ${api} is not supported`);
      }
    }
    this.#apis = apis;
    let isDate = false;
    try {
      Date.prototype.getTime.call(opts.now);
      isDate = true;
    } catch { /* not a Date */ }
    if (isDate) {
      this.#now = Date.prototype.getTime.call(opts.now);
    } else {
      validators().validateNumber(opts.now, 'initialTime');
      this.#assertTimeArg(opts.now);
      this.#now = opts.now;
    }
    this.#toggle(true);
  }

  setTime(time = 0) {
    validators().validateNumber(time, 'time');
    this.#assertTimeArg(time);
    this.#assertEnabled();
    this.#now = time;
  }

  [Symbol.dispose || Symbol.for('nodejs.dispose')]() {
    this.reset();
  }

  reset() {
    if (!this.#enabled) return;
    this.#toggle(false);
    this.#apis = [];
    this.#now = 0;
    while (this.#queue.shift() !== undefined) { /* drop every queued timer */ }
  }

  runAll() {
    this.#assertEnabled();
    const longest = this.#queue.peekBottom();
    if (!longest) return;
    this.tick(longest.runAt - this.#now);
  }
}

// ---- exports -------------------------------------------------------------------------------
const test = runInParentContext(Test);
const suite = runInParentContext(Suite);

module.exports = test;
Object.defineProperty(module.exports, Symbol.for('rjs.test.runFiles'), { __proto__: null, value: runFiles });
Object.assign(module.exports, {
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe: suite,
  it: test,
  run,
  suite,
  test,
});

if (!execArgv.includes('--experimental-test-module-mocks')) delete MockTracker.prototype.module;

let lazyMock;
Object.defineProperty(module.exports, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (lazyMock === undefined) lazyMock = new MockTracker();
    return lazyMock;
  },
});
