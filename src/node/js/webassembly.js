// internal/webassembly -- the `WebAssembly` global (the JS API of node 20's V8) on the wasmi
// interpreter (node/webassembly). Modules, memories, tables and globals are native handles
// kept in private fields; exported functions are native functions; Memory#buffer views the
// wasm memory in place and is detached when the memory grows.
'use strict';

const native = internalBinding('webassembly');
const { setImmediate } = require('timers');

// Their stacks start at the caller, as V8's (no frame of the constructor itself).
class CompileError extends Error {
  constructor(message) { super(message); Error.captureStackTrace(this, new.target); }
}
class LinkError extends Error {
  constructor(message) { super(message); Error.captureStackTrace(this, new.target); }
}
class RuntimeError extends Error {
  constructor(message) { super(message); Error.captureStackTrace(this, new.target); }
}
for (const E of [CompileError, LinkError, RuntimeError]) {
  Object.defineProperty(E.prototype, 'name', { value: E.name, writable: true, enumerable: false, configurable: true });
}
native.setErrorClasses(CompileError, LinkError, RuntimeError);

// The JS object of each memory, table and global of the store (by native.key), so that one
// imported and exported again is the same object, as in V8.
const wrappers = new Map();
function wrap(Class, handle) {
  const key = native.key(handle);
  let object = wrappers.get(key);
  if (object === undefined) {
    object = Reflect.construct(Class, [kHandle, handle]);
    wrappers.set(key, object);
  }
  return object;
}
// Constructs a wrapper around an existing handle (not reachable from scripts).
const kHandle = Symbol('handle');

// A BufferSource's bytes as a Uint8Array over the same memory.
function bytesOf(source, caller) {
  if (source instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && source instanceof SharedArrayBuffer)) {
    return new Uint8Array(source);
  }
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  throw new TypeError(`${caller}: Argument 0 must be a buffer source`);
}

function compileBytes(bytes, caller) {
  const handle = native.compile(bytes);
  if (typeof handle === 'string') {
    const error = new CompileError(`${caller}: ${handle}`);
    Error.captureStackTrace(error, Module);
    throw error;
  }
  return handle;
}

// The native handles of Module, Memory, Table and Global objects (undefined for others).
let moduleHandle;
let memoryHandle;
let tableHandle;
let globalHandle;

class Module {
  #handle;
  constructor(bytes) {
    if (bytes === kHandle) {
      this.#handle = arguments[1];
      return;
    }
    this.#handle = compileBytes(bytesOf(bytes, 'WebAssembly.Module()'), 'WebAssembly.Module()');
  }
  static {
    moduleHandle = (module, caller) => {
      if (module === null || typeof module !== 'object' || !(#handle in module)) {
        throw new TypeError(`${caller}: Argument 0 must be a WebAssembly.Module`);
      }
      return module.#handle;
    };
  }
  static imports(module) {
    const list = native.moduleImports(moduleHandle(module, 'WebAssembly.Module.imports()'));
    const out = [];
    for (let i = 0; i < list.length; i += 3) out.push({ module: list[i], name: list[i + 1], kind: list[i + 2] });
    return out;
  }
  static exports(module) {
    const list = native.moduleExports(moduleHandle(module, 'WebAssembly.Module.exports()'));
    const out = [];
    for (let i = 0; i < list.length; i += 2) out.push({ name: list[i], kind: list[i + 1] });
    return out;
  }
  static customSections(module, sectionName) {
    const handle = moduleHandle(module, 'WebAssembly.Module.customSections()');
    if (sectionName === undefined) throw new TypeError('WebAssembly.Module.customSections(): Argument 1 is required');
    return native.customSections(handle, String(sectionName));
  }
}

// Each import's value from the import object, in the module's import order.
function importValues(moduleHandle, importObject, caller) {
  if (importObject !== undefined && (importObject === null || (typeof importObject !== 'object' && typeof importObject !== 'function'))) {
    throw new TypeError(`${caller}: Argument 1 must be an object`);
  }
  const list = native.moduleImports(moduleHandle);
  if (list.length === 0) return [];
  if (importObject === undefined) {
    throw new TypeError(`${caller}: Imports argument must be present and must be an object`);
  }
  const values = [];
  for (let i = 0; i < list.length; i += 3) {
    const moduleName = list[i];
    const ns = importObject[moduleName];
    if (ns === null || (typeof ns !== 'object' && typeof ns !== 'function')) {
      throw new TypeError(`${caller}: Import #${i / 3} module="${moduleName}" error: module is not an object or function`);
    }
    const value = ns[list[i + 1]];
    values.push(handleOf(value) ?? value);
  }
  return values;
}

// The native handle of a Memory, Table or Global (undefined for anything else).
function handleOf(value) {
  if (value === null || typeof value !== 'object') return undefined;
  return memoryHandle(value) ?? tableHandle(value) ?? globalHandle(value);
}

class Instance {
  #exports;
  constructor(module, importObject = undefined) {
    // WebAssembly.instantiate's errors name it: (kHandle, module, importObject, caller).
    const caller = module === kHandle ? arguments[3] : 'WebAssembly.Instance()';
    if (module === kHandle) [module, importObject] = [importObject, arguments[2]];
    const handle = moduleHandle(module, caller);
    const list = native.instantiate(handle, importValues(handle, importObject, caller), caller);
    const exports = Object.create(null);
    for (let i = 0; i < list.length; i += 3) {
      const kind = list[i + 1];
      const value = list[i + 2];
      exports[list[i]] = kind === 'function' ? value
        : wrap(kind === 'memory' ? Memory : kind === 'table' ? Table : Global, value);
    }
    this.#exports = Object.freeze(exports);
  }
  get exports() {
    if (!(#exports in this)) throw new TypeError('Receiver is not a WebAssembly.Instance');
    return this.#exports;
  }
}

// A descriptor's integer property (V8's checks and messages).
function limit(descriptor, name, caller, required, upper) {
  const value = descriptor[name];
  if (value === undefined) {
    if (required) throw new TypeError(`${caller}: Property '${name}' is required`);
    return undefined;
  }
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new TypeError(`${caller}: Property '${name}' must be convertible to a valid number`);
  const int = Math.trunc(n);
  if (int > upper) throw new RangeError(`${caller}: Property '${name}': value ${int} is above the upper bound ${upper}`);
  return int;
}

function descriptorOf(descriptor, caller) {
  if (descriptor === null || (typeof descriptor !== 'object' && typeof descriptor !== 'function')) {
    throw new TypeError(`${caller}: Argument 0 must be a ${caller.includes('Memory') ? 'memory' : caller.includes('Table') ? 'table' : 'global'} descriptor`);
  }
  return descriptor;
}

function limits(descriptor, caller, upper) {
  const initial = limit(descriptor, 'initial', caller, true, upper);
  const maximum = limit(descriptor, 'maximum', caller, false, upper);
  if (maximum !== undefined && maximum < initial) {
    throw new RangeError(`${caller}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
  }
  return [initial, maximum];
}

class Memory {
  #handle;
  constructor(descriptor) {
    if (descriptor === kHandle) {
      this.#handle = arguments[1];
      return;
    }
    const caller = 'WebAssembly.Memory()';
    const [initial, maximum] = limits(descriptorOf(descriptor, caller), caller, 65536);
    if (descriptor.shared) throw new TypeError(`${caller}: shared memory is not supported by rjs`);
    this.#handle = native.memoryNew(initial, maximum);
    wrappers.set(native.key(this.#handle), this);
  }
  static { memoryHandle = (object) => (#handle in object ? object.#handle : undefined); }
  grow(delta) {
    if (!(#handle in this)) throw new TypeError('Receiver is not a WebAssembly.Memory');
    const pages = toDelta(delta, 'WebAssembly.Memory.grow()');
    const old = native.memoryGrow(this.#handle, pages);
    if (old < 0) throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    return old;
  }
  get buffer() {
    if (!(#handle in this)) throw new TypeError('Receiver is not a WebAssembly.Memory');
    // The native side detaches a buffer once the memory grows (its length becomes 0).
    const cached = this.#buffer;
    if (cached !== undefined && cached.byteLength !== 0) return cached;
    return (this.#buffer = native.memoryBuffer(this.#handle));
  }
  #buffer;
}

function toDelta(delta, caller) {
  const n = Number(delta);
  if (!Number.isFinite(n) || n < 0 || n > 0xffffffff) {
    throw new TypeError(`${caller}: Argument 0 must be convertible to a valid number`);
  }
  return Math.trunc(n);
}

function elementType(descriptor, caller) {
  const element = String(descriptor.element);
  if (element === 'anyfunc' || element === 'funcref') return 'anyfunc';
  if (element === 'externref') return 'externref';
  throw new TypeError(`${caller}: Descriptor property 'element' must be a WebAssembly reference type`);
}

class Table {
  #handle;
  constructor(descriptor, value = undefined) {
    if (descriptor === kHandle) {
      this.#handle = value;
      return;
    }
    const caller = 'WebAssembly.Table()';
    descriptorOf(descriptor, caller);
    const element = elementType(descriptor, caller);
    const [initial, maximum] = limits(descriptor, caller, 10000000);
    this.#handle = native.tableNew(element, initial, maximum, value);
    wrappers.set(native.key(this.#handle), this);
  }
  static { tableHandle = (object) => (#handle in object ? object.#handle : undefined); }
  #self(caller) {
    if (!(#handle in this)) throw new TypeError(`${caller}: Receiver is not a WebAssembly.Table`);
    return this.#handle;
  }
  get length() { return native.tableLength(this.#self('WebAssembly.Table.length')); }
  grow(delta, value = undefined) {
    const handle = this.#self('WebAssembly.Table.grow()');
    const n = toDelta(delta, 'WebAssembly.Table.grow()');
    const old = native.tableGrow(handle, n, value);
    if (old < 0) throw new RangeError(`WebAssembly.Table.grow(): failed to grow table by ${n}`);
    return old;
  }
  set(index, value = undefined) {
    native.tableSet(this.#self('WebAssembly.Table.set()'), toIndex(index, 'WebAssembly.Table.set()'), value);
  }
  get(index) {
    return native.tableGet(this.#self('WebAssembly.Table.get()'), toIndex(index, 'WebAssembly.Table.get()'));
  }
}

function toIndex(index, caller) {
  const n = Number(index);
  if (!Number.isFinite(n) || n < 0 || n > 0xffffffff) throw new TypeError(`${caller}: Argument 0 must be convertible to a valid number`);
  return Math.trunc(n);
}

const valueTypes = new Set(['i32', 'i64', 'f32', 'f64', 'anyfunc', 'funcref', 'externref']);

class Global {
  #handle;
  #mutable;
  constructor(descriptor, value = undefined) {
    if (descriptor === kHandle) {
      this.#handle = value;
      this.#mutable = native.globalInfo(value)[1];
      return;
    }
    const caller = 'WebAssembly.Global()';
    descriptorOf(descriptor, caller);
    const mutable = Boolean(descriptor.mutable);
    const type = String(descriptor.value);
    if (!valueTypes.has(type)) throw new TypeError(`${caller}: Descriptor property 'value' must be a WebAssembly type`);
    this.#handle = native.globalNew(type, mutable, value);
    this.#mutable = mutable;
    wrappers.set(native.key(this.#handle), this);
  }
  static { globalHandle = (object) => (#handle in object ? object.#handle : undefined); }
  valueOf() {
    if (!(#handle in this)) throw new TypeError('WebAssembly.Global.valueOf(): Receiver is not a WebAssembly.Global');
    return native.globalGet(this.#handle);
  }
  get value() {
    if (!(#handle in this)) throw new TypeError('get WebAssembly.Global.value: Receiver is not a WebAssembly.Global');
    return native.globalGet(this.#handle);
  }
  set value(v) {
    if (!(#handle in this)) throw new TypeError('set WebAssembly.Global.value: Receiver is not a WebAssembly.Global');
    if (!this.#mutable) throw new TypeError("set WebAssembly.Global.value: Can't set the value of an immutable global.");
    native.globalSet(this.#handle, v);
  }
}

// Tags and exceptions of the exception-handling proposal (in node 20's V8). Only their JS API:
// wasmi compiles no module that throws or catches (its CompileError says so).
let tagParameters;
class Tag {
  #parameters;
  constructor(type) {
    const parameters = type !== null && typeof type === 'object' ? type.parameters : undefined;
    if (parameters === undefined || parameters === null || typeof parameters[Symbol.iterator] !== 'function') {
      throw new TypeError('WebAssembly.Tag(): Argument 0 must be a tag type with \'parameters\'');
    }
    this.#parameters = Array.from(parameters, (p) => {
      const name = String(p);
      if (!valueTypes.has(name)) throw new TypeError(`WebAssembly.Tag(): Argument 0 parameter type at index #0 must be a value type`);
      return name;
    });
  }
  static { tagParameters = (tag) => (tag !== null && typeof tag === 'object' && #parameters in tag ? tag.#parameters : undefined); }
}

// A payload value as the tag's parameter type would hold it.
function payloadValue(value, type) {
  switch (type) {
    case 'i32': return value | 0;
    case 'i64': return BigInt.asIntN(64, BigInt(value));
    case 'f32': return Math.fround(Number(value));
    case 'f64': return Number(value);
    default: return value;
  }
}

class Exception {
  #tag;
  #payload;
  constructor(tag, payload = undefined, options = undefined) {
    const types = tagParameters(tag);
    if (types === undefined) throw new TypeError('WebAssembly.Exception(): Argument 0 must be a WebAssembly tag');
    if (payload === null || typeof payload !== 'object' || typeof payload[Symbol.iterator] !== 'function') {
      throw new TypeError('WebAssembly.Exception(): Argument 1 must be an iterable object');
    }
    const values = Array.from(payload);
    if (values.length !== types.length) {
      throw new TypeError('WebAssembly.Exception(): Number of exception values does not match signature length');
    }
    this.#tag = tag;
    this.#payload = values.map((v, i) => payloadValue(v, types[i]));
    if (options !== null && typeof options === 'object' && options.traceStack) Error.captureStackTrace(this, new.target);
  }
  getArg(tag, index) {
    if (!(#tag in this)) throw new TypeError('Receiver is not a WebAssembly.Exception');
    if (tag !== this.#tag) throw new TypeError('WebAssembly.Exception.getArg(): First argument does not match the exception tag');
    const i = toIndex(index, 'WebAssembly.Exception.getArg()');
    if (i >= this.#payload.length) throw new RangeError('WebAssembly.Exception.getArg(): Index out of range');
    return this.#payload[i];
  }
  is(tag) {
    if (!(#tag in this)) throw new TypeError('Receiver is not a WebAssembly.Exception');
    return tag === this.#tag;
  }
}

// As V8's: prototype methods and accessors enumerable, a toStringTag per class.
function webIdl(Class, tag) {
  const proto = Class.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key !== 'constructor') Object.defineProperty(proto, key, { enumerable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}
webIdl(Module, 'WebAssembly.Module');
webIdl(Instance, 'WebAssembly.Instance');
webIdl(Memory, 'WebAssembly.Memory');
webIdl(Table, 'WebAssembly.Table');
webIdl(Global, 'WebAssembly.Global');
webIdl(Tag, 'WebAssembly.Tag');
webIdl(Exception, 'WebAssembly.Exception');

// Async results arrive in a later task, as V8's (after pending promise reactions).
function later(fn) {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try { resolve(fn()); } catch (e) { reject(e); }
    });
  });
}

function compile(source) {
  return compileAs(source, 'WebAssembly.compile()');
}

function compileAs(source, caller) {
  let bytes;
  try { bytes = bytesOf(source, caller); } catch (e) { return Promise.reject(e); }
  bytes = bytes.slice();
  return later(() => Reflect.construct(Module, [kHandle, compileBytes(bytes, caller)]));
}

function instantiate(source, importObject) {
  return instantiateAs(source, importObject, 'WebAssembly.instantiate()');
}

function instantiateAs(source, importObject, caller) {
  if (importObject !== undefined && (importObject === null || (typeof importObject !== 'object' && typeof importObject !== 'function'))) {
    return Promise.reject(new TypeError(`${caller}: Argument 1 must be an object`));
  }
  const newInstance = (module) => Reflect.construct(Instance, [kHandle, module, importObject, caller]);
  if (source !== null && typeof source === 'object' && isModule(source)) {
    return later(() => newInstance(source));
  }
  let bytes;
  try { bytes = bytesOf(source, caller); } catch {
    return Promise.reject(new TypeError(`${caller}: Argument 0 must be a buffer source or a WebAssembly.Module object`));
  }
  bytes = bytes.slice();
  return later(() => {
    const module = Reflect.construct(Module, [kHandle, compileBytes(bytes, caller)]);
    return { module, instance: newInstance(module) };
  });
}

function isModule(value) {
  try { moduleHandle(value, ''); return true; } catch { return false; }
}

function validate(source) {
  return native.validate(bytesOf(source, 'WebAssembly.validate()'));
}

// The body of a fetch Response (or a promise of one) as bytes, checked as node's
// wasmStreamingCallback does.
async function responseBytes(source) {
  const response = await source;
  const { Response } = require('internal/fetch');
  const { codes } = require('internal/errors');
  if (!(response instanceof Response)) {
    throw new codes.ERR_INVALID_ARG_TYPE('source', ['Response', 'Promise resolving to Response'], response);
  }
  const contentType = response.headers.get('Content-Type');
  if (contentType !== 'application/wasm') {
    throw new codes.ERR_WEBASSEMBLY_RESPONSE(`has unsupported MIME type '${contentType}'`);
  }
  if (!response.ok) throw new codes.ERR_WEBASSEMBLY_RESPONSE(`has status code ${response.status}`);
  if (response.bodyUsed !== false) throw new codes.ERR_WEBASSEMBLY_RESPONSE('body has already been used');
  // As node's streamState.push: chunks may be any buffer source (a file's web stream gives
  // ArrayBuffers, which Response#arrayBuffer refuses).
  const chunks = [];
  if (response.body != null) {
    for await (const chunk of response.body) chunks.push(bytesOf(chunk, 'WebAssembly.compileStreaming()'));
  }
  return Buffer.concat(chunks);
}

function compileStreaming(source) {
  return responseBytes(source).then((bytes) => compileAs(bytes, 'WebAssembly.compileStreaming()'));
}

function instantiateStreaming(source, importObject) {
  return responseBytes(source).then((bytes) => instantiateAs(bytes, importObject, 'WebAssembly.instantiateStreaming()'));
}

const WebAssembly = {};
for (const fn of [compile, validate, instantiate, compileStreaming, instantiateStreaming]) {
  Object.defineProperty(WebAssembly, fn.name, { value: fn, writable: true, enumerable: true, configurable: true });
}
for (const [name, value] of Object.entries({ Module, Instance, Table, Memory, Global, Tag, Exception, CompileError, LinkError, RuntimeError })) {
  Object.defineProperty(WebAssembly, name, { value, writable: true, enumerable: false, configurable: true });
}
Object.defineProperty(WebAssembly, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });

module.exports = { WebAssembly };
