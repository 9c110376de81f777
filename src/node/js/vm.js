// node:vm -- node 20's argument handling over the native binding (src/node/vm.rs), which makes
// contexts as engine realms whose global reads and writes the contextified object live, and
// compiles and runs code in them (`timeout` stops running loops: the engine polls the clock
// every few thousand iterations). Not supported: `breakOnSigint` (validated, then ignored), V8 code caches (a cache
// holds no compiled code, only what V8 checks: see makeCache), compileFunction's V8 source text
// (toString() has the body on the header's line), vm.Module, and measureMemory's figures (it
// resolves with the wasm memory size). Parser errors are reworded as V8's.
'use strict';

const binding = internalBinding('vm');
const contexts = new WeakMap(); // contextified object (or uncontextified global) -> handle
const kHandle = Symbol('kHandle');
const kSource = Symbol('kSource'); // [code, filename, lineOffset, columnOffset] for error excerpts
const kParsingContext = Symbol('script parsing context');
const DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');
const USE_MAIN_CONTEXT_DEFAULT_LOADER = Symbol('vm_dynamic_import_main_context_default');

let lazyV;
function v() { return (lazyV = lazyV || require('internal/validators')); }
function codes() { return require('internal/errors').codes; }
const validateInt32 = (value, name) => v().validateInteger(value, name, -2147483648, 2147483647);
function validateBuffer(value, name) {
  if (!ArrayBuffer.isView(value)) throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], value);
}

// node's getHostDefinedOptionId check: a function, the default-loader constant, or nothing.
// (The callback itself is not used: import() in vm code loads as the main context does.)
function validateImportModuleDynamically(value) {
  if (value !== undefined && value !== USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    v().validateFunction(value, 'options.importModuleDynamically');
  }
}

function isContext(object) {
  v().validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function getRunInContextArgs(options = {}) {
  v().validateObject(options, 'options');
  const { timeout } = options;
  if (timeout !== undefined) v().validateInteger(timeout, 'options.timeout', 1, 4294967295);
  const { displayErrors = true, breakOnSigint = false } = options;
  v().validateBoolean(displayErrors, 'options.displayErrors');
  v().validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { displayErrors, timeout };
}

// The parser's messages (V8's words, with a ` at line N, col M` suffix), with Boa's own reworded
// as V8 words them; `at` is [line, col] of the error in `lines` (1-based, counting
// lineOffset). Returns [message, at, caret width] with the caret width 0 when V8 marks the end
// of input with blanks.
function v8Syntax(raw, lines, lineOffset, columnOffset) {
  let m = / at line (\d+), col (\d+)$/.exec(raw);
  let at = m ? [+m[1], +m[1] === 1 + lineOffset ? +m[2] - columnOffset : +m[2]] : null;
  let msg = raw.replace(/ at line \d+, col \d+$/, '');
  const text = at && lines[at[0] - 1 - lineOffset];
  let width = 1;
  if (/abrupt end|end of input|unexpected end|unterminated template/i.test(msg)) {
    const last = lines.length - 1;
    return ['Unexpected end of input', [last + 1 + lineOffset, lines[last].length + 1], 0];
  }
  if (text && /^(?:Unexpected (?:token '.+'|identifier '.+'|string|number|template string)|Illegal return statement)$/.test(msg)) {
    const before = text.slice(0, at[1] - 1);
    if (/(?:^|[^\w$.])await\s+$/.test(before)) {
      const i = before.lastIndexOf('await');
      return ['await is only valid in async functions and the top level bodies of modules', [at[0], i + 1], 5];
    }
    // V8 underlines the whole token.
    width = require('internal/cjs_loader').tokenWidth(text, at[1] - 1);
  } else if (/unterminated string/i.test(msg)) {
    // Boa gives no position: the first line whose quote is left open.
    msg = 'Invalid or unexpected token';
    at = null;
    for (let i = 0; i < lines.length && at === null; i++) {
      let quote = '';
      let start = 0;
      for (let j = 0; j < lines[i].length; j++) {
        const c = lines[i][j];
        if (quote !== '') {
          if (c === '\\') j++;
          else if (c === quote) quote = '';
        } else if (c === '"' || c === "'") { quote = c; start = j; }
      }
      if (quote !== '') { at = [i + 1 + lineOffset, start + 1]; width = lines[i].length - start; }
    }
  } else if (text && !/has already been declared$/.test(msg)) {
    // (As a file's report: V8 marks the token at the error's place; one column for a redeclaration.)
    width = require('internal/cjs_loader').tokenWidth(text, at[1] - 1);
  }
  return [msg, at, width];
}

// Node's displayErrors: an error gets "file:line", the source line and a caret in front of its
// stack (once). A SyntaxError while compiling is also reworded as V8 words it.
const decorated = new WeakSet();
function decorate(err, [code, filename, lineOffset, columnOffset = 0], compiling) {
  if (err === null || typeof err !== 'object' || decorated.has(err)) return;
  let stack;
  try { stack = err.stack; } catch { return; }
  if (typeof stack !== 'string') return;
  const lines = code.split(/\r\n|\n|\r/);
  let line;
  let col;
  let width = 1;
  let m;
  if (compiling) {
    const raw = String(err.message);
    let at;
    [err.message, at, width] = v8Syntax(raw, lines, lineOffset, columnOffset);
    stack = stack.split(raw).join(err.message);
    err.stack = stack;
    if (!at) return;
    [line, col] = at;
  } else {
    const site = internalBinding('native').lastThrowSite(err);
    if (site !== undefined && site[0] === filename) {
      // Where the `throw` ran, as V8's message location.
      [, line, col] = site;
    } else {
      const frame = stack.split('\n', 2)[1] || '';
      // `at name (file:line:col)`, or `at file:line:col` for anonymous code.
      m = /:([\d?]+):([\d?]+)\)?$/.exec(frame);
      if (!m || !(frame.endsWith(`(${filename}${m[0]}`) || frame.endsWith(` ${filename}${m[0]}`))) return;
      [line, col] = m[1] === '?' && lines.length === 1 ? [1 + lineOffset, 1] : [+m[1], +m[2]];
    }
    if (line === 1 + lineOffset) col -= columnOffset;
  }
  const text = lines[line - 1 - lineOffset];
  if (text === undefined || !(col >= 1)) return;
  const caret = width === 0 ? ' '.repeat(text.length) : `${' '.repeat(col - 1)}${'^'.repeat(width)}`;
  err.stack = `${filename}:${line}\n${text}\n${caret}\n\n${stack}`;
  decorated.add(err);
}

// The source of a script named by no file ('evalmachine.<anonymous>', 'tpl.ejs'), for the excerpt
// of an error it throws later, uncaught (node keeps each script's source): the script of that
// name, unless two differ (then none, never another script's line).
const namedSources = new Map();
function registerSource(filename, code, lineOffset, columnOffset) {
  if (filename.startsWith('/') || /^[a-z][a-z\d+.-]*:/i.test(filename) || lineOffset !== 0 || columnOffset !== 0) return;
  const known = namedSources.get(filename);
  // (Kept for the process's life: at most a thousand names.)
  if (known === code || known === null || (known === undefined && namedSources.size >= 1000)) return;
  namedSources.set(filename, known === undefined ? code : null);
  require('internal/loop').setSourceText(filename, known === undefined ? code : undefined);
}

// node's frames under a running script's own: the Script method that ran it (by name), then the
// vm function that called that method (vmFunction, taken by the run it starts).
const RUN_FRAMES = {
  runInThisContext: ['Script.runInThisContext (node:vm:137:12)'],
  runInContext: ['Script.runInContext (node:vm:149:12)'],
  runInNewContext: ['Script.runInContext (node:vm:149:12)', 'Script.runInNewContext (node:vm:154:17)'],
};
const VM_FUNCTION_FRAMES = {
  runInThisContext: 'Object.runInThisContext (node:vm:317:38)',
  runInContext: 'Object.runInContext (node:vm:301:6)',
  runInNewContext: 'Object.runInNewContext (node:vm:310:38)',
};
let vmFunction = null;
let newContextRun = false; // (Script#runInNewContext is calling Script#runInContext)
function runScript(script, context, options, method) {
  const via = vmFunction;
  vmFunction = null;
  const { displayErrors, timeout } = getRunInContextArgs(options);
  try {
    return binding.run(script[kHandle], context, timeout);
  } catch (err) {
    // The stack is read with room for rjs's own vm frames, which node's fewer ones replace:
    // then it keeps Error.stackTraceLimit frames, as node's.
    const limit = Error.stackTraceLimit;
    let raised = false;
    if (typeof limit === 'number' && limit >= 0 && limit < 1e6) {
      try { Error.stackTraceLimit = limit + 10; raised = Error.stackTraceLimit === limit + 10; } catch {}
    }
    try {
      if (displayErrors) decorate(err, script[kSource], false);
      withRunFrames(err, via === null ? RUN_FRAMES[method] : [...RUN_FRAMES[method], VM_FUNCTION_FRAMES[via]]);
    } finally {
      if (raised) Error.stackTraceLimit = limit;
    }
    if (raised) limitStack(err, limit);
    throw err;
  }
}
// The same frames for a stack made while a script runs (not thrown through runScript): the
// bootstrap hands over vm.js's frames under the native run (`at runScript (node:vm:L:C)` ...),
// mapped by the line of their call (the others are not shown).
const RUN_CALLS = [
  ["return runScript(this, undefined, options, 'runInThisContext');", RUN_FRAMES.runInThisContext[0]],
  ['return runScript(this, contexts.get(contextifiedObject), options, method);', RUN_FRAMES.runInContext[0]],
  ['return this.runInContext(context, options);', RUN_FRAMES.runInNewContext[1]],
  ['return script.runInContext(contextifiedObject, options);', VM_FUNCTION_FRAMES.runInContext],
  ['return script.runInNewContext(contextObject, options);', VM_FUNCTION_FRAMES.runInNewContext],
  ['return script.runInThisContext(options);', VM_FUNCTION_FRAMES.runInThisContext],
];
let runCallLines = null; // line -> node's frame
internalBinding('native').vmRunFrames = function vmRunFrames(lines) {
  if (runCallLines === null) {
    runCallLines = new Map();
    const src = String(internalBinding('native').builtinSource('vm') || '').split('\n');
    // (The last line holding the text: the first is this table's.)
    for (const [text, frame] of RUN_CALLS) {
      let k = src.length - 1;
      while (k >= 0 && !src[k].includes(text)) k--;
      if (k !== -1) runCallLines.set(k + 1, frame);
    }
  }
  const out = [];
  for (const l of lines) {
    const m = /\(node:vm:(\d+):\d+\)$/.exec(l);
    const frame = m === null ? undefined : runCallLines.get(Number(m[1]));
    if (frame !== undefined) out.push(frame);
  }
  return out;
};
// Keeps the first `limit` frames of `err`'s stack.
function limitStack(err, limit) {
  let stack;
  try { stack = err !== null && typeof err === 'object' ? err.stack : undefined; } catch { return; }
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  const first = lines.findIndex((l) => l.startsWith('    at '));
  if (first !== -1 && lines.length - first > limit) {
    try { err.stack = lines.slice(0, first + limit).join('\n'); } catch {}
  }
}
// `err` thrown by a running script, with node's `frames` in place of rjs's vm frames under the
// script's (the native run and vm.js's own), when its stack was made by that run: then true.
function withRunFrames(err, frames) {
  let stack;
  try { stack = err !== null && typeof err === 'object' ? err.stack : undefined; } catch { return false; }
  if (typeof stack !== 'string' || Error.prepareStackTrace !== internalBinding('defaultPrepareStackTrace')) return false;
  const lines = stack.split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at runScript (node:vm:'));
  if (at < 1 || !/^ {4}at (?:Object\.)?run \(<anonymous>\)$/.test(lines[at - 1])) return false;
  let end = at + 1;
  while (end < lines.length && lines[end].includes('node:vm:')) end++;
  lines.splice(at - 1, end - at + 1, ...frames.map((f) => `    at ${f}`));
  err.stack = lines.join('\n');
  return true;
}


// Code caches as node 20 shows V8's: a cache is a header naming the length of the source it was
// made for (V8's source hash; no compiled code is kept). Given one, a script is compiled again
// and the cache is rejected unless its header is sound and its length matches; but a script
// compiled before with the same source and origin comes from V8's compilation cache, and the
// data given is not looked at (never rejected). compileFunction has no such cache.
const kCacheMagic = 0xc0de05cc;
const kCacheVersion = 0x00e4c20b;
function makeCache(code) {
  const data = Buffer.alloc(16);
  data.writeUInt32LE(kCacheMagic, 0);
  data.writeUInt32LE(kCacheVersion, 4);
  data.writeUInt32LE(code.length, 8);
  return data;
}
function cacheRejected(view, code) {
  const data = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  return data.length < 16 || data.readUInt32LE(0) !== kCacheMagic || data.readUInt32LE(4) !== kCacheVersion ||
    data.readUInt32LE(8) !== code.length;
}
// Origins and sources of the scripts compiled so far (bounded, as V8's cache is): origin ->
// the set of its sources (the engine hashes a string natively; a JS hash of a multi-megabyte
// bundle took seconds).
const compiledScripts = new Map();
let compiledCount = 0;
function compiledBefore(code, filename, lineOffset, columnOffset) {
  const origin = `${lineOffset}:${columnOffset}:${filename}`;
  let sources = compiledScripts.get(origin);
  if (sources !== undefined && sources.has(code)) return true;
  if (compiledCount >= 1024) { compiledScripts.clear(); compiledCount = 0; sources = undefined; }
  if (sources === undefined) compiledScripts.set(origin, (sources = new Set()));
  sources.add(code);
  compiledCount++;
  return false;
}

// V8's `//# sourceMappingURL=<url>` magic comment (or `//@`) as V8's scanner meets comments:
// the last one counts, and one whose value is empty or followed by more than blanks leaves none
// (scanned natively: node/vm_source_map.rs).
function sourceMapURL(code) {
  if (!code.includes('sourceMappingURL')) return undefined;
  return internalBinding('vm').sourceMapURL(code);
}

// node's native base class: the code cache comes from it.
class ContextifyScript {
  createCachedData() {
    return makeCache(this[kSource][0]);
  }
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    super();
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else v().validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    v().validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
    v().validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportModuleDynamically(importModuleDynamically);
    const context = parsingContext === undefined ? undefined : contexts.get(parsingContext);
    const source = [code, filename, lineOffset, columnOffset > 0 ? columnOffset : 0];
    let handle;
    try {
      handle = binding.compile(code, filename, lineOffset, context, columnOffset);
    } catch (err) {
      decorate(err, source, true);
      throw withCompileFrames(err);
    }
    Object.defineProperty(this, kHandle, { value: handle });
    Object.defineProperty(this, kSource, { value: source });
    registerSource(filename, code, lineOffset, columnOffset);
    const fromCache = compiledBefore(code, filename, lineOffset, columnOffset);
    if (cachedData !== undefined) this.cachedDataRejected = !fromCache && cacheRejected(cachedData, code);
    if (produceCachedData) {
      this.cachedData = makeCache(code);
      this.cachedDataProduced = true;
    }
    this.sourceMapURL = sourceMapURL(code);
  }

  runInThisContext(options) {
    return runScript(this, undefined, options, 'runInThisContext');
  }

  runInContext(contextifiedObject, options) {
    const method = newContextRun ? 'runInNewContext' : 'runInContext';
    newContextRun = false;
    validateContext(contextifiedObject);
    return runScript(this, contexts.get(contextifiedObject), options, method);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    newContextRun = true;
    try {
      return this.runInContext(context, options);
    } finally {
      newContextRun = false;
    }
  }

}

function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = { name: options.contextName, origin: options.contextOrigin, codeGeneration: undefined, microtaskMode: options.microtaskMode };
  if (contextOptions.name !== undefined) v().validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) v().validateString(contextOptions.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    v().validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) v().validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) v().validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) v().validateString(options.microtaskMode, 'options.microtaskMode');
  return contextOptions;
}

let defaultContextNameIndex = 1;
function createContext(contextObject = {}, options = {}) {
  if (contextObject !== DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  v().validateObject(options, 'options');
  const { name = `VM Context ${defaultContextNameIndex++}`, origin, codeGeneration, microtaskMode, importModuleDynamically } = options;
  v().validateString(name, 'options.name');
  if (origin !== undefined) v().validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    v().validateObject(codeGeneration, 'options.codeGeneration');
    const { strings = true, wasm = true } = codeGeneration;
    v().validateBoolean(strings, 'options.codeGeneration.strings');
    v().validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  v().validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  validateImportModuleDynamically(importModuleDynamically);
  if (contextObject === DONT_CONTEXTIFY) {
    const handle = binding.makeContext(undefined);
    contexts.set(handle.global, handle);
    return handle.global;
  }
  contexts.set(contextObject, binding.makeContext(contextObject));
  return contextObject;
}

// node's frames under a Script that does not compile, by the vm function that made it.
const SCRIPT_CALLERS = {
  __proto__: null,
  runInThisContext: ['createScript (node:vm:269:10)', 'Object.runInThisContext (node:vm:317:10)'],
  runInContext: ['createScript (node:vm:269:10)', 'Object.runInContext (node:vm:300:10)'],
  runInNewContext: ['createScript (node:vm:269:10)', 'Object.runInNewContext (node:vm:310:10)'],
  createScript: ['Object.createScript (node:vm:269:10)'],
};
let scriptCaller = null; // (the vm function making a Script, while it does)
// `err` (a compile error of a Script) with node's vm frames in place of rjs's own.
function withCompileFrames(err) {
  let stack;
  try { stack = err.stack; } catch { return err; }
  if (typeof stack !== 'string' || Error.prepareStackTrace !== internalBinding('defaultPrepareStackTrace')) return err;
  const lines = stack.split('\n');
  const first = lines.findIndex((l) => l.startsWith('    at '));
  if (first === -1) return err;
  const frames = ['new Script (node:vm:117:7)', ...(SCRIPT_CALLERS[scriptCaller] || [])].map((f) => `    at ${f}`);
  const rest = lines.slice(first).filter((l) => !l.includes(' (node:vm:'));
  const limit = Error.stackTraceLimit;
  const all = [...lines.slice(0, first), ...frames, ...rest];
  err.stack = (typeof limit === 'number' && limit >= 0 ? all.slice(0, first + limit) : all).join('\n');
  return err;
}
// (`caller`: the vm function that makes it; by default a script's own vm.createScript call.)
function createScript(code, options, caller = 'createScript') {
  scriptCaller = caller;
  try {
    return new Script(code, options);
  } finally {
    scriptCaller = null;
  }
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options, [kParsingContext]: contextifiedObject };
  else options = { ...options, [kParsingContext]: contextifiedObject };
  const script = createScript(code, options, 'runInContext');
  vmFunction = 'runInContext'; // (for the frame of the run it starts)
  try {
    return script.runInContext(contextifiedObject, options);
  } finally {
    vmFunction = null;
  }
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  const script = createScript(code, options, 'runInNewContext');
  vmFunction = 'runInNewContext'; // (for the frame of the run it starts)
  try {
    return script.runInNewContext(contextObject, options);
  } finally {
    vmFunction = null;
  }
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  const script = createScript(code, options, 'runInThisContext');
  vmFunction = 'runInThisContext'; // (for the frame of the run it starts)
  try {
    return script.runInThisContext(options);
  } finally {
    vmFunction = null;
  }
}

const compiledNames = new Set(); // names whose header width compileFunction set
function compileFunction(code, params, options = {}) {
  v().validateString(code, 'code');
  v().validateObject(options, 'options');
  if (params !== undefined) {
    v().validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) v().validateString(params[i], `params[${i}]`);
  }
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  v().validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
  v().validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.parsingContext', 'Context', parsingContext);
    }
  }
  v().validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    v().validateObject(extension, `options.contextExtensions[${i}]`, { allowNullable: true });
  });
  validateImportModuleDynamically(importModuleDynamically);
  const context = parsingContext === undefined ? undefined : contexts.get(parsingContext);
  const paramList = params === undefined ? '' : params.join(', ');
  try {
    const fn = binding.compileFunction(code, paramList, filename, context, contextExtensions, lineOffset);
    if (cachedData !== undefined) fn.cachedDataRejected = cacheRejected(cachedData, code);
    if (produceCachedData) {
      fn.cachedDataProduced = true;
      fn.cachedData = makeCache(code);
    }
    if (!(lineOffset > 0)) {
      // The body shares its first line with the native wrapper's header: frames there are
      // shifted back by its width (as for CommonJS files), unless a CommonJS file has the name.
      // The width is kept per name: the latest function compiled under a name sets it. A
      // columnOffset moves that line's columns on by as much.
      const count = contextExtensions.length;
      const header = (count > 0 ? `(function () {${' with (arguments[0])'.repeat(count)} return ` : '(').length +
        `function (${paramList}) {`.length;
      const wrapped = internalBinding('native').cjsWrapped;
      const name = filename === '' ? '<anonymous>' : filename;
      if (wrapped !== undefined && (!wrapped.has(name) || compiledNames.has(name))) {
        wrapped.set(name, header - Math.max(0, columnOffset));
        compiledNames.add(name);
      }
    }
    return fn;
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.name === 'SyntaxError' && typeof err.message === 'string') {
      // Positions come from the native side's check of `(function (params) {body\n})`.
      const header = `(function (${paramList}) {`.length;
      err.message = err.message.replace(/ at line (\d+), col (\d+)$/, (_, l, c) => (l === '1'
        ? ` at line ${1 + Math.max(0, lineOffset)}, col ${Math.max(1, c - header)}`
        : ` at line ${+l + Math.max(0, lineOffset)}, col ${c}`));
      decorate(err, [code, filename, lineOffset > 0 ? lineOffset : 0], true);
    }
    throw err;
  }
}

function measureMemory(options = {}) {
  process.emitWarning('vm.measureMemory is an experimental feature and might change at any time', 'ExperimentalWarning');
  v().validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  v().validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  v().validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const bytes = binding.memoryBytes();
  const total = { jsMemoryEstimate: bytes, jsMemoryRange: [bytes, bytes] };
  return Promise.resolve(mode === 'summary' ? { total } : { total, current: total, other: [] });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants: Object.freeze({ __proto__: null, USE_MAIN_CONTEXT_DEFAULT_LOADER, DONT_CONTEXTIFY }),
};
