// node:assert and assert/strict: every assertion function with AssertionError carrying
// node's code, actual/expected/operator and message text.
'use strict';

const { inspect } = require('internal/inspect');
const { isDeepEqual, isDeepStrictEqual } = require('internal/comparisons');
const { codes, defineCodeStack } = require('internal/errors');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

function inspectValue(v) {
  return inspect(v, { compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, sorted: true, getters: true });
}

function createDiffMessage(actual, expected, operator) {
  const a = inspectValue(actual).split('\n');
  const e = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  if (a.length === 1 && e.length === 1 && a[0] !== e[0]) {
    const len = a[0].length + e[0].length;
    if (len <= 12 && !(typeof actual === 'object' && actual !== null) && !(typeof expected === 'object' && expected !== null) && (actual !== 0 || expected !== 0)) {
      return `${kReadableOperator[operator]}\n\n${a[0]} !== ${e[0]}\n`;
    }
  }
  let out = `${kReadableOperator[operator]}\n+ actual - expected\n`;
  let i = 0;
  const lines = [];
  const max = Math.max(a.length, e.length);
  for (; i < max; i++) {
    if (a[i] === e[i]) lines.push(`  ${a[i]}`);
    else {
      if (a[i] !== undefined) lines.push(`+ ${a[i]}`);
      if (e[i] !== undefined) lines.push(`- ${e[i]}`);
    }
  }
  return `${out}\n${lines.join('\n')}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    if (message != null) {
      super(String(message));
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      super(createDiffMessage(actual, expected, operator));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = kReadableOperator[operator];
      const res = inspectValue(actual).split('\n');
      if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) base = kReadableOperator.notStrictEqualObject;
      if (res.length > 50) { res[46] = '...'; res.length = 47; }
      super(res.length === 1 ? `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}` : `${base}\n\n${res.join('\n')}\n`);
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const knownOperator = kReadableOperator[operator];
      if (operator === 'notDeepEqual' && res === other) {
        res = `${knownOperator}\n\n${res}`;
        if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
        super(res);
      } else {
        if (res.length > 512) res = `${res.slice(0, 509)}...`;
        if (other.length > 512) other = `${other.slice(0, 509)}...`;
        if (operator === 'deepEqual') res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
        else {
          const newOp = kReadableOperator[`${operator}Unequal`];
          if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
          else other = ` ${operator} ${other}`;
        }
        super(`${res}${other}`);
      }
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) { this.actual = undefined; this.expected = undefined; this.operator = undefined; }
    else { this.actual = actual; this.expected = expected; this.operator = operator; }
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
  [inspect.custom](recurseTimes, ctx) {
    return inspect(this, { ...ctx, customInspect: false, depth: 0 });
  }
}
defineCodeStack(AssertionError.prototype, 'ERR_ASSERTION');

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) { message = 'No value argument passed to `assert.ok()`'; generatedMessage = true; }
    else if (message == null) { message = 'The expression evaluated to a falsy value:\n\n  assert' + (fn === assert ? '' : '.ok') + `(${inspect(value)})\n`; generatedMessage = true; }
    else if (message instanceof Error) throw message;
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function assert(...args) { innerOk(assert, args.length, ...args); }
assert.ok = function ok(...args) { innerOk(ok, args.length, ...args); };
assert.fail = function fail(actual, expected, message, operator) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (argsLen === 0) internalMessage = 'Failed';
  else if (argsLen === 1) { message = actual; actual = undefined; }
  else { if (argsLen === 2) operator = '!='; }
  if (message instanceof Error) throw message;
  const errArgs = { actual, expected, operator: operator === undefined ? 'fail' : operator, message: internalMessage || message };
  const err = new AssertionError(errArgs);
  if (internalMessage) err.generatedMessage = true;
  throw err;
};
function checkArgs(n) { if (n < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected'); }
assert.equal = function equal(actual, expected, message) {
  checkArgs(arguments.length);
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) innerFail({ actual, expected, message, operator: '==' });
};
assert.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) innerFail({ actual, expected, message, operator: '!=' });
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual' });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual' });
};
assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual' });
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual' });
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual' });
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
};

function checkError(actual, expected, message, fnName) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    const res = expected.call({}, actual);
    if (res !== true) {
      if (!message) message = `The ${fnName === 'rejects' ? 'rejection' : 'error'} validation function is expected to return "true". Received ${inspect(res)}`;
      innerFail({ actual, expected, message, operator: fnName });
    }
    return true;
  }
  if (expected instanceof RegExp) {
    if (expected.test(String(actual))) return true;
    innerFail({ actual, expected, message: message || `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(String(actual))}\n`, operator: fnName });
  }
  if (typeof expected === 'object' && expected !== null) {
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    for (const k of keys) {
      const ev = expected[k];
      const av = actual == null ? undefined : actual[k];
      if (typeof av === 'string' && ev instanceof RegExp && ev.test(av)) continue;
      if (!isDeepStrictEqual(av, ev)) {
        innerFail({ actual, expected, message: message || `Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   ${k}: ${inspect(av)}\n-   ${k}: ${inspect(ev)}\n  }`, operator: fnName });
      }
    }
    return true;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp', 'Object', 'Error'], expected);
}

const NO_EXCEPTION = Symbol('no exception');
function getActual(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try { fn(); } catch (e) { return e; }
  return NO_EXCEPTION;
}
async function waitActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!resultPromise || typeof resultPromise.then !== 'function') {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (promiseFn && typeof promiseFn.then === 'function') {
    resultPromise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try { await resultPromise; } catch (e) { return e; }
  return NO_EXCEPTION;
}

function expectsError(fnName, actual, error, message) {
  if (typeof error === 'string') { message = error; error = undefined; }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = fnName === 'rejects' ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fnName, message: `Missing expected ${fnType}${details}` });
  }
  if (!checkError(actual, error, message, fnName)) throw actual;
}
function expectsNoError(fnName, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') { message = error; error = undefined; }
  if (!error || (typeof error === 'function' && actual instanceof error) || (error instanceof RegExp && error.test(String(actual)))) {
    const details = message ? `: ${message}` : '.';
    const fnType = fnName === 'doesNotReject' ? 'rejection' : 'exception';
    innerFail({ actual, expected: error, operator: fnName, message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"` });
  }
  throw actual;
}

assert.throws = function throws(fn, ...args) { expectsError('throws', getActual(fn), ...args); };
assert.rejects = async function rejects(fn, ...args) { expectsError('rejects', await waitActual(fn), ...args); };
assert.doesNotThrow = function doesNotThrow(fn, ...args) { expectsNoError('doesNotThrow', getActual(fn), ...args); };
assert.doesNotReject = async function doesNotReject(fn, ...args) { expectsNoError('doesNotReject', await waitActual(fn), ...args); };
assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    message += typeof err === 'object' && typeof err.message === 'string' ? (err.message.length === 0 && err.constructor ? err.constructor.name : err.message) : inspect(err);
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
    throw newErr;
  }
};
function internalMatch(string, regexp, message, fn) {
  if (!(regexp instanceof RegExp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === 'match';
  if (typeof string !== 'string' || (regexp.test(string) !== match)) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') + `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}
assert.match = function match(string, regexp, message) { internalMatch(string, regexp, message, 'match'); };
assert.doesNotMatch = function doesNotMatch(string, regexp, message) { internalMatch(string, regexp, message, 'doesNotMatch'); };
assert.AssertionError = AssertionError;
assert.CallTracker = class CallTracker {
  constructor() { this._calls = []; }
  calls(fn = () => {}, exact = 1) {
    const rec = { fn, exact, actual: 0 };
    this._calls.push(rec);
    return function (...a) { rec.actual++; return fn.apply(this, a); };
  }
  verify() {
    for (const c of this._calls) if (c.actual !== c.exact) throw new AssertionError({ message: `Expected the ${c.fn.name || 'fn'} function to be executed ${c.exact} time(s) but was executed ${c.actual} time(s).`, operator: 'verify' });
  }
  report() { return this._calls.filter((c) => c.actual !== c.exact).map((c) => ({ message: `Expected the ${c.fn.name || 'fn'} function to be executed ${c.exact} time(s) but was executed ${c.actual} time(s).`, actual: c.actual, expected: c.exact, operator: c.fn.name, stack: new Error() })); }
};

function strict(...args) { innerOk(strict, args.length, ...args); }
Object.assign(strict, assert, {
  equal: assert.strictEqual, deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual, notDeepEqual: assert.notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
