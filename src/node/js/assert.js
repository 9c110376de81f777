// node:assert and assert/strict: every assertion function with AssertionError carrying
// node's code, actual/expected/operator and message text.
'use strict';

const { inspect, shouldColorize, stripVTControlCharacters } = require('internal/inspect');
const { isDeepEqual, isDeepStrictEqual } = require('internal/comparisons');
const { codes, defineCodeStack, awaiterFrame } = require('internal/errors');
const internalType = internalBinding('native').internalType;
const isError = (e) => internalType(e) === 'Error' || e instanceof Error;

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
// Single-line values up to this many characters (both together) are shown as `a !== b`.
const kMaxShortLength = 12;

// node 20.20's throw statements (lib/assert.js unless another file is named): the report of an
// uncaught error starts with the one that threw it (loop.js markThrow). Reported as a rejection
// (or from an ES module's top level) node shows where the error was made instead: the `new` of
// its own errors, its handler's line for an AssertionError (whose stack the constructor has
// already read: null), and a rethrown value's own place (false: the mark does not apply).
function thrown(err, line, source, file = 'assert') {
  const at = (column) => `node:${file}:${line}\n${source}\n${' '.repeat(column)}^\n`;
  const made = source.indexOf('throw new ');
  const rejection = err instanceof AssertionError ? null : made === -1 ? false : at(made + 6);
  require('internal/loop').markThrow(err, at(source.indexOf('throw')), rejection);
  return err;
}
// A validator's error, rethrown by node's hideStackFrames.
const validatorThrown = (err) => thrown(err, 541, '      throw error;', 'internal/errors');

function inspectValue(v) {
  return inspect(v, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

// An error's own enumerable properties and message without its stack (nor, as node 20's,
// its cause or errors), so messages do not show stacks.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

// node's `'stack' in value`: V8 keeps a stack on error instances only, where the engine here
// also has an accessor on Error.prototype (which an Object.create(Error.prototype) reaches).
function hasStack(value) {
  for (let o = value; o !== null; o = Object.getPrototypeOf(o)) {
    if (o === Error.prototype) return false;
    if (Object.prototype.hasOwnProperty.call(o, 'stack')) return true;
  }
  return false;
}

function isObjectLike(v) { return typeof v === 'object' && v !== null; }

// Lines shown before a diverging line: the last identical ones, collapsed when there are many.
function flushIdentical(lines, i, identical, out) {
  if (identical <= 2) return;
  if (identical > 3) {
    if (identical > 4) {
      if (identical === 5) {
        out.res += `\n  ${lines[i - 3]}`;
        out.printed++;
      } else {
        out.res += `\n${blue}...${white}`;
        out.skipped = true;
      }
    }
    out.res += `\n  ${lines[i - 2]}`;
    out.printed++;
  }
  out.res += `\n  ${lines[i - 1]}`;
  out.printed++;
}

// The diff markers' colors, as node refreshes them for each AssertionError from stderr (and
// keeps when stderr is no terminal).
let blue = '';
let green = '';
let red = '';
let white = '';
function setDiffColors() {
  if (!require('internal/stdio').streamIsTTY(2)) return;
  const colors = shouldColorize(process.stderr);
  blue = colors ? '\u001b[34m' : '';
  green = colors ? '\u001b[32m' : '';
  red = colors ? '\u001b[31m' : '';
  white = colors ? '\u001b[39m' : '';
}

// The "+ actual - expected" line diff node prints for strictEqual/deepStrictEqual failures.
function createErrDiff(actual, expected, operator, message) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let pos = 0;
  let indicator = '';
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    // The visible lengths: inspect.defaultOptions.colors may have coloured the values.
    const colors = inspect.defaultOptions.colors;
    const a = colors ? stripVTControlCharacters(actualLines[0]) : actualLines[0];
    const e = colors ? stripVTControlCharacters(expectedLines[0]) : expectedLines[0];
    const inputLength = a.length + e.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${message != null ? String(message) : kReadableOperator[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const maxLength = require('internal/stdio').streamIsTTY(2) ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        while (a[pos] === e[pos]) pos++;
        if (pos > 2) {
          indicator = `\n  ${' '.repeat(pos)}^`;
          pos = 0;
        }
      }
    }
  }

  // Identical trailing lines are dropped; up to three of them are kept as context.
  let end = '';
  let other = '';
  let tail = actualLines[actualLines.length - 1];
  while (tail === expectedLines[expectedLines.length - 1]) {
    if (pos++ < 3) end = `\n  ${tail}${end}`;
    else other = tail;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    tail = actualLines[actualLines.length - 1];
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  const out = { res: '', printed: 0, skipped: false };
  if (pos >= 5) {
    end = `\n${blue}...${white}${end}`;
    out.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }
  const header = `${message != null ? String(message) : kReadableOperator[operator]}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;
  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    shorter = actualLines.length;
  }
  let identical = 0;
  for (let i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      // Only one side has lines left.
      flushIdentical(lines, i, identical, out);
      identical = 0;
      if (lines === actualLines) out.res += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      out.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(actualLines, i, identical, out);
        identical = 0;
        // Consecutive diverging lines show as +++--- rather than +-+-+-.
        out.res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        out.printed += 2;
      } else {
        out.res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          out.res += `\n  ${actualLine}`;
          out.printed++;
        }
      }
    }
    if (out.printed > 50 && i < maxLines - 2) {
      return `${header}${skippedMsg}\n${out.res}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }
  return `${header}${out.skipped ? skippedMsg : ''}\n${out.res}${other}${end}${indicator}`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) return `${string.slice(512)}...`;
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw validatorThrown(new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options));
    }
    const { message, operator, details } = options;
    let { actual, expected } = options;
    setDiffColors();
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') super(createErrDiff(actual, expected, operator, message));
      else super(String(message));
    } else {
      if (isObjectLike(actual) && isObjectLike(expected) && hasStack(actual) && actual instanceof Error &&
          hasStack(expected) && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(createErrDiff(actual, expected, operator));
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        let base = kReadableOperator[operator];
        const res = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
          base = kReadableOperator.notStrictEqualObject;
        }
        if (res.length > 50) {
          res[46] = '...';
          res.length = 47;
        }
        if (res.length === 1) super(`${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`);
        else super(`${base}\n\n${res.join('\n')}\n`);
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
          if (operator === 'deepEqual') {
            res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
          } else {
            const newOp = kReadableOperator[`${operator}Unequal`];
            if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
            else other = ` ${operator} ${other}`;
          }
          super(`${res}${other}`);
        }
      }
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    // The stack is fixed here, as node's constructor reads it: an own property under the
    // 'AssertionError [ERR_ASSERTION]: ...' header (the prototype has none, as node's).
    defineCodeStack(this, 'ERR_ASSERTION');
    const stackStartFn = options.stackStartFn || options.stackStartFunction;
    if (typeof stackStartFn === 'function') restartStack(this, stackStartFn);
    else hideAssertFrames(this);
    Object.defineProperty(this, 'stack', { value: this.stack, writable: true, configurable: true, enumerable: false });
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
  [inspect.custom](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

// Node starts an AssertionError's stack at the caller of the assert function
// (captureStackTrace with the function as stackStartFn): drop the frames inside assert.
// Constructed by user code (only the constructor's own frames are assert's) without a
// stackStartFn, node's stack starts with the constructor's frame instead.
const kConstructorFrame = '    at new AssertionError (node:internal/assert/assertion_error:454:5)';
function hideAssertFrames(err) {
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  const first = lines.findIndex((l) => l.startsWith('    at '));
  if (first < 0) return;
  let end = first;
  while (end < lines.length && /^ {4}at .*\(node:(assert|internal\/comparisons)[:)]/.test(lines[end])) end++;
  const direct = lines.slice(first, end).every((l) => /^ {4}at (new )?AssertionError \(node:assert:/.test(l));
  lines.splice(first, end - first);
  Object.defineProperty(err, 'stack', { value: lines.join('\n'), writable: true, configurable: true, enumerable: false });
  if (direct) prependFrames(err, [kConstructorFrame]);
}

// Node's own frames on top of the error's, within Error.stackTraceLimit.
function prependFrames(err, frames) {
  const stack = err.stack;
  const at = stack.indexOf('\n    at ');
  const header = at === -1 ? stack : stack.slice(0, at);
  const limit = Error.stackTraceLimit;
  let all = frames.concat(at === -1 ? [] : stack.slice(at + 1).split('\n'));
  if (typeof limit === 'number') all = all.slice(0, Math.max(limit, 0));
  Object.defineProperty(err, 'stack', {
    value: header + all.map((l) => `\n${l}`).join(''), writable: true, configurable: true, enumerable: false,
  });
}

// The stack from the caller of `fn` on (node's captureStackTrace(this, stackStartFn)), under
// the error's own header; none when `fn` is not on the stack (the engine would give them all).
function restartStack(err, fn) {
  if (typeof err.stack !== 'string') return;
  const frames = framesAbove(fn);
  Object.defineProperty(err, 'stack', {
    value: `${err.name} [${err.code}]: ${err.message}${frames}`, writable: true, configurable: true, enumerable: false,
  });
}

// The frames above the innermost call of `fn`, at most Error.stackTraceLimit of them. For one of
// assert's own functions that is its frame in node:assert (the engine's captureStackTrace goes
// by name, to the outermost frame of it, which may be a caller's of the same name).
function framesAbove(fn, limit = Error.stackTraceLimit) {
  const holder = {};
  if (typeof limit === 'number' && Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable) {
    const saved = Error.stackTraceLimit;
    Error.stackTraceLimit = Math.max(limit, 0) + 20; // assert's own frames come on top
    Error.captureStackTrace(holder);
    Error.stackTraceLimit = saved;
    const lines = holder.stack.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`    at ${fn.name} (node:assert:`));
    if (at !== -1) return lines.slice(at + 1, at + 1 + Math.max(limit, 0)).map((l) => `\n${l}`).join('');
  }
  Error.captureStackTrace(holder, fn);
  const frames = holder.stack.indexOf('\n    at ');
  if (frames === -1 || holder.stack.startsWith('\n    at framesAbove (node:assert:', frames)) return '';
  return holder.stack.slice(frames);
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw thrown(obj.message, 88, '  if (obj.message instanceof Error) throw obj.message;');
  throw thrown(new AssertionError(obj), 90, '  throw new AssertionError(obj);');
}

// ---- assert.ok's generated message: the source text of the failing call ------------------
const errorCache = new Map();

// Skips a string, template or comment starting at i; returns the index after it (or i).
function skipLiteral(src, i) {
  const c = src[i];
  if (c === '"' || c === "'" || c === '`') {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') { j++; continue; }
      if (src[j] === c) return j + 1;
      if (c === '`' && src[j] === '$' && src[j + 1] === '{') j = matchClose(src, j + 1) - 1;
    }
    return src.length;
  }
  if (c === '/' && src[i + 1] === '/') { const e = src.indexOf('\n', i); return e === -1 ? src.length : e; }
  if (c === '/' && src[i + 1] === '*') { const e = src.indexOf('*/', i + 2); return e === -1 ? src.length : e + 2; }
  if (c === '/' && startsRegExp(src, i)) return skipRegExp(src, i);
  return i;
}
// Whether a '/' at i opens a regular expression literal rather than dividing: what precedes it
// is an operator, an opening bracket or a keyword, not a value.
function startsRegExp(src, i) {
  let j = i - 1;
  while (j >= 0 && /\s/.test(src[j])) j--;
  if (j < 0 || /[(,=:[!&|?{};~+\-*%<>^]/.test(src[j])) return true;
  let k = j;
  while (k >= 0 && /[\w$]/.test(src[k])) k--;
  return /^(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(src.slice(k + 1, j + 1));
}
// Index after the regular expression literal (with its flags) starting at i.
function skipRegExp(src, i) {
  let inClass = false;
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '\n') return j;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      j++;
      while (j < src.length && /[a-z]/.test(src[j])) j++;
      return j;
    }
  }
  return src.length;
}
// Index after the bracket that closes the one at `open`.
// node re-parses the call's line with acorn from each token up to the call as one expression
// (comma sequences included) and falls back to '<actual> == true' when none parses: a call
// followed by ',' and a closing bracket (`  () => assert.ok(x),\n];`) with no bracket opened
// before it on its line (`[() => assert.ok(x),\n]` parses from the '[') never does.
function danglingComma(src, lineStart, start, end) {
  const skip = (j) => {
    for (;;) {
      while (j < src.length && /\s/.test(src[j])) j++;
      if (src.startsWith('//', j)) { const nl = src.indexOf('\n', j); j = nl === -1 ? src.length : nl; continue; }
      if (src.startsWith('/*', j)) { const c = src.indexOf('*/', j + 2); j = c === -1 ? src.length : c + 2; continue; }
      return j;
    }
  };
  let j = skip(end);
  if (src[j] !== ',') return false;
  j = skip(j + 1);
  if (j < src.length && !')]}'.includes(src[j])) return false;
  let depth = 0;
  for (let k = lineStart; k < start; k++) {
    const next = skipLiteral(src, k);
    if (next !== k) { k = next - 1; continue; }
    if ('([{'.includes(src[k])) depth++;
    else if (')]}'.includes(src[k])) depth--;
  }
  return depth <= 0;
}

function matchClose(src, open) {
  let depth = 0;
  for (let i = open; i < src.length;) {
    const next = skipLiteral(src, i);
    if (next !== i) { i = next; continue; }
    const c = src[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') { if (--depth === 0) return i + 1; }
    i++;
  }
  return src.length;
}
// Start of the callee expression that ends just before `end` (identifiers, also non-ASCII ones,
// dots, calls).
function calleeStart(src, end) {
  const spaceBefore = (k) => { while (k > 0 && /\s/.test(src[k - 1])) k--; return k; };
  let i = spaceBefore(end);
  for (;;) {
    while (i > 0 && /[\p{ID_Continue}$.?\u200c\u200d]/u.test(src[i - 1])) i--;
    // Spaces around a dot stay within the chain (`assert . ok`).
    const j = spaceBefore(i);
    if (j !== i && (src[i] === '.' || src[j - 1] === '.')) {
      i = j;
      continue;
    }
    if (i > 0 && (src[i - 1] === ')' || src[i - 1] === ']')) {
      const closeCh = src[i - 1];
      const openCh = closeCh === ')' ? '(' : '[';
      let depth = 0;
      let j = i - 1;
      for (; j >= 0; j--) {
        if (src[j] === closeCh) depth++;
        else if (src[j] === openCh && --depth === 0) break;
      }
      if (j < 0) return i;
      i = j;
      continue;
    }
    return i;
  }
}

// Control characters in the call's text, written as node escapes them.
function escapeControl(c) {
  const code = c.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

// The frame of the call to `fn` (node's captureStackTrace(err, fn) with a limit of 1, so a
// user's Error.stackTraceLimit does not matter unless Error is frozen).
function callSiteOf(fn) {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const writable = desc === undefined ? Object.isExtensible(Error) : desc.writable === true;
  return framesAbove(fn, writable ? 1 : Error.stackTraceLimit).split('\n')[1] || '';
}

// node looks for the call's line in at most 32 reads of 16 KiB: the newline before it must be
// among the file's first 512 KiB (as UTF-8).
const kMaxLineSearch = 32 * 16384;
function lineWithinReach(src, lineStart) {
  const newline = lineStart - 1;
  if (newline * 3 < kMaxLineSearch) return true; // at most 3 bytes per UTF-16 unit
  if (newline >= kMaxLineSearch) return false;
  return require('buffer').Buffer.byteLength(src.slice(0, newline), 'utf8') < kMaxLineSearch;
}

function getErrMessage(fn) {
  const frame = callSiteOf(fn);
  // The function's name may hold parentheses (a test named 'assert() works'): a location
  // without them is preferred over one that swallowed part of the name.
  const loc = / \(([^()]+):(\d+):(\d+)\)\s*$/.exec(frame) || /\((.+):(\d+):(\d+)\)\s*$/.exec(frame) ||
    /at (.+):(\d+):(\d+)\s*$/.exec(frame);
  if (!loc || loc[1].startsWith('node:')) return undefined;
  const [, url, lineStr, colStr] = loc;
  // An ES module's frame names its URL.
  const filename = url.startsWith('file://') ? decodeURIComponent(url.slice(7)) : url;
  const identifier = `${filename}${lineStr}${colStr}`;
  if (errorCache.has(identifier)) return errorCache.get(identifier);
  let message;
  try {
    const src = internalBinding('native').readFileUtf8(filename);
    const lines = src.split('\n');
    const line = Number(lineStr) - 1;
    let offset = 0;
    for (let k = 0; k < line; k++) offset += lines[k].length + 1;
    if (!lineWithinReach(src, offset)) throw new Error('beyond node\'s reads');
    // The frame's column is the callee's name (as V8 reports it); the call's own text starts
    // where its callee chain does, found back from the opening parenthesis.
    let paren = offset + Number(colStr) - 1;
    while (paren < src.length && src[paren] !== '(' && /[\w$.\s?\u0080-\uffff]/.test(src[paren])) paren++;
    if (src[paren] === '(') {
      // node parses from the start of the frame's line: a chain continued from an earlier line
      // shows from its first name on this one (`assert\n  .ok(x)` is `ok(x)`).
      let start = Math.max(calleeStart(src, paren), offset);
      while (start < paren && /[\s.?]/.test(src[start])) start++;
      const end = matchClose(src, paren);
      if (danglingComma(src, offset, start, end)) throw null; // eslint-disable-line no-throw-literal
      const column = start - offset;
      // Split on '\n' only, as node does where os.EOL is '\n': CRLF sources keep their '\r's.
      const code = src.slice(start, end).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, escapeControl);
      const codeLines = code.split('\n');
      message = codeLines.shift();
      for (const frame of codeLines) {
        let pos = 0;
        while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
        message += `\n  ${frame.slice(pos)}`;
      }
      message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
    }
  } catch {
    message = undefined;
  }
  errorCache.set(identifier, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(fn);
    } else if (isError(message)) {
      throw thrown(message, 270, '      throw message;', 'internal/assert/utils');
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw thrown(err, 281, '    throw err;', 'internal/assert/utils');
  }
}

// `arguments` rather than a rest parameter (the length stays 0, as node's): Boa builds rest
// arrays and spreads slowly, and assert.ok is the hottest call of a test suite.
function ok() { const value = arguments[0]; if (!value) innerOk(ok, arguments.length, value, arguments[1]); }
// The module is assert.ok itself, as node's (module.exports = ok).
const assert = ok;
assert.ok = ok;
let failWarned = false;
assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (argsLen === 0) internalMessage = 'Failed';
  else if (argsLen === 1) { message = actual; actual = undefined; }
  else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw thrown(message, 124, '  if (message instanceof Error) throw message;');
  const errArgs = {
    actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail,
    message: internalMessage || message,
  };
  const err = new AssertionError(errArgs);
  if (internalMessage) err.generatedMessage = true;
  throw thrown(err, 137, '  throw err;');
};
// The line of each comparison's own argument check in node's assert.js.
const kMissingArgsLine = {
  equal: 166, notEqual: 190, deepEqual: 213, notDeepEqual: 236, deepStrictEqual: 261, notDeepStrictEqual: 286,
  strictEqual: 309, notStrictEqual: 331,
};
function checkArgs(n, fn) {
  if (n < 2) {
    throw thrown(new codes.ERR_MISSING_ARGS('actual', 'expected'), kMissingArgsLine[fn.name],
      "    throw new ERR_MISSING_ARGS('actual', 'expected');");
  }
}
assert.equal = function equal(actual, expected, message) {
  checkArgs(arguments.length, equal);
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
};
assert.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments.length, notEqual);
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments.length, strictEqual);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, notStrictEqual);
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
};
assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments.length, deepEqual);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments.length, notDeepEqual);
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, deepStrictEqual);
  if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, notDeepStrictEqual);
  if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
};

// Placeholder objects that render only the compared keys in the failure diff.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}
function isRegExp(v) { return internalType(v) === 'RegExp'; }

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys), expected: new Comparison(expected, keys, actual), operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw thrown(err, 377, '      throw err;');
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

// Checks a caught error against the `error` argument of throws()/rejects().
function expectedException(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw thrown(err, 416, '      throw err;');
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) {
        throw thrown(new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object'), 425,
          "        throw new ERR_INVALID_ARG_VALUE('error',");
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) continue;
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw thrown(err, 491, '    throw err;');
}

const NO_EXCEPTION = Symbol('no exception');
function getActual(fn) {
  if (typeof fn !== 'function') throw validatorThrown(new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn));
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}
function isPromiseLike(obj) {
  return internalType(obj) === 'Promise' ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}
async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isPromiseLike(resultPromise)) {
      throw thrown(new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise), 522,
        "      throw new ERR_INVALID_RETURN_VALUE('instance of Promise',");
    }
  } else if (isPromiseLike(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw thrown(new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn), 528,
      '    throw new ERR_INVALID_ARG_TYPE(');
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(fn, actual, ...rest) {
  let [error, message] = rest;
  if (typeof error === 'string') {
    if (rest.length === 2) {
      throw thrown(new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error), 543,
        "      throw new ERR_INVALID_ARG_TYPE('error',");
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw thrown(new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`), 549, '        throw new ERR_AMBIGUOUS_ARGUMENT(');
      }
    } else if (actual === error) {
      throw thrown(new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`),
        555, '      throw new ERR_AMBIGUOUS_ARGUMENT(');
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw thrown(new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error), 565,
      "    throw new ERR_INVALID_ARG_TYPE('error',");
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${fnType}${details}`, stackStartFn: fn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw thrown(new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected), 598,
      '    throw new ERR_INVALID_ARG_TYPE(');
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`, stackStartFn: fn,
    });
  }
  throw thrown(actual, 634, '  throw actual;');
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};
assert.rejects = async function rejects(promiseFn, ...args) {
  const caller = callerHolder(rejects);
  const actual = await waitForActual(promiseFn);
  try {
    expectsError(rejects, actual, ...args);
  } catch (err) {
    throw withAwaiterFrame(err, caller);
  }
};
assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};
assert.doesNotReject = async function doesNotReject(fn, ...args) {
  const caller = callerHolder(doesNotReject);
  const actual = await waitForActual(fn);
  try {
    expectsNoError(doesNotReject, actual, ...args);
  } catch (err) {
    throw withAwaiterFrame(err, caller);
  }
};

// rejects()/doesNotReject() fail after an await: node's AssertionError then has no frames but
// V8's async one of the function awaiting the call (`async TestContext.<anonymous> (f:L:C)`,
// C the column of its `await`), which the engine does not give. The caller's frame is taken
// as the call starts and read only when the call fails.
function callerHolder(fn) {
  const holder = {};
  try { Error.captureStackTrace(holder, fn); } catch { /* none */ }
  return holder;
}
function withAwaiterFrame(err, holder) {
  if (!(err instanceof AssertionError) || typeof err.stack !== 'string' || err.stack.includes('\n    at ')) return err;
  let stack;
  try { stack = holder.stack; } catch { return err; }
  if (typeof stack !== 'string') return err;
  const frame = stack.split('\n').find((l) => l.startsWith('    at '));
  // an `await` right before the callee (`assert.rejects(`, `rejects(`)
  const shown = frame === undefined ? undefined : awaiterFrame(frame);
  if (shown === undefined) return err;
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number' && limit < 1) return err;
  Object.defineProperty(err, 'stack', { value: `${err.stack}\n    at ${shown}`, writable: true, configurable: true, enumerable: false });
  return err;
}
assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // As node's: the new frames down to the first one the original error shares, then all of the
  // original error's frames (where the error came from).
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStackStart = origStack.indexOf('\n    at');
    if (origStackStart !== -1) {
      const originalFrames = origStack.slice(origStackStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const errFrame of originalFrames) {
        const pos = newFrames.indexOf(errFrame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw thrown(newErr, 733, '    throw newErr;');
};
function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) {
    throw thrown(new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp), 739, '    throw new ERR_INVALID_ARG_TYPE(');
  }
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw thrown(message, 747, '      throw message;');
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw thrown(err, 768, '    throw err;');
  }
}
assert.match = function match(string, regexp, message) { internalMatch(string, regexp, message, match); };
assert.doesNotMatch = function doesNotMatch(string, regexp, message) { internalMatch(string, regexp, message, doesNotMatch); };
assert.AssertionError = AssertionError;
// assert.CallTracker as node 20's (deprecated, DEP0173): tracked functions are proxies of the
// original recording each call's this and arguments.
const kCallTracker = 'internal/assert/calltracker';
class CallTrackerContext {
  #expected;
  #calls = [];
  #name;
  #stackTrace;
  constructor(expected, stackTrace, name) {
    this.#expected = expected;
    this.#stackTrace = stackTrace;
    this.#name = name;
  }
  track(thisArg, args) { this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze(args.slice()) })); }
  get delta() { return this.#calls.length - this.#expected; }
  reset() { this.#calls = []; }
  getCalls() { return Object.freeze(this.#calls.slice()); }
  report() {
    if (this.delta === 0) return undefined;
    const message = `Expected the ${this.#name} function to be executed ${this.#expected} time(s) but was executed ${this.#calls.length} time(s).`;
    return { message, actual: this.#calls.length, expected: this.#expected, operator: this.#name, stack: this.#stackTrace };
  }
}

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();
  #getTrackedFunction(tracked) {
    if (!this.#trackedFunctions.has(tracked)) {
      throw thrown(new codes.ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function'), 79,
        "      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');", kCallTracker);
    }
    return this.#trackedFunctions.get(tracked);
  }
  reset(tracked) {
    if (tracked === undefined) {
      this.#callChecks.forEach((check) => check.reset());
      return;
    }
    this.#getTrackedFunction(tracked).reset();
  }
  getCalls(tracked) { return this.#getTrackedFunction(tracked).getCalls(); }
  calls(fn, expected = 1) {
    if (process._exiting) {
      throw thrown(new codes.ERR_UNAVAILABLE_DURING_EXIT(), 99, '      throw new ERR_UNAVAILABLE_DURING_EXIT();', kCallTracker);
    }
    // Without a function node tracks Function.prototype (nameless: reported as 'calls').
    if (typeof fn === 'number') {
      expected = fn;
      fn = Function.prototype;
    } else if (fn === undefined) {
      fn = Function.prototype;
    }
    require('internal/validators').validateUint32(expected, 'expected', true);
    const context = new CallTrackerContext(expected, new Error(), fn.name || 'calls');
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        context.track(thisArg, argList);
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#callChecks.add(context);
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }
  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }
  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    // node's has no stackStartFn: its stack shows the constructor and verify themselves (in
    // place of assert's frames here, so the caller's keep their number).
    const err = new AssertionError({ message, details: errors });
    prependFrames(err, [kConstructorFrame, '    at CallTracker.verify (node:internal/assert/calltracker:146:11)']);
    throw thrown(err, 146, '    throw new AssertionError({', kCallTracker);
  }
}
// util.deprecate's wrapper without loading util here (assert is loaded by many scripts).
let warnedCallTracker = false;
assert.CallTracker = function deprecated(...args) {
  if (!warnedCallTracker) {
    warnedCallTracker = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173', deprecated);
  }
  return Reflect.construct(CallTracker, args, new.target || CallTracker);
};
Object.setPrototypeOf(assert.CallTracker, CallTracker);
assert.CallTracker.prototype = CallTracker.prototype;

// node's property order (Object.keys(assert) shows it)
for (const k of ['fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError',
  'match', 'doesNotMatch', 'CallTracker']) {
  const v = assert[k];
  delete assert[k];
  assert[k] = v;
}

function strict() { const value = arguments[0]; if (!value) innerOk(strict, arguments.length, value, arguments[1]); }
Object.assign(strict, assert, {
  equal: assert.strictEqual, deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual, notDeepEqual: assert.notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
