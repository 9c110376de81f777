// node:test/reporters -- node 20's built-in test reporters (tap, spec, dot, junit) over the events of
// node:test. The formatting is done by plain stateful formatters (`begin()`, `event(type,
// data)`, `end()` -> strings) that node:test also writes through directly, without streams;
// the exported reporters wrap them as node's shapes (async generators, spec a Transform).
'use strict';

// ---- shared helpers ------------------------------------------------------------------------
let inspectFn;
function inspectWithNoCustomRetry(value, options) {
  inspectFn = inspectFn || require('internal/inspect').inspect;
  try {
    return inspectFn(value, options);
  } catch {
    return inspectFn(value, { ...options, customInspect: false });
  }
}

const yamlInspectOptions = { __proto__: null, colors: false, breakLength: Infinity };
const plainString = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

// inspect() of a primitive, without loading inspect for the common cases.
function inspectPrimitive(value) {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string' && plainString.test(value)) return `'${value}'`;
  return inspectWithNoCustomRetry(value, yamlInspectOptions);
}

const isError = (e) => e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
const isAssertionLike = (v) => v && typeof v === 'object' && 'expected' in v && 'actual' in v;
const kUnwrapErrors = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException', 'unhandledRejection']);
// Splits at \n and \r\n, as node's split(/\n|\r\n/) (String#split with a RegExp is slow in Boa:
// ~1 ms for an error's stack, paid for every failing test).
function splitLines(text) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  }
  return lines;
}

// ---- TAP ---------------------------------------------------------------------------------
const tapIndents = [];
function tapIndent(nesting) {
  return tapIndents[nesting] ?? (tapIndents[nesting] = '    '.repeat(nesting));
}

function tapEscape(input) {
  let result = input.replaceAll('\b', '\\b');
  result = result.replaceAll('\f', '\\f');
  result = result.replaceAll('\t', '\\t');
  result = result.replaceAll('\n', '\\n');
  result = result.replaceAll('\r', '\\r');
  result = result.replaceAll('\v', '\\v');
  result = result.replaceAll('\\', '\\\\');
  result = result.replaceAll('#', '\\#');
  return result;
}

function reportTest(nesting, testNumber, status, name, skip, todo) {
  let line = `${tapIndent(nesting)}${status} ${testNumber}`;
  if (name) line += ` ${tapEscape(`- ${name}`)}`;
  if (skip !== undefined) {
    line += ` # SKIP${typeof skip === 'string' && skip.length ? ` ${tapEscape(skip)}` : ''}`;
  } else if (todo !== undefined) {
    line += ` # TODO${typeof todo === 'string' && todo.length ? ` ${tapEscape(todo)}` : ''}`;
  }
  return `${line}\n`;
}

function reportDetails(nesting, data = {}, location) {
  const { error, duration_ms } = data;
  const indent = tapIndent(nesting);
  let details = `${indent}  ---\n`;
  details += jsToYaml(indent, 'duration_ms', duration_ms);
  details += jsToYaml(indent, 'type', data.type);
  if (location) details += jsToYaml(indent, 'location', location);
  details += jsToYaml(indent, null, error, new Set());
  details += `${indent}  ...\n`;
  return details;
}

function jsToYaml(indent, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${indent}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;

  if (typeof value !== 'object') {
    if (typeof value !== 'string') return `${prefix} ${inspectPrimitive(value)}\n`;
    const lines = splitLines(value);
    if (lines.length === 1) return `${prefix} ${inspectPrimitive(value)}\n`;
    let str = `${prefix} |-\n`;
    for (let i = 0; i < lines.length; i++) str += `${indent}    ${lines[i]}\n`;
    return str;
  }

  seen.add(value);
  const entries = Object.entries(value);
  const isErrorObj = isError(value);
  let propsIndent = indent;
  let result = '';

  if (name != null) {
    result += prefix;
    if (value instanceof Date) result += ` ${value.toISOString()}`;
    result += '\n';
    propsIndent += '  ';
  }

  for (let i = 0; i < entries.length; i++) {
    const { 0: key, 1: v } = entries[i];
    if (isErrorObj && (key === 'cause' || key === 'code')) continue;
    if (seen.has(v)) {
      result += `${propsIndent}  ${key}: <Circular>\n`;
      continue;
    }
    result += jsToYaml(propsIndent, key, v, seen);
  }

  if (isErrorObj) {
    const { cause, code, failureType, message, expected, actual, operator, stack, name: errorName } = value;
    let errMsg = message ?? '<unknown error>';
    let errName = errorName;
    let errStack = stack;
    let errCode = code;
    let errExpected = expected;
    let errActual = actual;
    let errOperator = operator;
    let errIsAssertion = isAssertionLike(value);

    if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
      errStack = cause?.stack ?? errStack;
      errCode = cause?.code ?? errCode;
      errName = cause?.name ?? errName;
      errMsg = cause?.message ?? errMsg;
      if (isAssertionLike(cause)) {
        errExpected = cause.expected;
        errActual = cause.actual;
        errOperator = cause.operator ?? errOperator;
        errIsAssertion = true;
      }
    }

    result += jsToYaml(indent, 'error', errMsg, seen);
    if (errCode) result += jsToYaml(indent, 'code', errCode, seen);
    if (errName && errName !== 'Error') result += jsToYaml(indent, 'name', errName, seen);
    if (errIsAssertion) {
      result += jsToYaml(indent, 'expected', errExpected, new Set(seen));
      result += jsToYaml(indent, 'actual', errActual, new Set(seen));
      if (errOperator) result += jsToYaml(indent, 'operator', errOperator, seen);
    }

    if (typeof errStack === 'string') {
      const frames = [];
      const lines = splitLines(errStack);
      for (let i = 0; i < lines.length; i++) {
        const frame = lines[i];
        if (frame.length > 7 && frame.startsWith('    at ')) frames.push(frame.slice(7)); // (node's /^ {4}at /)
      }
      if (frames.length > 0) {
        const frameDelimiter = `\n${indent}    `;
        result += `${indent}  stack: |-${frameDelimiter}`;
        result += `${frames.join(frameDelimiter)}\n`;
      }
    }
  }
  return result;
}

function tapLine(type, data) {
  switch (type) {
    case 'test:fail': {
      const location = data.file ? `${data.file}:${data.line}:${data.column}` : null;
      return reportTest(data.nesting, data.testNumber, 'not ok', data.name, data.skip, data.todo) +
        reportDetails(data.nesting, data.details, location);
    }
    case 'test:pass':
      return reportTest(data.nesting, data.testNumber, 'ok', data.name, data.skip, data.todo) +
        reportDetails(data.nesting, data.details, null);
    case 'test:plan':
      return `${tapIndent(data.nesting)}1..${data.count}\n`;
    case 'test:start':
      return `${tapIndent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
    case 'test:stderr':
    case 'test:stdout': {
      let out = '';
      const lines = splitLines(data.message);
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].length > 0) out += `# ${tapEscape(lines[i])}\n`;
      }
      return out;
    }
    case 'test:diagnostic':
      return `${tapIndent(data.nesting)}# ${tapEscape(data.message)}\n`;
    default:
      return '';
  }
}

class TapFormatter {
  begin() { return 'TAP version 13\n'; }
  event(type, data) { return tapLine(type, data); }
  // The strings node's tap generator yields for one event (one per pipeline step).
  chunks(type, data) {
    switch (type) {
      case 'test:fail': {
        const location = data.file ? `${data.file}:${data.line}:${data.column}` : null;
        return [reportTest(data.nesting, data.testNumber, 'not ok', data.name, data.skip, data.todo),
          reportDetails(data.nesting, data.details, location)];
      }
      case 'test:pass':
        return [reportTest(data.nesting, data.testNumber, 'ok', data.name, data.skip, data.todo),
          reportDetails(data.nesting, data.details, null)];
      default: {
        const s = tapLine(type, data);
        return s === '' ? [] : [s];
      }
    }
  }
  end() { return ''; }
}

// ---- spec ----------------------------------------------------------------------------------
// node's internal/util/colors: set from stderr (sic), as node does.
function getColors() {
  let has = false;
  try {
    const stdio = require('internal/stdio');
    has = stdio.isTTY(2) && stdio.shouldColorize(2);
  } catch { has = false; }
  const c = (code) => (has ? code : '');
  return {
    blue: c('\u001b[34m'), green: c('\u001b[32m'), white: c('\u001b[39m'), yellow: c('\u001b[33m'),
    red: c('\u001b[31m'), gray: c('\u001b[90m'), reset: c('\u001b[0m'),
  };
}

const symbols = {
  '__proto__': null,
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'test:coverage': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
};

const specIndent = (nesting) => '  '.repeat(nesting);

class SpecFormatter {
  constructor() {
    this.isTransform = true; // node's spec reporter is a Transform stream, not a generator
    this.stack = [];
    this.reported = [];
    this.failedTests = [];
    this.cwd = process.cwd();
    this.colors = getColors();
    let stdoutColors = false;
    try {
      const stdio = require('internal/stdio');
      stdoutColors = stdio.shouldColorize(1); // node: shouldColorize(process.stdout) (FORCE_COLOR wins over isTTY)
    } catch { stdoutColors = false; }
    this.inspectOptions = { __proto__: null, colors: stdoutColors, breakLength: Infinity };
  }

  colorFor(type) {
    const { colors } = this;
    if (type === 'test:fail') return colors.red;
    if (type === 'test:pass') return colors.green;
    if (type === 'test:diagnostic') return colors.blue;
    return undefined;
  }

  formatError(error, indent) {
    if (!error) return '';
    const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
    const message = splitLines(inspectWithNoCustomRetry(err, this.inspectOptions)).join(`\n${indent}  `);
    return `\n${indent}  ${message}\n`;
  }

  formatTestReport(type, data, prefix = '', indent = '', hasChildren = false) {
    const { colors } = this;
    let color = this.colorFor(type) ?? colors.white;
    let symbol = symbols[type] ?? ' ';
    const { skip, todo } = data;
    const duration = data.details?.duration_ms ? ` ${colors.gray}(${data.details.duration_ms}ms)${colors.white}` : '';
    let title = `${data.name}${duration}`;
    if (skip !== undefined) title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
    else if (todo !== undefined) title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
    const error = this.formatError(data.details?.error, indent);
    const err = hasChildren ?
      (!error || data.details?.error?.failureType === 'subtestsFailed' ? '' : `\n${error}`) :
      error;
    if (skip !== undefined) {
      color = colors.gray;
      symbol = symbols['hyphen:minus'];
    }
    return `${prefix}${indent}${color}${symbol}${title}${colors.white}${err}`;
  }

  handleTestReportEvent(type, data) {
    this.stack.shift(); // the matching test:start
    let prefix = '';
    while (this.stack.length) {
      const msg = this.stack.pop().data;
      this.reported.unshift(msg);
      prefix += `${specIndent(msg.nesting)}${symbols['arrow:right']}${msg.name}\n`;
    }
    let hasChildren = false;
    if (this.reported[0] && this.reported[0].nesting === data.nesting && this.reported[0].name === data.name) {
      this.reported.shift();
      hasChildren = true;
    }
    return `${this.formatTestReport(type, data, prefix, specIndent(data.nesting), hasChildren)}\n`;
  }

  begin() { return ''; }

  event(type, data) {
    switch (type) {
      case 'test:fail':
        if (data.details?.error?.failureType !== 'subtestsFailed') this.failedTests.push(data);
        return this.handleTestReportEvent(type, data);
      case 'test:pass':
        return this.handleTestReportEvent(type, data);
      case 'test:start':
        this.stack.unshift({ __proto__: null, data, type });
        return '';
      case 'test:stderr':
      case 'test:stdout':
        return data.message;
      case 'test:diagnostic':
        return `${this.colors.blue}${specIndent(data.nesting)}${symbols[type]}${data.message}${this.colors.white}\n`;
      default:
        return '';
    }
  }

  end() {
    if (this.failedTests.length === 0) return '';
    const { colors } = this;
    const results = [`\n${colors.red}${symbols['test:fail']}failing tests:${colors.white}\n`];
    for (let i = 0; i < this.failedTests.length; i++) {
      const test = this.failedTests[i];
      const formattedErr = this.formatTestReport('test:fail', test);
      if (test.file) {
        const relPath = require('path').relative(this.cwd, test.file);
        results.push(`test at ${relPath}:${test.line}:${test.column}`);
      }
      results.push(formattedErr);
    }
    return results.join('\n');
  }
}

// ---- dot -----------------------------------------------------------------------------------
class DotFormatter {
  constructor() {
    this.count = 0;
    this.columns = this.lineLength();
    this.failedTests = [];
    this.colors = getColors();
  }

  lineLength() { return Math.max(process.stdout.columns ?? 20, 20); }
  begin() { return ''; }

  event(type, data) {
    const { colors } = this;
    let out = '';
    if (type === 'test:pass') out += `${colors.green}.${colors.reset}`;
    if (type === 'test:fail') {
      out += `${colors.red}X${colors.reset}`;
      this.failedTests.push(data);
    }
    if ((type === 'test:fail' || type === 'test:pass') && ++this.count === this.columns) {
      out += '\n';
      this.columns = this.lineLength();
      this.count = 0;
    }
    return out;
  }

  // node's dot generator yields the mark and the line break separately (a pipeline step each).
  chunks(type, data) {
    const out = this.event(type, data);
    if (out === '') return [];
    return out.length > 1 && out.endsWith('\n') ? [out.slice(0, -1), '\n'] : [out];
  }

  // node's dot generator ends yielding the line break, then the failures' header and reports.
  endChunks() {
    const out = ['\n'];
    if (this.failedTests.length > 0) {
      const { colors } = this;
      out.push(`\n${colors.red}Failed tests:${colors.white}\n\n`);
      const spec = new SpecFormatter();
      for (const test of this.failedTests) out.push(spec.formatTestReport('test:fail', test));
    }
    return out;
  }

  end() { return this.endChunks().join(''); }
}

// ---- junit ---------------------------------------------------------------------------------
// node 20's junit reporter: a tree built from test:start/pass/fail/diagnostic, written at the
// end (attributes lose their newlines, quotes become &quot; before & and < are escaped).
const junitEscapeContent = (s = '') => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const junitEscapeAttribute = (s = '') => junitEscapeContent(s.replace(/\n/g, '').replace(/"/g, '&quot;'));
const junitEscapeComment = (s = '') => s.replace(/--/g, '&#45;&#45;');

function junitTreeToXML(tree) {
  if (typeof tree === 'string') return `${junitEscapeContent(tree)}\n`;
  const { tag, attrs, nesting, children, comment } = tree;
  const indent = '\t'.repeat(nesting + 1);
  if (comment) return `${indent}<!-- ${junitEscapeComment(comment)} -->\n`;
  const attrsString = Object.entries(attrs)
    .map(({ 0: key, 1: value }) => `${key}="${junitEscapeAttribute(String(value))}"`).join(' ');
  if (!children?.length) return `${indent}<${tag} ${attrsString}/>\n`;
  return `${indent}<${tag} ${attrsString}>\n${children.map(junitTreeToXML).join('')}${indent}</${tag}>\n`;
}

const junitIsFailure = (node) => (node?.children && node.children.some((c) => c.tag === 'failure')) || node?.attrs?.failures;
const junitIsSkipped = (node) => (node?.children && node.children.some((c) => c.tag === 'skipped')) || node?.attrs?.skipped;

class JunitFormatter {
  constructor() {
    this.currentSuite = null;
    this.roots = [];
  }

  begin() { return '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'; }

  startTest(data) {
    const originalSuite = this.currentSuite;
    this.currentSuite = {
      __proto__: null,
      attrs: { __proto__: null, name: data.name },
      nesting: data.nesting,
      parent: originalSuite,
      children: [],
    };
    if (originalSuite?.children) originalSuite.children.push(this.currentSuite);
    if (!this.currentSuite.parent) this.roots.push(this.currentSuite);
  }

  event(type, data) {
    switch (type) {
      case 'test:start':
        this.startTest(data);
        break;
      case 'test:pass':
      case 'test:fail': {
        if (!this.currentSuite) this.startTest({ __proto__: null, name: 'root', nesting: 0 });
        if (this.currentSuite.attrs.name !== data.name || this.currentSuite.nesting !== data.nesting) {
          this.startTest(data);
        }
        const currentTest = this.currentSuite;
        if (this.currentSuite?.nesting === data.nesting) this.currentSuite = this.currentSuite.parent;
        currentTest.attrs.time = (data.details.duration_ms / 1000).toFixed(6);
        const nonCommentChildren = currentTest.children.filter((c) => c.comment == null);
        if (nonCommentChildren.length > 0) {
          currentTest.tag = 'testsuite';
          currentTest.attrs.disabled = 0;
          currentTest.attrs.errors = 0;
          currentTest.attrs.tests = nonCommentChildren.length;
          currentTest.attrs.failures = currentTest.children.filter(junitIsFailure).length;
          currentTest.attrs.skipped = currentTest.children.filter(junitIsSkipped).length;
          currentTest.attrs.hostname = require('os').hostname();
        } else {
          currentTest.tag = 'testcase';
          currentTest.attrs.classname = data.classname ?? 'test';
          if (data.skip) {
            currentTest.children.push({
              __proto__: null, nesting: data.nesting + 1, tag: 'skipped',
              attrs: { __proto__: null, type: 'skipped', message: data.skip },
            });
          }
          if (data.todo) {
            currentTest.children.push({
              __proto__: null, nesting: data.nesting + 1, tag: 'skipped',
              attrs: { __proto__: null, type: 'todo', message: data.todo },
            });
          }
          if (type === 'test:fail') {
            const error = data.details?.error;
            currentTest.children.push({
              __proto__: null,
              nesting: data.nesting + 1,
              tag: 'failure',
              attrs: { __proto__: null, type: error?.failureType || error?.code, message: error?.message ?? '' },
              children: [inspectWithNoCustomRetry(error, yamlInspectOptions)],
            });
            currentTest.failures = 1;
            currentTest.attrs.failure = error?.message ?? '';
          }
        }
        break;
      }
      case 'test:diagnostic':
        (this.currentSuite?.children ?? this.roots).push({ __proto__: null, nesting: data.nesting, comment: data.message });
        break;
      default:
        break;
    }
    return '';
  }

  end() {
    let out = '';
    for (let i = 0; i < this.roots.length; i++) out += junitTreeToXML(this.roots[i]);
    return `${out}</testsuites>\n`;
  }
}

// node's lcov reporter writes only the coverage summaries (test:coverage), which rjs, with no
// coverage collection, never reports: its output is empty.
class LcovFormatter {
  constructor() { this.isTransform = true; } // (node's is a Transform stream)
  begin() { return ''; }
  event() { return ''; }
  end() { return ''; }
}

function createFormatter(name) {
  if (name === 'spec') return new SpecFormatter();
  if (name === 'dot') return new DotFormatter();
  if (name === 'junit') return new JunitFormatter();
  if (name === 'lcov') return new LcovFormatter();
  return new TapFormatter();
}

// ---- the public reporters ------------------------------------------------------------------
function generatorOver(Formatter) {
  return async function* reporter(source) {
    const f = new Formatter();
    const first = f.begin();
    if (first) yield first;
    for await (const { type, data } of source) {
      // Each string node's generator yields for the event (tap: a test's line, then its details).
      if (f.chunks !== undefined) {
        const chunks = f.chunks(type, data);
        for (let i = 0; i < chunks.length; i++) yield chunks[i];
      } else {
        const s = f.event(type, data);
        if (s) yield s;
      }
    }
    if (f.endChunks !== undefined) {
      const chunks = f.endChunks();
      for (let i = 0; i < chunks.length; i++) yield chunks[i];
    } else {
      const last = f.end();
      if (last) yield last;
    }
  };
}

const tap = generatorOver(TapFormatter);
Object.defineProperty(tap, 'name', { value: 'tapReporter' });
const dot = generatorOver(DotFormatter);
Object.defineProperty(dot, 'name', { value: 'dot' });
const junit = generatorOver(JunitFormatter);
Object.defineProperty(junit, 'name', { value: 'junitReporter' });

let SpecReporter;
function getSpecReporter() {
  if (SpecReporter === undefined) {
    const { Transform } = require('stream');
    SpecReporter = class SpecReporter extends Transform {
      #f = new SpecFormatter();
      constructor() { super({ __proto__: null, writableObjectMode: true }); }
      _transform({ type, data }, encoding, callback) { callback(null, this.#f.event(type, data)); }
      _flush(callback) { callback(null, this.#f.end()); }
    };
  }
  return SpecReporter;
}

// node's `lcov` export: a new LcovReporter Transform each time it is read.
let LcovReporter;
function getLcovReporter() {
  if (LcovReporter === undefined) {
    const { Transform } = require('stream');
    LcovReporter = class LcovReporter extends Transform {
      #f = new LcovFormatter();
      constructor(options) { super({ ...options, writableObjectMode: true, __proto__: null }); }
      _transform({ type, data }, encoding, callback) { callback(null, this.#f.event(type, data) || undefined); }
    };
  }
  return LcovReporter;
}

Object.defineProperties(module.exports, {
  dot: { __proto__: null, configurable: true, enumerable: true, get() { return dot; } },
  junit: { __proto__: null, configurable: true, enumerable: true, get() { return junit; } },
  spec: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value: function value(...args) { return Reflect.construct(getSpecReporter(), args); },
  },
  tap: { __proto__: null, configurable: true, enumerable: true, get() { return tap; } },
  lcov: { __proto__: null, configurable: true, enumerable: true, get() { return new (getLcovReporter())(); } },
});

Object.defineProperty(module.exports, Symbol.for('rjs.test.formatters'), {
  __proto__: null,
  value: { createFormatter, splitLines },
});
