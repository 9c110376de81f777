// node:vm — node 20's argument handling over the native binding (src/node/vm.rs), which makes
// contexts as engine realms whose global reads and writes the contextified object live, and
// compiles and runs code in them. Not supported: `timeout` and `breakOnSigint` (validated,
// then ignored: there is no watchdog thread), V8 code caches (`createCachedData()` is empty,
// given `cachedData` is always rejected), `columnOffset`, vm.Module, and measureMemory's
// figures (it resolves with the wasm memory size).
'use strict';

const binding = internalBinding('vm');
const contexts = new WeakMap(); // contextified object (or uncontextified global) → handle
const kHandle = Symbol('kHandle');
const kSource = Symbol('kSource'); // [code, filename, lineOffset] for error excerpts
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
  if (options.timeout !== undefined) v().validateInteger(options.timeout, 'options.timeout', 1, 4294967295);
  const { displayErrors = true, breakOnSigint = false } = options;
  v().validateBoolean(displayErrors, 'options.displayErrors');
  v().validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return displayErrors;
}

// Node's displayErrors: an error thrown by the script's own code gets "file:line", the source
// line and a caret in front of its stack (once).
const decorated = new WeakSet();
function decorate(err, [code, filename, lineOffset], compiling) {
  if (err === null || typeof err !== 'object' || decorated.has(err)) return;
  let stack;
  try { stack = err.stack; } catch { return; }
  if (typeof stack !== 'string') return;
  const lines = code.split(/\r\n|\n|\r/);
  let line;
  let col;
  let m;
  if (compiling) {
    if ((m = / at line (\d+), col (\d+)$/.exec(err.message))) [line, col] = [+m[1], +m[2]];
    else [line, col] = [lines.length + lineOffset, lines[lines.length - 1].length + 1];
  } else {
    const frame = stack.split('\n', 2)[1] || '';
    // `at name (file:line:col)`, or `at file:line:col` for anonymous code.
    m = /:([\d?]+):([\d?]+)\)?$/.exec(frame);
    if (!m || !(frame.endsWith(`(${filename}${m[0]}`) || frame.endsWith(` ${filename}${m[0]}`))) return;
    [line, col] = m[1] === '?' && lines.length === 1 ? [1 + lineOffset, 1] : [+m[1], +m[2]];
  }
  const text = lines[line - 1 - lineOffset];
  if (text === undefined || !(col >= 1)) return;
  err.stack = `${filename}:${line}\n${text}\n${' '.repeat(col - 1)}^\n\n${stack}`;
  decorated.add(err);
}

function runScript(script, context, options) {
  const displayErrors = getRunInContextArgs(options);
  try {
    return binding.run(script[kHandle], context);
  } catch (err) {
    if (displayErrors) decorate(err, script[kSource], false);
    throw err;
  }
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else v().validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      [kParsingContext]: parsingContext,
    } = options;
    v().validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
    v().validateBoolean(produceCachedData, 'options.produceCachedData');
    const context = parsingContext === undefined ? undefined : contexts.get(parsingContext);
    const source = [code, filename, lineOffset];
    let handle;
    try {
      handle = binding.compile(code, filename, lineOffset, context);
    } catch (err) {
      decorate(err, source, true);
      throw err;
    }
    Object.defineProperty(this, kHandle, { value: handle });
    Object.defineProperty(this, kSource, { value: source });
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) {
      // No code cache exists to produce: an empty one, which a later run rejects.
      this.cachedDataProduced = true;
      this.cachedData = Buffer.alloc(0);
    }
  }

  runInThisContext(options) {
    return runScript(this, undefined, options);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return runScript(this, contexts.get(contextifiedObject), options);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return Buffer.alloc(0);
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
  const { name = `VM Context ${defaultContextNameIndex++}`, origin, codeGeneration, microtaskMode } = options;
  v().validateString(name, 'options.name');
  if (origin !== undefined) v().validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    v().validateObject(codeGeneration, 'options.codeGeneration');
    const { strings = true, wasm = true } = codeGeneration;
    v().validateBoolean(strings, 'options.codeGeneration.strings');
    v().validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  v().validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (contextObject === DONT_CONTEXTIFY) {
    const handle = binding.makeContext(undefined);
    contexts.set(handle.global, handle);
    return handle.global;
  }
  contexts.set(contextObject, binding.makeContext(contextObject));
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options, [kParsingContext]: contextifiedObject };
  else options = { ...options, [kParsingContext]: contextifiedObject };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

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
  const context = parsingContext === undefined ? undefined : contexts.get(parsingContext);
  const body = lineOffset > 0 ? '\n'.repeat(lineOffset) + code : code;
  return binding.compileFunction(body, params === undefined ? '' : params.join(', '), filename, context, contextExtensions);
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
