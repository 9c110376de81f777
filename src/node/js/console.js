// node:console -- the global console: every method with util.format formatting, groups,
// counters, timers, console.table, writing synchronously to process.stdout / stderr.
'use strict';

// Strings with no format specifier print as themselves, joined by spaces (util.format's rule).
function allPlainStrings(args) {
  for (let i = 0; i < args.length; i++) if (typeof args[i] !== 'string') return false;
  return args.length === 0 || !args[0].includes('%');
}
// internal/inspect (51 KB) is compiled on first need: console.log('text') never needs it.
// Loaded once, then kept: a require() and spread calls per console.log cost more than the
// formatting under Boa.
let inspectModule = null;
const inspectLib = () => inspectModule || (inspectModule = require('internal/inspect'));
// util.format's formatting of an argument list (an array: no spread call).
const formatArgs = (opts, args) => inspectLib().formatWithOptionsInternal(opts, args);
const inspect = (value, options) => inspectLib().inspect(value, options);
const binding = internalBinding('native');

// Instance state under node's symbols (inspect shows none of it) and inspectOptions in a
// WeakMap, as node's.
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const optionsMap = new WeakMap();

function noop() {}
function hidden(value) {
  return { value, writable: true, configurable: true, enumerable: false };
}

// node's createWriteErrorHandler: an error a write reports later (the stream emits it) is
// swallowed by a one-time listener, unless the stream has 'error' listeners of its own.
function createWriteErrorHandler(con, streamName) {
  return (err) => {
    const stream = con[streamName];
    if (err !== null && err !== undefined && !(stream._writableState && stream._writableState.errorEmitted)) {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
    }
  };
}

// node's kBindStreamsEager and kBindProperties.
function bindStreams(con, stdout, stderr) {
  Object.defineProperties(con, { _stdout: hidden(stdout), _stderr: hidden(stderr) });
}
function bindProperties(con, ignoreErrors, colorMode, groupIndentation = 2) {
  Object.defineProperties(con, {
    _stdoutErrorHandler: hidden(createWriteErrorHandler(con, '_stdout')),
    _stderrErrorHandler: hidden(createWriteErrorHandler(con, '_stderr')),
    _ignoreErrors: hidden(Boolean(ignoreErrors)),
    _times: hidden(new Map()),
    [kCounts]: hidden(new Map()),
    [kColorMode]: hidden(colorMode),
    [kIsConsole]: hidden(true),
    [kGroupIndent]: hidden(''),
    [kGroupIndentationWidth]: hidden(groupIndentation),
    [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
  });
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const { stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation } = options;
  const { codes } = require('internal/errors');
  if (!stdout || typeof stdout.write !== 'function') throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  const validators = require('internal/validators');
  validators.validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) validators.validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validators.validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }
  // The methods bound to the instance (taken from it: a subclass may override them).
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  bindStreams(this, stdout, stderr);
  bindProperties(this, ignoreErrors, colorMode, groupIndentation);
}
// The global console is no Console instance but passes instanceof, as node's.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) { return instance[kIsConsole]; },
});

// The global console writes to fd 1 / 2 directly while process.stdout / stderr are untouched
// (a plain script never loads `stream`), then through them as node's does.
const stdio = require('internal/stdio');
let globalConsole;
// node's kBindStreamsLazy: the global console's _stdout / _stderr are process.stdout / stderr
// as they are when first needed; a number is a descriptor still written to directly.
const lazy = { _stdout: undefined, _stderr: undefined };

// The stream to write to, or a descriptor number to write to directly.
function targetOf(con, name) {
  if (con !== globalConsole) return con[name];
  let s = lazy[name];
  if (s === undefined) {
    const fd = name === '_stdout' ? 1 : 2;
    s = lazy[name] = stdio.pristine(fd) ? fd : process[name.slice(1)];
  }
  return typeof s === 'number' ? stdio.consoleTarget(s) : s;
}

// node's shouldColorize.
function useColors(con, stream) {
  const mode = con[kColorMode];
  if (mode !== 'auto') return !!mode;
  if (typeof stream === 'number') return stdio.shouldColorize(stream);
  return inspectLib().shouldColorize(stream);
}

// node's kWriteToConsole: with ignoreErrors (the default) a write's synchronous throw is
// swallowed, and an error it reports later too (see createWriteErrorHandler).
function writeTo(con, streamName, args) {
  const stream = targetOf(con, streamName === 'stdout' ? '_stdout' : '_stderr');
  let str;
  if (allPlainStrings(args)) {
    str = args.join(' ');
  } else {
    const custom = optionsMap.get(con);
    const opts = custom ? { ...custom } : {};
    if (opts.colors === undefined) opts.colors = useColors(con, stream);
    str = formatArgs(opts, args);
  }
  const indent = con[kGroupIndent];
  if (indent.length !== 0) {
    if (str.includes('\n')) str = str.replace(/\n/g, `\n${indent}`);
    str = indent + str;
  }
  str += '\n';
  if (typeof stream === 'number') { binding.write(stream, str); return; }
  if (con._ignoreErrors === false) { stream.write(str); return; }
  try {
    // A no-op listener takes a synchronous 'error' while the write runs.
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(str, streamName === 'stdout' ? con._stdoutErrorHandler : con._stderrErrorHandler);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

// The methods in node's order (the aliases follow, as the same functions).
const consoleMethods = {
  log(...args) { writeTo(this, 'stdout', args); },
  warn(...args) { writeTo(this, 'stderr', args); },
  dir(object, options) {
    const stream = targetOf(this, '_stdout');
    writeTo(this, 'stdout', [inspect(object, { customInspect: false, colors: useColors(this, stream), ...optionsMap.get(this), ...options })]);
  },
  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, binding.hrtime());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace: function trace(...args) {
    const message = formatArgs({}, args);
    const stack = new Error().stack.split('\n').slice(2).join('\n');
    writeTo(this, 'stderr', [`Trace${message ? ': ' + message : ''}\n${stack}`]);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {
    const stream = targetOf(this, '_stdout');
    if (typeof stream === 'number') { if (stdio.isTTY(stream)) binding.write(stream, '\x1b[1;1H\x1b[0J'); return; }
    if (stream.isTTY) stream.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let n = counts.get(label);
    n = n === undefined ? 1 : n + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) { return consoleTable(this, tabularData, properties); },
};
for (const key of Object.keys(consoleMethods)) Console.prototype[key] = consoleMethods[key];
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

function formatTime(ms) {
  let hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) { hours = Math.floor(ms / 3600000); ms %= 3600000; }
      minutes = Math.floor(ms / 60000); ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes;
    return `${res}:${String(seconds).padStart(2, '0')}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(con, name, label, data) {
  const start = con._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = (binding.hrtime() - start) / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) con.log('%s: %s', label, formatted);
  else con.log('%s: %s', label, formatted, ...data);
  return true;
}
// console.table, following node's lib/internal/cli_table.js layout.
const tableChars = {
  middleMiddle: '\u2500', rowMiddle: '\u253c', topRight: '\u2510', topLeft: '\u250c', leftMiddle: '\u251c',
  topMiddle: '\u252c', bottomRight: '\u2518', bottomLeft: '\u2514', bottomMiddle: '\u2534', rightMiddle: '\u2524',
  left: '\u2502 ', right: ' \u2502', middle: ' \u2502 ',
};
function renderRow(row, columnWidths) {
  const { getStringWidth } = require('internal/inspect');
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = getStringWidth(cell);
    out += cell + ' '.repeat(columnWidths[i] - len);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}
function table(head, columns) {
  const { getStringWidth } = require('internal/inspect');
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = Math.max(width, counted);
    }
  }
  const divider = columnWidths.map((i) => tableChars.middleMiddle.repeat(i + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n${renderRow(head, columnWidths)}\n${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}
function consoleTable(con, tabularData, properties) {
  if (properties !== undefined) require('internal/validators').validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') return con.log(tabularData);
  const _inspect = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { maxArrayLength: 3, breakLength: Infinity, colors: false, depth });
  };
  const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));
  const types = require('util/types');
  const indexKey = '(index)', iterKey = '(iteration index)', keyKey = 'Key', valuesKey = 'Values';
  // A map or set iterator shows its remaining entries without being consumed.
  const mapIter = types.isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) [tabularData, isKeyValue] = internalBinding('inspect').previewEntries(tabularData);
  if (isKeyValue || types.isMap(tabularData)) {
    const keys = [], values = [];
    let length = 0;
    if (mapIter) {
      for (let i = 0; i < tabularData.length / 2; ++i) {
        keys.push(_inspect(tabularData[i * 2]));
        values.push(_inspect(tabularData[i * 2 + 1]));
        length++;
      }
    } else {
      for (const { 0: k, 1: v } of tabularData) { keys.push(_inspect(k)); values.push(_inspect(v)); length++; }
    }
    return con.log(table([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]));
  }
  const setIter = types.isSetIterator(tabularData);
  if (setIter) tabularData = internalBinding('inspect').previewEntries(tabularData)[0];
  if (setIter || mapIter || types.isSet(tabularData)) {
    const values = [];
    let length = 0;
    for (const v of tabularData) { values.push(_inspect(v)); length++; }
    return con.log(table([iterKey, valuesKey], [getIndexArray(length), values]));
  }
  const map = Object.create(null);
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = _inspect(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
        else map[key][i] = _inspect(item[key]);
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) { keys.push(valuesKey); values.push(valuesKeyArray); }
  keys.unshift(indexKey);
  values.unshift(indexKeyArray);
  return con.log(table(keys, values));
}

// node's global console: an object (its prototype a plain {}) holding Console.prototype's
// methods bound to it (named and sized as V8's wrappers of them), its state, and lazily bound
// streams.
globalConsole = { __proto__: {} };
for (const key of Reflect.ownKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
  if (typeof desc.value === 'function') {
    desc.value = desc.value.bind(globalConsole);
    Object.defineProperties(desc.value, { name: { value: key }, length: { value: 0 } });
  }
  Reflect.defineProperty(globalConsole, key, desc);
}
bindProperties(globalConsole, true, 'auto');
globalConsole.Console = Console;
// The inspector-only methods V8 adds to the global console: without an inspector they print
// nothing (console.context's console too); a task runs its callback.
globalConsole.profile = function profile() {};
globalConsole.profileEnd = function profileEnd() {};
globalConsole.timeStamp = function timeStamp() {};
globalConsole.context = function context(name) {
  const ctx = {};
  for (const k of ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
    'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert', 'time',
    'timeEnd', 'timeStamp']) {
    ctx[k] = { [k]() {} }[k];
  }
  return ctx;
};
globalConsole.createTask = function createTask() { // V8's native: length 0
  const name = arguments[0];
  if (typeof name !== 'string' || name === '') throw new Error('First argument must be a non-empty string.');
  return { run: (fn) => fn() };
};
for (const key of ['_stdout', '_stderr']) {
  Object.defineProperty(globalConsole, key, {
    configurable: true,
    enumerable: false,
    get() {
      const s = lazy[key];
      if (s === undefined) return (lazy[key] = process[key.slice(1)]);
      return typeof s === 'number' ? (s === 1 ? stdio.getStdout() : stdio.getStderr()) : s;
    },
    set(v) { lazy[key] = v; },
  });
}
module.exports = globalConsole;
