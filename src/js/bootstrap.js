// Bootstrap: runs once per runtime with the native `binding`; sets up the internal module
// system, `process`, the globals node has (most of them lazily) and returns the entry points
// the Rust side drives: runMain, turn, drainTicks, fatal, exit.
'use strict';

// Engine features newer than node 20's V8 (11.3) are removed, so scripts that test for them take
// node 20's path, and `TypedArray`, which Boa leaks as a global, is hidden as in V8.
{
  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  for (const [owner, keys] of [
    [globalThis, ['Iterator', 'TypedArray', 'Float16Array']],
    [Object, ['groupBy']], [Map, ['groupBy']], [Promise, ['withResolvers', 'try']],
    [RegExp, ['escape']], [Math, ['sumPrecise', 'f16round']], [JSON, ['rawJSON', 'isRawJSON']],
    [DataView.prototype, ['getFloat16', 'setFloat16']],
    [Set.prototype, ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf',
      'isSupersetOf', 'isDisjointFrom']],
    [IteratorPrototype, ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach',
      'some', 'every', 'find', 'constructor', Symbol.toStringTag]],
  ]) {
    for (const key of keys) delete owner[key];
  }
}

const builtinCache = Object.create(null);
const internalBindings = Object.create(null);

function internalBinding(name) {
  if (name === 'native') return binding;
  if (name in internalBindings) return internalBindings[name];
  const native = binding.nativeBinding(name);
  if (native !== undefined) return (internalBindings[name] = native);
  throw new Error(`No such binding: ${name}`);
}

// Loads a built-in (or internal) module from its embedded source, once.
function requireBuiltin(name) {
  const cached = builtinCache[name];
  if (cached !== undefined) return cached.exports;
  const src = binding.builtinSource(name);
  if (src === undefined) return undefined;
  const mod = { exports: {}, id: name, loaded: false };
  builtinCache[name] = mod;
  const fn = binding.compileFunction(src, 'exports, require, module, internalBinding, process',
    'node:' + name);
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, internalBinding, process);
  mod.loaded = true;
  return mod.exports;
}
internalBindings.requireBuiltin = requireBuiltin;

// `process` must exist before any built-in runs (they receive it as a parameter).
var process = {};
internalBindings.process = process;
const loop = requireBuiltin('internal/loop');
const configureProcess = requireBuiltin('internal/process');

Object.defineProperty(globalThis, 'process', { value: process, writable: true, configurable: true, enumerable: false });
Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true, enumerable: true });
// node's global object is tagged 'global' (Object.prototype.toString gives [object global]).
Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', writable: false, configurable: true, enumerable: false });

// Globals node defines as plain functions.
function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
}
// (In node's order: Object.keys(globalThis) lists them so.)
defineGlobal('clearImmediate', loop.clearImmediate);
defineGlobal('setImmediate', loop.setImmediate);
defineGlobal('clearInterval', loop.clearInterval);
defineGlobal('clearTimeout', loop.clearTimeout);
defineGlobal('setInterval', loop.setInterval);
defineGlobal('setTimeout', loop.setTimeout);
defineGlobal('queueMicrotask', function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  // (An error escaping the callback is reported as node's runMicrotask does: where it was made,
  // and its frames below the callback's are node's; see nodeFrames.)
  Promise.resolve().then(function runMicrotask() {
    try {
      callback();
    } catch (e) {
      const object = e !== null && (typeof e === 'object' || typeof e === 'function');
      loop.fatal(e, 'uncaughtException', object ? undefined : '\n<anonymous_script>:0\n\n', true);
    }
  });
});

// Globals loaded on first use. They stay accessors: replacing an accessor with a data property
// from inside its own getter confuses Boa 0.22's property caches (a later call through the
// same bytecode reads the wrong slot), so the getter caches the value instead.
// A getter-only global (node's `crypto`) ignores assignments as node's does.
function lazyGlobal(name, module, key, enumerable, getterOnly) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      if (!loaded) {
        // A built-in that does not exist yet (buffer, url) leaves its globals undefined.
        const exports = requireBuiltin(module);
        value = exports === undefined || key === null ? exports : exports[key];
        loaded = true;
      }
      return value;
    },
    set: getterOnly ? undefined : (v) => { value = v; loaded = true; },
  });
}
// node's fetch and structuredClone are plain functions (data properties) that load their
// implementation when called.
const lazyFunctions = {
  __proto__: null,
  structuredClone: function structuredClone() {
    return requireBuiltin('internal/web').structuredClone(...arguments);
  },
  fetch: function fetch(input, init = undefined) {
    return requireBuiltin('internal/fetch').fetch(input, init);
  },
};
// [global, built-in module, export (null: the whole module), enumerable, getter only]
for (const [name, module, key, enumerable, getterOnly] of [
  ['console', 'console', null, false],
  ['Buffer', 'buffer', 'Buffer', false],
  ['URL', 'url', 'URL', false],
  ['URLSearchParams', 'url', 'URLSearchParams', false],
  ['TextEncoder', 'internal/web', 'TextEncoder', false],
  ['TextDecoder', 'internal/web', 'TextDecoder', false],
  ['AbortController', 'internal/web', 'AbortController', false],
  ['AbortSignal', 'internal/web', 'AbortSignal', false],
  ['Event', 'internal/web', 'Event', false],
  ['EventTarget', 'internal/web', 'EventTarget', false],
  ['CustomEvent', 'internal/web', 'CustomEvent', false],
  ['DOMException', 'internal/web', 'DOMException', false],
  ['structuredClone', 'internal/web', 'structuredClone', true],
  ['atob', 'buffer', 'atob', true],
  ['btoa', 'buffer', 'btoa', true],
  ['performance', 'perf_hooks', 'performance', true],
  ['Performance', 'perf_hooks', 'Performance', false],
  ['PerformanceEntry', 'perf_hooks', 'PerformanceEntry', false],
  ['PerformanceMark', 'perf_hooks', 'PerformanceMark', false],
  ['PerformanceMeasure', 'perf_hooks', 'PerformanceMeasure', false],
  ['PerformanceObserver', 'perf_hooks', 'PerformanceObserver', false],
  ['PerformanceObserverEntryList', 'perf_hooks', 'PerformanceObserverEntryList', false],
  ['PerformanceResourceTiming', 'perf_hooks', 'PerformanceResourceTiming', false],
  ['MessageChannel', 'worker_threads', 'MessageChannel', false],
  ['MessagePort', 'worker_threads', 'MessagePort', false],
  ['MessageEvent', 'internal/web', 'MessageEvent', false],
  ['BroadcastChannel', 'worker_threads', 'BroadcastChannel', false],
  ['Crypto', 'internal/crypto_globals', 'Crypto', false],
  ['SubtleCrypto', 'internal/crypto_globals', 'SubtleCrypto', false],
  ['CryptoKey', 'internal/crypto_globals', 'CryptoKey', false],
  ['fetch', 'internal/fetch', 'fetch', true],
  ['crypto', 'crypto', 'webcrypto', true, true],
  ['Headers', 'internal/fetch', 'Headers', false],
  ['Request', 'internal/fetch', 'Request', false],
  ['Response', 'internal/fetch', 'Response', false],
  ['FormData', 'internal/fetch', 'FormData', false],
  ['Blob', 'buffer', 'Blob', false],
  ['File', 'buffer', 'File', false],
  ['ReadableStream', 'stream/web', 'ReadableStream', false],
  ['ReadableStreamDefaultReader', 'stream/web', 'ReadableStreamDefaultReader', false],
  ['ReadableStreamBYOBReader', 'stream/web', 'ReadableStreamBYOBReader', false],
  ['ReadableStreamBYOBRequest', 'stream/web', 'ReadableStreamBYOBRequest', false],
  ['ReadableByteStreamController', 'stream/web', 'ReadableByteStreamController', false],
  ['ReadableStreamDefaultController', 'stream/web', 'ReadableStreamDefaultController', false],
  ['TransformStream', 'stream/web', 'TransformStream', false],
  ['TransformStreamDefaultController', 'stream/web', 'TransformStreamDefaultController', false],
  ['WritableStream', 'stream/web', 'WritableStream', false],
  ['WritableStreamDefaultWriter', 'stream/web', 'WritableStreamDefaultWriter', false],
  ['WritableStreamDefaultController', 'stream/web', 'WritableStreamDefaultController', false],
  ['ByteLengthQueuingStrategy', 'stream/web', 'ByteLengthQueuingStrategy', false],
  ['CountQueuingStrategy', 'stream/web', 'CountQueuingStrategy', false],
  ['TextEncoderStream', 'stream/web', 'TextEncoderStream', false],
  ['CompressionStream', 'stream/web', 'CompressionStream', false],
  ['DecompressionStream', 'stream/web', 'DecompressionStream', false],
  ['TextDecoderStream', 'stream/web', 'TextDecoderStream', false],
  ['WebAssembly', 'internal/webassembly', 'WebAssembly', false],
]) {
  if (name in lazyFunctions) defineGlobal(name, lazyFunctions[name]);
  else lazyGlobal(name, module, key, enumerable, getterOnly);
}

// Boa is built without ICU: a small en-US Intl (internal/intl) stands in, compiled on first use.
if (typeof Intl === 'undefined') {
  lazyGlobal('Intl', 'internal/intl', 'Intl', false);
  const intl = () => requireBuiltin('internal/intl');
  const patch = (proto, name, fn) => Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  patch(Number.prototype, 'toLocaleString', function toLocaleString(locales, options) { return intl().numberToLocaleString(Number(this), locales, options); });
  patch(BigInt.prototype, 'toLocaleString', function toLocaleString(locales, options) { return intl().numberToLocaleString(this.valueOf(), locales, options); });
  patch(Date.prototype, 'toLocaleString', function toLocaleString(locales, options) { return intl().dateToLocaleString(this, locales, options, 'any'); });
  patch(Date.prototype, 'toLocaleDateString', function toLocaleDateString(locales, options) { return intl().dateToLocaleString(this, locales, options, 'date'); });
  patch(Date.prototype, 'toLocaleTimeString', function toLocaleTimeString(locales, options) { return intl().dateToLocaleString(this, locales, options, 'time'); });
  patch(Array.prototype, 'toLocaleString', function toLocaleString(locales, options) {
    const parts = [];
    for (let i = 0; i < this.length; i++) parts.push(this[i] == null ? '' : this[i].toLocaleString(locales, options));
    return parts.join(',');
  });
  patch(String.prototype, 'localeCompare', function localeCompare(that, locales, options) {
    if (this == null) throw new TypeError('String.prototype.localeCompare called on null or undefined');
    return intl().localeCompare(String(this), String(that), locales, options);
  });
}

// Node's Error.prototype.stack starts with "Name: message"; Boa's accessor gives frames only.
// CommonJS files are compiled inside a one-line function header (module/mod.rs), so columns on
// their first line count the header too: frames there are shifted back, as V8 reports them.
// filename -> header width, filled by the CommonJS loader.
const cjsWrapped = binding.cjsWrapped = new Map();
function unshiftColumn(line) {
  const m = /^( {4}at (?:.* \()?)(.+):1:(\d+)(\)?)$/.exec(line);
  const header = m === null ? undefined : cjsWrapped.get(m[2]);
  if (header === undefined || Number(m[3]) <= header) return line;
  return `${m[1]}${m[2]}:1:${Number(m[3]) - header}${m[4]}`;
}
// ES module files (filled by the ESM resolver): their frames name the module's URL, as V8's do
// (file:///x/main.mjs:3:9), encoded as import.meta.url is; CommonJS frames keep plain paths.
const esmFiles = binding.esmFiles = new Set();
function esmUrlFrame(line) {
  const m = /^( {4}at (?:.* \()?)(\/.*?)(:\d+:\d+\)?)$/.exec(line);
  if (m === null || !esmFiles.has(m[2])) return line;
  const url = m[2].replace(/[^A-Za-z0-9/\-_.~!$&'()*+,;=:@]/gu, (c) => {
    try { return encodeURIComponent(c); } catch { return '%EF%BF%BD'; }
  });
  // `--input-type=module` code is the URL `<cwd>/[eval1]`, made by URL parsing (no escapes).
  return `${m[1]}file://${url.replace(/\/%5Beval1%5D$/, '/[eval1]')}${m[3]}`;
}
// Frames as V8 shows them: the module loader's frames under node's names and places, a module's
// top-level code as `Object.<anonymous>`, other anonymous functions without a name, built-ins
// as `(<anonymous>)`; at most Error.stackTraceLimit frames.
const LOADER_FRAMES = {
  Module__compile: 'Module._compile (node:internal/modules/cjs/loader:1521:14)',
  Module__extensions__js: 'Module._extensions..js (node:internal/modules/cjs/loader:1623:10)',
  Module_load: 'Module.load (node:internal/modules/cjs/loader:1266:32)',
  loadModule: 'Module._load (node:internal/modules/cjs/loader:1091:12)',
  Module_require: 'Module.require (node:internal/modules/cjs/loader:1289:19)',
  require: 'require (node:internal/modules/helpers:182:18)',
  runMain: 'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)',
};
// loop.js's phases -> node's frames (others, like `turn`, have none). node's line depends on
// how many arguments the callback got: `calls` is the text of loop.js's call without arguments,
// which its calls with 1, 2, ... arguments follow line by line; `lines[k]` is node's place for
// the call k lines below it (the last for any further one).
const LOOP_FRAMES = {
  processTimers: {
    calls: 'if (args === undefined) t._onTimeout();',
    lines: ['listOnTimeout (node:internal/timers:581:17)', 'listOnTimeout (node:internal/timers:583:11)'],
    below: ['process.processTimers (node:internal/timers:519:7)'],
  },
  processImmediates: {
    calls: 'case 0: imm._onImmediate(); break;',
    lines: ['process.processImmediate (node:internal/timers:483:21)', 'process.processImmediate (node:internal/timers:485:21)'],
    below: [],
  },
  drainTicks: {
    calls: 'case 0: callback(); break;',
    lines: ['77:11', '81:21', '82:21', '83:21', '84:21', '85:22'].map((at) => `process.processTicksAndRejections (node:internal/process/task_queues:${at})`),
    below: [],
  },
  // (node's _fatalException is called from C++: nothing shows below it.)
  fatal: {
    calls: "process.emit('uncaughtExceptionMonitor'",
    lines: ['185:13', '187:29', '188:25'].map((at) => `process._fatalException (node:internal/process/execution:${at})`),
    below: [],
    end: true,
  },
};
// The line of loop.js's source that holds `text` (0 when none does).
let loopSource;
// (`after`: the first such line past the one holding `function after(`.)
function loopLine(text, after) {
  if (loopSource === undefined) loopSource = String(binding.builtinSource('internal/loop') || '').split('\n');
  const from = after === undefined ? 0 : loopSource.findIndex((l) => l.startsWith(`function ${after}(`));
  return loopSource.findIndex((l, k) => k >= from && l.includes(text)) + 1;
}
// node's frames for a loop.js frame `name` calling at `where` (node:internal/loop:LINE:COL).
function loopFrames(name, where) {
  const known = LOOP_FRAMES[name];
  if (known === undefined) return [];
  const k = Number(where.split(':')[2]) - loopLine(known.calls);
  const line = known.lines[Math.max(0, Math.min(k, known.lines.length - 1))];
  return [line, ...known.below];
}
// node's frames below a tick callback or a microtask that loop.js's drainTicks (at `where`) ran,
// from the frames below it: called by processTicks from runTimers/runImmediates at a line that
// says whether node would run them from runNextTicks (another timer or immediate is due) or as
// the callback scope closes (every other caller: nothing shown below, as node's C++ caller).
// The first microtask checkpoint of a drain with no tick before it is V8's own in the scope's
// case (no frame) or runNextTicks' runMicrotasks(); later ones processTicksAndRejections'.
const TASK_QUEUES = 'node:internal/process/task_queues';
const NEXT_TICKS_SITES = [
  ['runTimers', 'else if (next === ranList) processTicks();', ['listOnTimeout (node:internal/timers:545:9)', 'process.processTimers (node:internal/timers:519:7)']],
  ['runTimers', 'else processTicks();', ['process.processTimers (node:internal/timers:516:9)']],
  ['runImmediates', 'else processTicks();', ['process.processImmediate (node:internal/timers:454:9)']],
];
function drainFrames(where, microtask, caller, callerOfCaller) {
  let below = null;
  const c = caller !== undefined && splitFrame(caller);
  const cc = callerOfCaller !== undefined && splitFrame(callerOfCaller);
  if (c && c[0] === 'processTicks' && cc && cc[1].startsWith('node:internal/loop:')) {
    const line = Number(cc[1].split(':')[2]);
    const site = NEXT_TICKS_SITES.find(([fn, text]) => fn === cc[0] && loopLine(text, fn) === line);
    if (site !== undefined) below = site[2];
  }
  const checkpoint = microtask && Number(where.split(':')[2]) === loopLine('? runMicrotasks()');
  if (below === null) {
    if (!microtask) return loopFrames('drainTicks', where);
    return checkpoint ? [] : [`process.processTicksAndRejections (${TASK_QUEUES}:95:5)`];
  }
  if (checkpoint) return [`runNextTicks (${TASK_QUEUES}:60:5)`, ...below];
  const ticks = microtask ? [`processTicksAndRejections (${TASK_QUEUES}:95:5)`]
    : loopFrames('drainTicks', where).map((f) => f.replace(/^process\./, ''));
  return [...ticks, `runNextTicks (${TASK_QUEUES}:64:3)`, ...below];
}
// rjs's built-in functions that node's common crash stacks show, under node's names and places
// (keyed `module:function`). `emit` is named by its receiver's type, which the listener's frame
// above it shows (node calls listeners on the emitter). A server's HTTP parser runs from C++ in
// node: its stack ends there.
const BUILTIN_FRAMES = {
  'events:emit': (type) => `${type}emit (node:events:524:28)`,
  'events:emitList': (type) => `${type}emit (node:events:536:35)`,
  'events:bound onceWrapper': () => 'Object.onceWrapper (node:events:638:28)',
  'stream:endReadableNT': () => 'endReadableNT (node:internal/streams/readable:1698:12)',
  // (http_client's listeners run on the socket; where a function has two call sites, the
  // source text at the frame's place tells which)
  'internal/http_client:emitErrorEvent': () => 'emitErrorEvent (node:_http_client:101:11)',
  'internal/http_client:socketErrorListener': () => 'Socket.socketErrorListener (node:_http_client:504:5)',
  'internal/http_client:socketOnEnd': (type, where) => `Socket.socketOnEnd (node:_http_client:528:${builtinTextAt(where, 'connResetException') ? 25 : 5})`,
  'internal/http_client:socketCloseListener': (type, where) => (builtinTextAt(where, 'connResetException(\'aborted\')') ? 'Socket.socketCloseListener (node:_http_client:464:19)'
    : builtinTextAt(where, 'res.destroy') ? 'Socket.socketCloseListener (node:_http_client:464:11)'
      : `Socket.socketCloseListener (node:_http_client:477:${builtinTextAt(where, 'connResetException') ? 27 : 7})`),
  'internal/http_client:_destroy': (type, where) => `_destroy (node:_http_client:${builtinTextAt(where, 'connResetException') ? '881:15' : '884:9'})`,
  'internal/http_client:onSocketNT': () => 'onSocketNT (node:_http_client:904:5)',
  'net:emitListeningNT': () => 'emitListeningNT (node:net:1951:10)',
  'net:emitErrorNT': () => 'emitErrorNT (node:net:1944:8)',
  'stream:emitErrorNT': () => 'emitErrorNT (node:internal/streams/destroy:169:8)',
  'stream:emitErrorCloseNT': () => 'emitErrorCloseNT (node:internal/streams/destroy:128:3)',
  'stream:addChunk': () => 'addChunk (node:internal/streams/readable:561:12)',
  'internal/web:DOMException': () => 'new DOMException (node:internal/per_context/domexception:53:5)',
  'internal/http_server:parserOnIncoming': () => 'parserOnIncoming (node:_http_server:1139:12)',
  'internal/http_common:parserOnHeadersComplete': () => 'HTTPParser.parserOnHeadersComplete (node:_http_common:118:17)',
  // (The function given to assert.throws & co. runs below them: 'Function.' as called through
  // the module, as nearly everyone does.)
  'assert:getActual': () => 'getActual (node:assert:498:5)',
  'assert:waitForActual': () => 'waitForActual (node:assert:519:21)',
  'assert:throws': () => 'Function.throws (node:assert:644:24)',
  'assert:doesNotThrow': () => 'Function.doesNotThrow (node:assert:664:32)',
  'assert:rejects': () => 'Function.rejects (node:assert:654:31)',
  'assert:doesNotReject': () => 'Function.doesNotReject (node:assert:674:39)',
};
const STACK_ENDS = new Set(['internal/http_common:parserOnHeadersComplete']);
// The receiver type ('Server.') of the nearest shown frame that names one, past onceWrapper.
function listenerType(out) {
  for (let k = out.length - 1; k >= 0; k--) {
    if (out[k].includes('onceWrapper (node:events:')) continue;
    const site = new CallSite(out[k]);
    return site.type !== null && !site.ctor ? `${site.type}.` : '';
  }
  return '';
}
// node's frame for built-in `name` at `where` (node:MODULE:LINE:COL), or undefined.
function builtinFrame(name, where, out) {
  // (A constructor's frame may read `new X`.)
  const key = `${where.slice(5, where.lastIndexOf(':', where.lastIndexOf(':') - 1))}:${name.replace(/^new /, '')}`;
  const known = BUILTIN_FRAMES[key];
  return known === undefined ? undefined : [known(listenerType(out), where), STACK_ENDS.has(key)];
}
// The source line of a built-in's frame at `where` (node:MODULE:LINE:COL) and its column.
const builtinLines = new Map();
function builtinLineAt(where) {
  const m = /^node:(.*):(\d+):(\d+)$/.exec(where);
  if (m === null) return undefined;
  let lines = builtinLines.get(m[1]);
  if (lines === undefined) {
    try { lines = String(binding.builtinSource(m[1]) || '').split('\n'); } catch { lines = []; }
    builtinLines.set(m[1], lines);
  }
  const line = lines[Number(m[2]) - 1];
  return line === undefined ? undefined : [line, Number(m[3])];
}
// Whether built-in source text at `where` starts with `text`.
function builtinTextAt(where, text) {
  const at = builtinLineAt(where);
  return at !== undefined && at[0].startsWith(text, at[1] - 1);
}
// node's frame for a built-in's line marked `// v8 frame: NAME (PLACE)` (rjs's frame of a
// method's default parameter is unnamed, for one), else undefined. A mark ending in ` [end]`
// ends the stack there (node's caller is C++).
function markedFrame(where) {
  const at = builtinLineAt(where);
  const k = at === undefined ? -1 : at[0].indexOf('// v8 frame: ');
  return k < 0 ? undefined : at[0].slice(k + 13).trim();
}
// A frame line `    at NAME (WHERE)` as [NAME, WHERE] (NAME ends at the first " ("), else null.
// (String operations: the engine's regular expressions cost microseconds per line here.)
function splitFrame(line) {
  if (!line.startsWith('    at ') || !line.endsWith(')')) return null;
  const k = line.indexOf(' (', 7);
  return k < 0 ? null : [line.slice(7, k), line.slice(k + 2, -1)];
}
function nodeFrames(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = splitFrame(lines[i]);
    if (m === null) { out.push(esmFiles.size === 0 ? lines[i] : esmUrlFrame(lines[i])); continue; }
    const [name, where] = m;
    if (where.startsWith('node:internal/cjs_loader:')) {
      // The main file node imports with its ESM loader (after --import modules): the loader's
      // frames below its Module._load.
      if (name === 'runMainFile' && typeof binding.mainImportFrames === 'function') {
        const frames = binding.mainImportFrames();
        if (frames !== null) {
          for (const f of frames) out.push('    at ' + f);
          break;
        }
      }
      const known = LOADER_FRAMES[name];
      if (known === undefined) continue;
      out.push('    at ' + known);
      if (name === 'runMain') out.push('    at node:internal/main/run_main_module:28:49');
      continue;
    }
    // queueMicrotask's callback: node's frames of its runMicrotask below it.
    if (name === 'runMicrotask' && where.startsWith('node:internal/bootstrap')) {
      out.push('    at node:internal/process/task_queues:140:7', '    at AsyncResource.runInAsyncScope (node:async_hooks:206:9)',
        '    at AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)');
      break;
    }
    if (where.startsWith('node:internal/loop:')) {
      // The event loop's own frames under the names of node's equivalents.
      if (name === 'drainTicks') {
        for (const m of drainFrames(where, /runMicrotasks \(native\)$/.test(lines[i - 1] || ''), lines[i + 1], lines[i + 2])) out.push('    at ' + m);
        break;
      }
      for (const m of loopFrames(name, where)) out.push('    at ' + m);
      if (LOOP_FRAMES[name] !== undefined && LOOP_FRAMES[name].end) break;
      continue;
    }
    if (where.startsWith('node:')) {
      const known = builtinFrame(name, where, out);
      if (known !== undefined) {
        // (emitList's caller is the same emit call in node.)
        if (name === 'emitList' && /^ {4}at emit \(node:events:/.test(lines[i + 1] || '')) i++;
        out.push('    at ' + known[0]);
        if (known[1]) break;
        continue;
      }
      const marked = markedFrame(where);
      if (marked !== undefined) {
        if (!marked.endsWith(' [end]')) { out.push('    at ' + marked); continue; }
        out.push('    at ' + marked.slice(0, -6));
        break;
      }
    }
    if (where === 'native') {
      // Code of -e/-p/stdin, run by evalScript: node's frames of its run (the loader says which).
      const evalName = (name === 'evalScript' || name === 'Object.evalScript') && /\((\[eval\]|\[stdin\]):\d+:\d+\)$/.exec(lines[i - 1] || '');
      if (evalName && typeof binding.evalRunFrames === 'function') {
        for (const f of binding.evalRunFrames(evalName[1])) out.push('    at ' + f);
        break;
      }
      // An ES module graph's first run (module/esm.rs): node's ModuleJob.run and the frames of
      // the entry point that loaded it.
      if (name === 'moduleJobRun' && typeof binding.esmRunFrames === 'function') {
        for (const f of binding.esmRunFrames()) out.push('    at ' + f);
        break;
      }
      // require() of an ES module (cjs_loader's requireEsm): node's synchronous module job, up
      // to the Module._compile that called it.
      if ((name === 'runEsm' || name === 'Object.runEsm') && lines.slice(i + 1).some((l) => l.startsWith('    at requireEsm ('))) {
        out.push('    at ModuleJobSync.runSync (node:internal/modules/esm/module_job:437:37)',
          '    at ModuleLoader.importSyncForRequire (node:internal/modules/esm/loader:389:47)',
          '    at loadESMFromCJS (node:internal/modules/cjs/loader:1363:24)',
          '    at Module._compile (node:internal/modules/cjs/loader:1503:5)');
        while (i + 1 < lines.length && !lines[i + 1].startsWith('    at Module__compile (')) i++;
        i++;
        continue;
      }
      // A vm script's run (vm.js's runScript calling the native run): node's frames of the vm
      // calls that started it (vm.js maps its own).
      if ((name === 'run' || name === 'Object.run') && (lines[i + 1] || '').startsWith('    at runScript (node:vm:') &&
          typeof binding.vmRunFrames === 'function') {
        let end = i + 1;
        while (end < lines.length && lines[end].includes('(node:vm:')) end++;
        for (const f of binding.vmRunFrames(lines.slice(i + 1, end))) out.push('    at ' + f);
        i = end - 1;
        continue;
      }
      // Built-ins are `(<anonymous>)` in V8; rjs's own trampolines are not shown. A cleanup
      // callback of a FinalizationRegistry runs from the loop, as node's from cleanupSome.
      if (name === 'Object.runFinalizer') { out.push('    at FinalizationRegistry.cleanupSome (<anonymous>)'); break; }
      if (name !== '' && !/(^|\.)runMicrotasks$/.test(name)) out.push(`    at ${name} (<anonymous>)`);
      continue;
    }
    // A CommonJS module an import runs (a synthetic module's evaluation): node's translator
    // frames, then ModuleJob.run's (an import() runs it without the graph's moduleJobRun).
    if (name === '<synthetic>' && where === 'unknown at :?:?') {
      const below = lines.slice(i + 1);
      if (below.some((l) => l.startsWith('    at runEsm ('))) continue;
      out.push('    at cjsLoader (node:internal/modules/esm/translators:298:15)',
        '    at ModuleWrap.<anonymous> (node:internal/modules/esm/translators:240:7)');
      if (below.some((l) => l.startsWith('    at moduleJobRun ('))) continue;
      out.push('    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)',
        '    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)');
      break;
    }
    if (name === '<main>' && !where.startsWith('node:')) {
      const next = lines[i + 1] || '';
      out.push(/^ {4}at Module__compile /.test(next) ? `    at Object.<anonymous> (${where})` : esmUrlFrame(`    at ${where}`));
      continue;
    }
    out.push(esmFiles.size === 0 ? lines[i] : esmUrlFrame(lines[i]));
  }
  return out;
}

// V8's CallSite objects, from a shown frame line, for Error.prepareStackTrace.
class CallSite {
  constructor(line) {
    const text = line.slice(7); // after '    at '
    let name = null;
    let where = text;
    const m = /^(.*?) \((.*)\)$/.exec(text);
    if (m !== null) { name = m[1]; where = m[2]; }
    const pos = /^(.*):(\d+):(\d+)$/.exec(where);
    this.text = text;
    this.file = pos === null ? (where === '<anonymous>' || where === 'native' ? null : where) : pos[1];
    this.line = pos === null ? null : Number(pos[2]);
    this.column = pos === null ? null : Number(pos[3]);
    this.native = where === 'native';
    this.async = false;
    this.ctor = false;
    this.type = null;
    this.method = null;
    this.fn = null;
    if (name !== null) {
      if (name.startsWith('async ')) { this.async = true; name = name.slice(6); }
      if (name.startsWith('new ')) { this.ctor = true; name = name.slice(4); this.fn = name; this.type = name; }
      else {
        const alias = /^(.*) \[as (.*)\]$/.exec(name);
        if (alias !== null) { name = alias[1]; this.method = alias[2]; }
        const dot = name.lastIndexOf('.');
        if (dot > 0) {
          this.type = name.slice(0, dot);
          const own = name.slice(dot + 1);
          this.fn = own === '<anonymous>' ? null : own;
          if (this.method === null) this.method = this.fn;
        } else {
          this.fn = name === '<anonymous>' ? null : name;
        }
      }
    }
  }
  getThis() { return undefined; }
  getTypeName() { return this.type; }
  getFunction() { return undefined; }
  getFunctionName() { return this.fn; }
  getMethodName() { return this.method; }
  getFileName() { return this.file === null ? undefined : this.file; }
  getLineNumber() { return this.line; }
  getColumnNumber() { return this.column; }
  getEnclosingLineNumber() { return this.line; }
  getEnclosingColumnNumber() { return this.column; }
  getPosition() { return 0; }
  getScriptNameOrSourceURL() { return this.file === null ? undefined : this.file; }
  getScriptHash() { return ''; }
  getEvalOrigin() { return undefined; }
  getPromiseIndex() { return null; }
  isToplevel() { return this.type === null && !this.ctor; }
  isEval() { return false; }
  isNative() { return this.native; }
  isConstructor() { return this.ctor; }
  isAsync() { return this.async; }
  isPromiseAll() { return false; }
  toString() { return this.text; }
}

// The frames of an error as node shows them (without the constructor frames of an Error
// subclass when `skipConstructors`); undefined when the error has no captured trace.
const stackFrames = Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get;
const hasOwn = Object.hasOwn;
// The shown frames of a trace text, kept for the next error with the same trace (one throw
// site reached the same way): turning the engine's frames into node's is most of the cost of
// reading err.stack (~90 us for a dozen frames, the engine's text ~4 us). The result depends on
// the text alone: the files it names were registered (cjsWrapped, esmFiles) before they ran.
const shownCache = new Map();
// node:test's mapping of its runner's frames (`<main> (node:test:L:C)`) to node's, for stacks
// read while a test runs (test.js sets it; it returns undefined when no test runs). Not cached:
// the frames depend on the running test.
const stackHooks = { __proto__: null, testFrames: null };
internalBindings.stackHooks = stackHooks;
function shownFrames(error, skipConstructors) {
  const f = stackFrames.call(error);
  if (f === undefined) return undefined;
  let shown = shownCache.get(f);
  if (shown === undefined) {
    // Drop the frames of the bootstrap itself and of native call trampolines.
    const lines = f.split('\n').filter((l) => l && (!l.includes('(node:internal/bootstrap') || l.startsWith('    at runMicrotask (')) &&
      l !== '    at call (native)' && l !== '    at apply (native)');
    for (let i = 0; i < lines.length; i++) if (lines[i].includes(':1:')) lines[i] = unshiftColumn(lines[i]);
    shown = nodeFrames(lines);
    if (shownCache.size >= 256) shownCache.clear();
    shownCache.set(f, shown);
  }
  if (stackHooks.testFrames !== null) {
    const mapped = stackHooks.testFrames(shown);
    if (mapped !== undefined) shown = mapped;
  }
  return skipConstructors ? withoutConstructorFrames(error, shown) : shown;
}

// At most Error.stackTraceLimit of the frames.
function limitFrames(frames) {
  const limit = Error.stackTraceLimit;
  return typeof limit === 'number' && limit >= 0 && frames.length > limit ? frames.slice(0, limit) : frames;
}

// V8 starts an error's trace below the construction of its class (new.target): the
// constructors of Error subclasses that ran (`new AppError`, `new NotFound`) are not shown.
function withoutConstructorFrames(error, frames) {
  let ctor;
  try { ctor = error.constructor; } catch { return frames; }
  const name = typeof ctor === 'function' ? ctor.name : '';
  if (!name || ctor === Error) return frames;
  const own = `    at new ${name} (`;
  for (let i = 0; i < frames.length && frames[i].startsWith('    at new '); i++) {
    if (frames[i].startsWith(own)) return frames.slice(i + 1);
  }
  return frames;
}

// node 20's default Error.prepareStackTrace (a function scripts may save and put back): the
// error's toString() and its call sites, as V8 formats them. While it is in place, stacks are
// formatted without calling it.
function ErrorPrepareStackTrace(error, trace) {
  const errorString = Error.prototype.toString.call(error);
  if (trace.length === 0) return errorString;
  return `${errorString}\n    at ${trace.join('\n    at ')}`;
}
Object.defineProperty(Error, 'prepareStackTrace', { value: ErrorPrepareStackTrace, writable: true, enumerable: false, configurable: true });
internalBindings.defaultPrepareStackTrace = ErrorPrepareStackTrace;

// The stack as V8 makes it: Error.prepareStackTrace(error, callSites) when a script set one,
// else the error's toString() and the frames.
function formatStack(error, frames) {
  const prepare = Error.prepareStackTrace;
  if (typeof prepare === 'function' && prepare !== ErrorPrepareStackTrace) return prepare(error, frames.map((l) => new CallSite(l)));
  let head;
  try { head = Error.prototype.toString.call(error); } catch { head = 'Error'; }
  return frames.length ? head + '\n' + frames.join('\n') : head;
}

{
  // V8 formats an error's stack on first access and keeps it (a later message change or
  // prepareStackTrace does not alter it).
  const formatted = new WeakMap();
  // Errors that escaped a setImmediate callback before their stack was read: V8 names frames
  // when it formats them, after node's processImmediate has cleared `_onImmediate`, so the
  // callback's frame shows `Immediate.<anonymous>` (the engine named it when it threw). So does
  // an error made in the callback whose stack is first read once no callback runs (saved, or
  // passed to node:test's done()).
  const afterImmediate = new WeakSet();
  binding.immediateThrew = (error) => {
    if (error !== null && typeof error === 'object' && !formatted.has(error)) afterImmediate.add(error);
  };
  const clearedImmediate = (line) => line.replace('    at Immediate._onImmediate (', '    at Immediate.<anonymous> (')
    .replace(/^( {4}at Immediate\.[^ ]*) \[as _onImmediate\] \(/, '$1 (');
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      // V8's stack is an own property of each error: after `delete err.stack`, or on an
      // object that only inherits from Error.prototype, there is none.
      if (!hasOwn(this, 'stack') || this === Error.prototype) return undefined;
      const done = formatted.get(this);
      if (done !== undefined) return done.value;
      let frames = shownFrames(this, true);
      if (frames === undefined) {
        try { return Error.prototype.toString.call(this); } catch { return 'Error'; }
      }
      if (afterImmediate.has(this) || (!loop.inImmediateCallback() && frames.some((l) => l.includes('[as _onImmediate] (') || l.startsWith('    at Immediate._onImmediate (')))) {
        frames = frames.map(clearedImmediate);
      }
      const value = formatStack(this, limitFrames(frames));
      formatted.set(this, { value });
      return value;
    },
    set(v) {
      Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
    },
  });
  if (!Error.captureStackTrace) {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: function captureStackTrace(obj, constructorOpt) {
        if (obj === null || typeof obj !== 'object') {
          const { codes } = requireBuiltin('internal/errors');
          throw new codes.ERR_INVALID_ARG_TYPE('object', 'object', obj);
        }
        // Frames from the caller of captureStackTrace on, or from the caller of constructorOpt.
        // The frames carry names, not functions: the last frame of that name is taken, which is
        // right for same-named wrappers (chai's methodWrapper) and wrong only for recursion; a
        // built-in's frame (node:...) of that name wins over the user's, so that
        // `doesNotThrow: () => assert.doesNotThrow(f)` keeps the user's arrow.
        // (captureStackTrace's own frame is the bootstrap's: not shown.)
        let frames = shownFrames(new Error(), false) || [];
        if (typeof constructorOpt === 'function' && constructorOpt.name) {
          const name = constructorOpt.name;
          let at = -1;
          let builtinAt = -1;
          for (let i = 0; i < frames.length; i++) {
            const site = new CallSite(frames[i]);
            if (site.fn === name || (site.type !== null && `${site.type}.${site.fn}` === name)) {
              at = i;
              if (site.file !== null && site.file.startsWith('node:')) builtinAt = i;
            }
          }
          if (builtinAt >= 0) at = builtinAt;
          if (at >= 0) frames = frames.slice(at + 1);
        }
        Object.defineProperty(obj, 'stack', { value: formatStack(obj, limitFrames(frames)), writable: true, configurable: true, enumerable: false });
      },
      writable: true, configurable: true, enumerable: false,
    });
  }
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;
}

const cjs = requireBuiltin('internal/cjs_loader');
internalBindings.module = cjs.Module;

return {
  configure: configureProcess,
  // Loads built-ins ahead of time (the WASI build's start-up snapshot).
  warm(names) { for (const name of names) requireBuiltin(name); },
  runMain: cjs.runMain,
  turn: loop.turn,
  drainTicks: loop.drainTicks,
  fatal: loop.fatal,
  exit: loop.exit,
};
