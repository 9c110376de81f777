// node:util/types -- type checks answered by the engine's internal class of a value (never by
// Symbol.toStringTag or the prototype chain, so look-alike objects are not matched).
'use strict';

const binding = internalBinding('native');
const t = binding.internalType;
const is = (name) => (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && t(v) === name;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const tagOf = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const typed = (name) => (v) => t(v) === 'TypedArray' && tagOf.call(v) === name;
const fnToString = Function.prototype.toString;
const objToString = Object.prototype.toString;
const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});

// Function kinds: the engine's source text is the most reliable sign; the prototype chain
// answers for functions whose source is not available.
function sourceOf(v) {
  try { return fnToString.call(v); } catch { return ''; }
}
let isBound;
function bound(v) {
  isBound ??= internalBinding('inspect').isBoundFunction;
  return isBound(v);
}
function isAsyncFunction(v) {
  if (typeof v !== 'function' || bound(v)) return false;
  const src = sourceOf(v);
  if (/^async[\s(*]|^async\s*[\w$]+\s*=>/.test(src)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === AsyncFunctionProto || proto === AsyncGeneratorFunctionProto;
}
function isGeneratorFunction(v) {
  if (typeof v !== 'function' || bound(v)) return false;
  const src = sourceOf(v);
  if (/^(async\s*)?function\s*\*|^(async\s*)?\*/.test(src)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === GeneratorFunctionProto || proto === AsyncGeneratorFunctionProto;
}
function isArgumentsObject(v) {
  // An arguments object's built-in tag is "Arguments" and it has no @@toStringTag of its own.
  return v !== null && typeof v === 'object' && !Array.isArray(v) && t(v) === '' &&
    v[Symbol.toStringTag] === undefined && objToString.call(v) === '[object Arguments]';
}
const isArrayBuffer = is('ArrayBuffer');
const isSharedArrayBuffer = is('SharedArrayBuffer');
const boxed = ['Number', 'String', 'Boolean', 'BigInt', 'Symbol'];

module.exports = {
  isExternal: function isExternal() { return false; },
  isDate: is('Date'),
  isArgumentsObject,
  isBigIntObject: is('BigInt'),
  isBooleanObject: is('Boolean'),
  isNumberObject: is('Number'),
  isStringObject: is('String'),
  isSymbolObject: is('Symbol'),
  isNativeError: is('Error'),
  isRegExp: is('RegExp'),
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject: (v) => { const k = t(v); return k === 'Generator' || k === 'AsyncGenerator'; },
  isPromise: is('Promise'),
  isMap: is('Map'),
  isSet: is('Set'),
  isMapIterator: is('MapIterator'),
  isSetIterator: is('SetIterator'),
  isWeakMap: is('WeakMap'),
  isWeakSet: is('WeakSet'),
  isArrayBuffer,
  isDataView: is('DataView'),
  isSharedArrayBuffer,
  isProxy: is('Proxy'),
  isModuleNamespaceObject: (v) => internalBinding('inspect').isModuleNamespace(v),
  isAnyArrayBuffer: (v) => isArrayBuffer(v) || isSharedArrayBuffer(v),
  isBoxedPrimitive: (v) => v !== null && typeof v === 'object' && boxed.includes(t(v)),
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray: is('TypedArray'),
  isUint8Array: typed('Uint8Array'),
  isUint8ClampedArray: typed('Uint8ClampedArray'),
  isUint16Array: typed('Uint16Array'),
  isUint32Array: typed('Uint32Array'),
  isInt8Array: typed('Int8Array'),
  isInt16Array: typed('Int16Array'),
  isInt32Array: typed('Int32Array'),
  isFloat32Array: typed('Float32Array'),
  isFloat64Array: typed('Float64Array'),
  isBigInt64Array: typed('BigInt64Array'),
  isBigUint64Array: typed('BigUint64Array'),
  isKeyObject: function value(obj) { return obj !== null && typeof obj === 'object' && cryptoChecks !== undefined && cryptoChecks.isKeyObject(obj); },
  isCryptoKey: function value(obj) { return obj !== null && typeof obj === 'object' && cryptoChecks !== undefined && cryptoChecks.isCryptoKey(obj); },
};
// KeyObjects and CryptoKeys exist only once crypto is loaded: it then registers its brand checks
// (own internal state, as node's slots) here, once.
let cryptoChecks;
Object.defineProperty(module.exports, Symbol.for('rjs.setCryptoChecks'), {
  value: (checks) => { cryptoChecks ??= checks; },
});
// Names and lengths as node's: the V8 checks take no declared parameter, the typed-array ones one.
for (const key of Object.keys(module.exports)) {
  const fn = module.exports[key];
  if (fn === ArrayBuffer.isView || fn.name === 'value') continue;
  const typedCheck = key.endsWith('Array') && key !== 'isTypedArray' || key === 'isTypedArray';
  Object.defineProperty(fn, 'name', { value: key, configurable: true });
  Object.defineProperty(fn, 'length', { value: typedCheck ? 1 : 0, configurable: true });
}
