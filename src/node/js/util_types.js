// node:util/types — type checks answered by the engine's internal class of a value.
'use strict';

const binding = internalBinding('native');
const t = binding.internalType;
const is = (name) => (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && t(v) === name;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const tagOf = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const typed = (name) => (v) => t(v) === 'TypedArray' && tagOf.call(v) === name;
const fnToString = Function.prototype.toString;

module.exports = {
  isPromise: is('Promise'),
  isMap: is('Map'),
  isSet: is('Set'),
  isWeakMap: is('WeakMap'),
  isWeakSet: is('WeakSet'),
  isDate: is('Date'),
  isRegExp: is('RegExp'),
  isProxy: is('Proxy'),
  isNativeError: is('Error'),
  isArrayBuffer: is('ArrayBuffer'),
  isSharedArrayBuffer: is('SharedArrayBuffer'),
  isAnyArrayBuffer: (v) => t(v) === 'ArrayBuffer' || t(v) === 'SharedArrayBuffer',
  isDataView: is('DataView'),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
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
  isMapIterator: is('MapIterator'),
  isSetIterator: is('SetIterator'),
  isGeneratorObject: (v) => t(v) === 'Generator' || t(v) === 'AsyncGenerator',
  isWeakRef: is('WeakRef'),
  isArgumentsObject: is('Arguments'),
  isBoxedPrimitive: (v) => ['Number', 'String', 'Boolean', 'BigInt', 'Symbol'].includes(t(v)),
  isNumberObject: is('Number'),
  isStringObject: is('String'),
  isBooleanObject: is('Boolean'),
  isBigIntObject: is('BigInt'),
  isSymbolObject: is('Symbol'),
  isAsyncFunction: (v) => typeof v === 'function' && /^async\b/.test(fnToString.call(v)),
  isGeneratorFunction: (v) => typeof v === 'function' && /^(async\s*)?function\s*\*|^(async\s*)?\*/.test(fnToString.call(v)),
  isModuleNamespaceObject: (v) => v !== null && typeof v === 'object' && v[Symbol.toStringTag] === 'Module' && Object.getPrototypeOf(v) === null,
  isExternal: () => false,
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
