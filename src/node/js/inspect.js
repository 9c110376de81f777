// util.inspect and util.format with node's output: quoting, escaping, class names, Map/Set/
// typed arrays/errors/promises/proxies, circular references, depth, the 80-column line
// breaking of node's `compact: 3` mode and number grouping of long arrays. node/inspect.rs
// formats whole calls natively when nothing in the value runs user code (custom inspect,
// getters with `getters`, proxies, errors and other rare types hand the value back here, and
// this file calls in again for the children); it also owns escaping, widths and line breaking.
'use strict';

const binding = internalBinding('native');
const internalType = binding.internalType;
// Escaping, widths, line breaking and whole trees of plain data are native (node/inspect.rs).
const native = internalBinding('inspect');
const strEscape = native.strEscape;
const escapeKey = native.escapeKey;
const nativeFormatValue = native.formatValue;
const nativeInspect = native.inspect;

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kObjectType = 0, kArrayType = 1, kArrayExtrasType = 2;
// Nesting at which node 20 overflows its stack while inspecting (about 1000 levels).
const kMaxNesting = 1000;
// Levels formatted here below a value too deep for the native formatter (which handles 200).
const kNativeRetry = 100;

const colorsTable = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49],
  bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49],
  bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39],
  cyanBright: [96, 39], whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49],
  bgGreenBright: [102, 49], bgYellowBright: [103, 49], bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
};
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return native.stripVTControlCharacters(str);
}

const styles = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
};

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;
const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
function isError(e) {
  return internalType(e) === 'Error' || e instanceof Error;
}


// `depthArg`/`colorsArg`: node's legacy (value, showHidden, depth, colors) form; `length`
// is set to node's 2 below.
function inspect(value, opts, depthArg, colorsArg) {
  const triedNative = depthArg === undefined && colorsArg === undefined;
  let deep = false;
  if (triedNative) {
    // Values that run no user code are formatted natively without building a ctx.
    const res = nativeInspect(value, opts, inspectDefaultOptions, inspect, customInspectSymbol, stylizeNoColor);
    if (typeof res === 'string') return res;
    deep = res === null;
  }
  const ctx = {
    budget: {}, indentationLvl: 0, seen: [], currentDepth: 0, stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden, depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors, customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy, maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength, breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact, sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters, numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (depthArg !== undefined) ctx.depth = depthArg;
  if (colorsArg !== undefined) ctx.colors = colorsArg;
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    for (const key of Object.keys(opts)) {
      if (Object.prototype.hasOwnProperty.call(inspectDefaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  // The native formatter covers what runs no user code; it hands anything else back.
  ctx.fast = !ctx.showHidden && !ctx.showProxy && (ctx.stylize === stylizeNoColor || ctx.stylize === stylizeWithColor);
  ctx.nativeFrom = deep ? 1 : 0;
  ctx.nativeStep = deep ? 2 : 1;
  // The native formatter just handed this value back: its top level is formatted here (walking
  // the tree natively again would only find the same reason to hand it back).
  return triedNative ? formatValueJS(ctx, value, 0) : formatValue(ctx, value, 0);
}
Object.defineProperty(inspect, 'length', { value: 2 });
inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});
inspect.colors = Object.assign(Object.create(null), colorsTable);
// Aliases are accessors and not enumerable, so Object.keys(inspect.colors) lists each style once.
for (const [alias, target] of [['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'], ['bgGray', 'bgBlackBright'],
  ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'], ['strikethrough', 'crossedOut'],
  ['hidden', 'conceal'], ['inverse', 'swapColors'], ['inverse', 'swapcolors'],
  ['doubleunderline', 'doubleUnderline']]) {
  Object.defineProperty(inspect.colors, target, {
    get() { return this[alias]; },
    set(value) { this[alias] = value; },
    configurable: true, enumerable: false,
  });
}
inspect.styles = Object.assign(Object.create(null), styles);

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}
function stylizeNoColor(str) { return str; }

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize, showHidden: ctx.showHidden, depth: ctx.depth, colors: ctx.colors,
    customInspect: ctx.customInspect, showProxy: ctx.showProxy, maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength, breakLength: ctx.breakLength, compact: ctx.compact,
    sorted: ctx.sorted, getters: ctx.getters, numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  // A value from another vm context gets no object of this one: a null prototype, no
  // non-primitive options and a stylize that only ever returns strings.
  if (isCrossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) delete ret[key];
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try { stylized = `${ctx.stylize(value, flavour)}`; } catch { /* the value as is */ }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (ctx.fast && ctx.seen.length >= ctx.nativeFrom && typedArray === undefined &&
      (typeof value === 'object' ? value !== null : typeof value === 'function')) {
    const res = nativeFormatValue(value, recurseTimes, ctx, inspect, customInspectSymbol);
    if (typeof res === 'string') return res;
    if (res === null) {
      // Nested deeper than the native formatter goes: this level is formatted here, and the
      // levels below natively again from nativeStep levels down. The step doubles at each retry
      // that fails again (up to kNativeRetry): a tree just over the native depth gets few levels
      // formatted here (each copies the whole text below it), a long chain is not re-walked
      // natively from every level.
      const { nativeFrom, nativeStep } = ctx;
      ctx.nativeFrom = ctx.seen.length + nativeStep;
      ctx.nativeStep = Math.min(nativeStep * 2, kNativeRetry);
      const out = formatValueJS(ctx, value, recurseTimes, typedArray);
      ctx.nativeFrom = nativeFrom;
      ctx.nativeStep = nativeStep;
      return out;
    }
  }
  return formatValueJS(ctx, value, recurseTimes, typedArray);
}

function formatValueJS(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function' && !isUndetectableObject(value)) {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');
  const context = value;
  const proxy = binding.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null || proxy[1] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
    // Proxies of functions or objects are shown as their target, without running traps.
  }
  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect && !isPrototypeObject(value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// value.constructor.prototype === value, read from an own data property (no getter runs).
function isPrototypeObject(value) {
  const desc = Object.getOwnPropertyDescriptor(value, 'constructor');
  return desc !== undefined && !!desc.value && desc.value.prototype === value;
}

function isUndetectableObject(v) { return typeof v === 'undefined' && v !== undefined; }

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

const wellKnownPrototypes = new Map([[Object.prototype, 'Object'], [Function.prototype, 'Function']]);

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj || isUndetectableObject(obj)) {
    // What inherits the intrinsic Object/Function prototypes is named by them, even when their
    // `constructor` was tampered with (node's wellKnownPrototypes).
    const wellKnown = obj === tmp ? undefined : wellKnownPrototypes.get(obj);
    if (wellKnown !== undefined) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return wellKnown;
    }
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = internalGetConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// V8's JSReceiver::class_name: the name of an object's built-in kind.
function builtinClassName(value) {
  const type = internalType(value);
  if (type === 'TypedArray') return typedArrayName(value);
  if (type !== '' && type !== 'NativeFunction' && type !== 'Proxy') return type;
  if (typeof value === 'function') return 'Function';
  if (Array.isArray(value)) return 'Array';
  if (isWeakRef(value)) return 'WeakRef';
  return Object.prototype.toString.call(value) === '[object Arguments]' ? 'Arguments' : 'Object';
}

function isWeakRef(value) {
  try {
    WeakRef.prototype.deref.call(value);
    return true;
  } catch {
    return false;
  }
}

// node's internalGetConstructorName (V8's GetConstructorName): the built-in kind, else the
// first Symbol.toStringTag data string up the chain or a prototype's named constructor other
// than Object. (V8 first asks which function constructed the object, which the engine does not
// record: instances of user classes fall through to these steps.)
function internalGetConstructorName(value) {
  const kind = builtinClassName(value);
  if (kind !== 'Object' && kind !== 'Arguments') return kind;
  for (let obj = value; obj !== null && internalType(obj) !== 'Proxy'; obj = Object.getPrototypeOf(obj)) {
    const tag = Object.getOwnPropertyDescriptor(obj, Symbol.toStringTag);
    if (tag !== undefined && typeof tag.value === 'string') return tag.value;
    const ctor = obj === value ? undefined : Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (ctor !== undefined && typeof ctor.value === 'function') {
      const name = Object.getOwnPropertyDescriptor(ctor.value, 'name');
      if (name !== undefined && typeof name.value === 'string' && name.value !== '' && name.value !== 'Object') return name.value;
    }
  }
  return kind;
}

// The engine's own constructors and namespaces, as node collects them before it adds its globals
// (Buffer, URL, ... are accessors here, so data properties are the engine's; Intl is rjs's own).
// SharedArrayBuffer, Atomics and WebAssembly join V8's global only after node's collection.
const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis).filter((e) =>
  /^[A-Z][a-zA-Z0-9]+$/.test(e) && 'value' in Object.getOwnPropertyDescriptor(globalThis, e) &&
  e !== 'SharedArrayBuffer' && e !== 'Atomics'));
builtInObjects.add('Intl');

// showHidden: the non-function properties of up to three user prototype layers, after the
// object's own (node highlights user-defined prototype properties this way).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && builtInObjects.has(descriptor.value.name)) return;
    }
    if (depth === 0) keySet = new Set();
    else for (const key of keys) keySet.add(key);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || Object.prototype.hasOwnProperty.call(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function isInstanceof(object, proto) {
  try { return object instanceof proto; } catch { return false; }
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try { keys = Object.keys(value); } catch (err) { keys = Object.getOwnPropertyNames(value); }
    if (symbols.length !== 0) {
      keys.push(...symbols.filter((key) => Object.prototype.propertyIsEnumerable.call(value, key)));
    }
  }
  return keys;
}


function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? Object.prototype.hasOwnProperty : Object.prototype.propertyIsEnumerable).call(value, Symbol.toStringTag))) tag = '';
  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let i = 0;
  const filter = ctx.showHidden ? 0 : 2;
  let extrasType = kObjectType;
  const itype = internalType(value);

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (itype === 'Set') {
      const size = Set.prototype[Symbol.iterator] && sizeOf(value, 'Set');
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      // As node: a null-prototype Set is shown through its values iterator (no size, so all).
      formatter = formatSet.bind(null, constructor !== null ? value : Set.prototype.values.call(value));
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (itype === 'Map') {
      const size = sizeOf(value, 'Map');
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap.bind(null, constructor !== null ? value : Map.prototype.entries.call(value));
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (itype === 'TypedArray') {
      keys = getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      if (constructor === null) { fallback = typedArrayName(value); bound = new globalThis[fallback](value); }
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray.bind(null, bound, size);
      extrasType = kArrayExtrasType;
    } else if (itype === 'MapIterator') {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = formatIterator.bind(null, braces);
    } else if (itype === 'SetIterator') {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = formatIterator.bind(null, braces);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      // node 20 shows arguments objects with their index keys: `[Arguments] { '0': 1 }`.
      if (Object.prototype.toString.call(value) === '[object Arguments]') {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (itype === 'RegExp') {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      keys = keys.filter((k) => k !== 'lastIndex' || ctx.showHidden);
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (itype === 'Date') {
      const t = Date.prototype.getTime.call(value);
      base = Number.isNaN(t) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (itype === 'Error' || value instanceof Error) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (itype === 'ArrayBuffer' || itype === 'SharedArrayBuffer') {
      const arrayType = itype;
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix + `{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (itype === 'DataView') {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (itype === 'Promise') {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (itype === 'WeakSet') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (itype === 'WeakMap') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (itype === 'Number' || itype === 'String' || itype === 'Boolean' || itype === 'BigInt' || itype === 'Symbol') {
      base = getBoxedBase(value, ctx, keys, constructor, tag, itype);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (itype === 'Generator' || itype === 'AsyncGenerator') {
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0 && protoProps === undefined) return `Object [${itype}] {}`;
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      // node 20 shows a URL (when its own inspect is not used) as its href.
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (constructor === null && native.isModuleNamespace(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = formatNamespaceObject.bind(null, keys);
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  if (ctx.seen.length >= kMaxNesting) {
    // Node runs out of V8 stack about this deep and prints the same marker.
    return ctx.stylize(`[${getCtxStyle(value, constructor, tag).slice(0, -1)}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (err && err.name === 'RangeError' && /call stack|recursion/i.test(err.message)) {
      ctx.seen.pop();
      return ctx.stylize(`[${getCtxStyle(value, constructor, tag).slice(0, -1)}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
    }
    throw err;
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) output = output.sort(comparator);
    else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }
  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function getEmptyFormatArray() { return []; }

// The prefix of an object shown as `Name {`: a null-prototype one is named by V8's constructor
// name ('[Map: null prototype]', '[Tag: null prototype]' for an own toStringTag).
function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function sizeOf(value, kind) {
  return kind === 'Set' ? Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(value)
    : Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(value);
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayLengthGetter = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
function typedArrayLength(v) { return typedArrayLengthGetter.call(v); }
function typedArrayName(v) { return typedArrayTagGetter.call(v); }

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag, type) {
  let fn, t;
  if (type === 'Number') { fn = Number.prototype.valueOf; t = 'Number'; }
  else if (type === 'String') {
    fn = String.prototype.valueOf; t = 'String';
    keys.splice(0, value.length);
  } else if (type === 'Boolean') { fn = Boolean.prototype.valueOf; t = 'Boolean'; }
  else if (type === 'BigInt') { fn = BigInt.prototype.valueOf; t = 'BigInt'; }
  else { fn = Symbol.prototype.valueOf; t = 'Symbol'; }
  let base = `[${t}`;
  if (t !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn.call(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, t.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const hasName = Object.prototype.hasOwnProperty.call(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// Boa keeps no source text for class constructors ("function A() { [native code] }"), so a
// class is recognised as a non-native function whose `prototype` is read-only.
function isClassConstructor(fn, stringified) {
  if (!stringified.endsWith('{ [native code] }') || internalType(fn) === 'NativeFunction') return false;
  const d = Object.getOwnPropertyDescriptor(fn, 'prototype');
  return d !== undefined && d.writable === false;
}

function getFunctionBase(value, constructor, tag) {
  let stringified;
  try { stringified = Function.prototype.toString.call(value); } catch { stringified = ''; }
  if (isClassConstructor(value, stringified)) return getClassBase(value, constructor, tag);
  if (stringified.startsWith('class') && stringified.endsWith('}')) {
    const slice = stringified.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    if (bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes('(') ||
         classRegExp.test(slice.replace(stripCommentsRegExp, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (stringified.startsWith('async function*') || /^async\s*\*/.test(stringified)) type = 'AsyncGeneratorFunction';
  else if (stringified.startsWith('function*') || /^\*/.test(stringified)) type = 'GeneratorFunction';
  else if (stringified.startsWith('async')) type = 'AsyncFunction';
  else if ((constructor === 'AsyncFunction' || constructor === 'GeneratorFunction' || constructor === 'AsyncGeneratorFunction') &&
    !native.isBoundFunction(value)) type = constructor;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch { /* ignore */ }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) stack = `${prefix}: ${stack}`;
        else stack = `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

// (BuiltinModule.exists: node's ids include the scheme-only ones, 'test', 'test/reporters', 'sea'.)
function isBuiltinName(name) {
  const { isBuiltin } = require('module');
  return name.startsWith('internal/') || isBuiltin(name) || isBuiltin(`node:${name}`);
}

function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;
  for (;;) {
    const at = line.indexOf('node_modules', searchFrom);
    if (at === -1) break;
    const separator = line[at - 1];
    const after = line[at + 12];
    if ((separator !== '/' && separator !== '\\') || (after !== '/' && after !== '\\')) {
      searchFrom = at + 1;
      continue;
    }
    const moduleStart = at + 13;
    let moduleEnd = line.indexOf(separator, moduleStart);
    // A scoped package has an extra segment: @scope/package.
    if (moduleEnd !== -1 && line[moduleStart] === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
    // (node 20 loops forever on a package name that ends the line; leave it unmarked)
    if (moduleEnd === -1) break;
    tempLine += line.slice(lastPos, moduleStart);
    tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) line = tempLine + line.slice(lastPos);
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let tempLine = '';
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = line.slice(start, workingDirectoryEndPos);
    tempLine += line.slice(0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += line.slice(workingDirectoryEndPos, end);
    if (end === -1) tempLine += ctx.stylize(')', 'undefined');
  } else {
    tempLine += line;
  }
  return tempLine;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  const stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  let s = improveStack(stack, constructor, name, tag);
  let pos = (err.message && s.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  let stackStart = s.indexOf('\n    at', pos);
  if (stackStart === -1) {
    s = `[${s}]`;
  } else {
    let newStack = s.slice(0, stackStart);
    const stackFramePart = s.slice(stackStart + 1);
    const lines = getStackFrames(ctx, err, stackFramePart);
    if (ctx.colors) {
      // Grey frames of node's own modules, underline package names, grey the working directory.
      let cwd;
      try { cwd = process.cwd(); } catch { /* deleted cwd */ }
      let esmCwd;
      for (let line of lines) {
        const core = coreModuleRegExp.exec(line);
        if (core !== null && isBuiltinName(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          line = markNodeModules(ctx, line);
          if (cwd !== undefined) {
            let newLine = markCwd(ctx, line, cwd);
            if (newLine === line) {
              esmCwd ??= require('url').pathToFileURL(cwd).href;
              newLine = markCwd(ctx, line, esmCwd);
            }
            line = newLine;
          }
          newStack += `\n${line}`;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    s = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    const indentation = ' '.repeat(ctx.indentationLvl);
    s = s.replaceAll('\n', `\n${indentation}`);
  }
  return s;
}

function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let order = String.prototype.padStart;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          order = String.prototype.padEnd;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += order.call(`${output[j]}, `, padding, ' ');
      }
      if (order === String.prototype.padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const numberString = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || numberString.includes('e')) return fn(numberString, 'number');
    return fn(`${addNumericSeparator(numberString)}`, 'number');
  }
  if (Number.isNaN(number)) return fn(numberString, 'number');
  // node slices around the '.', even when there is none ("1e-7" gives "1e-.1e-_7").
  const decimalIndex = numberString.indexOf('.');
  return fn(`${addNumericSeparator(numberString.slice(0, decimalIndex))}.${addNumericSeparatorEnd(numberString.slice(decimalIndex + 1))}`, 'number');
}
function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}
function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) result += `${integerString.slice(i, i + 3)}_`;
  return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
}
function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

// str.split(/(?<=\n)/) (the lines, each keeping its '\n'), without a lookbehind regex, which
// is quadratic in the engine on long strings.
function splitAfterNewLines(str) {
  const lines = [];
  let start = 0;
  for (let i = str.indexOf('\n'); i !== -1; i = str.indexOf('\n', start)) {
    lines.push(str.slice(start, i + 1));
    start = i + 1;
  }
  if (start < str.length || lines.length === 0) lines.push(str.slice(start));
  return lines;
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true && value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return splitAfterNewLines(value).map((line) => fn(strEscape(line), 'string')).join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(Symbol.prototype.toString.call(value).replace(/^Symbol\((.*)\)$/s, (m, d) => `Symbol(${d})`), 'symbol');
}

function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      const emptyItems = tmp - index;
      const ending = emptyItems > 1 ? 's' : '';
      const message = `<${emptyItems} empty item${ending}>`;
      output.push(ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const ending = remaining > 1 ? 's' : '';
      const message = `<${remaining} empty item${ending}>`;
      output.push(ctx.stylize(message, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let buffer;
  try { buffer = new Uint8Array(value); } catch { return [ctx.stylize('(detached)', 'special')]; }
  let str = Array.from(buffer.slice(0, Math.min(ctx.maxArrayLength, buffer.length)), (b) => b.toString(16).padStart(2, '0')).join(' ');
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[maxLength] = `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// node counts with value.size and iterates the value itself (overrides included).
function formatSet(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(value, ctx, ignored, recurseTimes) {
  const length = value.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of value) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

// What a Map or Set iterator has yet to produce; an entries iterator's braces say "Entries".
function formatIterator(braces, ctx, value, recurseTimes) {
  const [entries, isKeyValue] = native.previewEntries(value);
  const shown = Math.max(ctx.maxArrayLength, 0);
  const count = isKeyValue ? entries.length / 2 : entries.length;
  const n = Math.min(shown, count);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < n; i++) {
    if (isKeyValue) {
      const pair = [formatValue(ctx, entries[2 * i], recurseTimes), formatValue(ctx, entries[2 * i + 1], recurseTimes)];
      output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
    } else {
      output.push(formatValue(ctx, entries[i], recurseTimes));
    }
  }
  ctx.indentationLvl -= 2;
  if (isKeyValue) braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
  if (count > n) output.push(`... ${count - n} more item${count - n > 1 ? 's' : ''}`);
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}
function formatWeakSet(ctx) { return formatWeakCollection(ctx); }
function formatWeakMap(ctx) { return formatWeakCollection(ctx); }

function formatPromise(ctx, value, recurseTimes) {
  let output;
  const st = binding.promiseState(value);
  const state = st[0];
  if (state === 0) {
    output = [ctx.stylize('<pending>', 'special')];
  } else {
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, st[1], recurseTimes);
    ctx.indentationLvl -= 2;
    output = [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
  }
  return output;
}

// node's internal isURL: a WHATWG URL (url.parse's objects have auth and path).
function isURL(o) {
  return Boolean(o.href && o.protocol && o.auth === undefined && o.path === undefined);
}

// A module namespace's bindings; one still in its temporal dead zone is <uninitialized>.
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

const errorStackGetter = Object.getOwnPropertyDescriptor(Error.prototype, 'stack')?.get;
function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name, str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.get !== undefined && desc.get === errorStackGetter && value !== Error.prototype) {
    // An error's stack is a data property in V8: the engine's accessor shows as its value.
    desc = { value: desc.get.call(value), enumerable: desc.enumerable };
  }
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        else if (typeof tmp === 'object') str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        else { const primitive = formatPrimitive(s, tmp, ctx); str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`; }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    const tmp = escapeKey(Symbol.prototype.toString.call(key));
    name = `[${ctx.stylize(tmp, 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    const tmp = escapeKey(String(key));
    name = `[${tmp}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(String(key)), 'string');
  }
  return `${name}:${extra}${str}`;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  const res = native.reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  if (res !== undefined) return res;
  // Options of types node does not document (a non-integer `compact`, a string `breakLength`):
  // node's arithmetic, kept in JS.
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = join(output, ', ');
          if (!joinedOutput.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput}` + ` ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ` + braces[1];
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
}

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? stripVTControlCharacters(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) { str += output[i]; str += separator; }
    str += output[lastIndex];
  }
  return str;
}

function getOwnNonIndexProperties(value, filter) {
  const fast = native.getOwnNonIndexProperties(value, filter);
  if (fast !== undefined) return fast;
  const keys = filter === 0 ? Object.getOwnPropertyNames(value) : Object.keys(value);
  const out = [];
  for (const k of keys) {
    if (numberRegExp.test(k) && Number(k) < 2 ** 32 - 1) continue;
    if (filter === 0 && k === 'length' && Array.isArray(value)) { out.push(k); continue; }
    out.push(k);
  }
  for (const s of Object.getOwnPropertySymbols(value)) {
    if (filter === 0 || Object.prototype.propertyIsEnumerable.call(value, s)) out.push(s);
  }
  return out;
}

function getStringWidth(str, removeControlChars = true) {
  return native.getStringWidth(str, removeControlChars);
}

// node's internal/util/colors shouldColorize: FORCE_COLOR decides through tty's color depth,
// else a terminal stream whose color depth (when it tells one) is above 2.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('tty').internals.getColorDepth() > 2;
  return !!(stream && stream.isTTY && (typeof stream.getColorDepth !== 'function' || stream.getColorDepth() > 2));
}

// ---- util.format ---------------------------------------------------------------------------
function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

// %d/%i/%f/%s numbers honour numericSeparator from the options, else from the defaults.
function formatNumberNoColor(number, options) {
  return formatNumber(stylizeNoColor, number, options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint, options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    // From one '%' to the next (indexOf, not a scan per character: each call costs here).
    for (let i = first.indexOf('%'); i !== -1 && i < first.length - 1; i = first.indexOf('%', i + 1)) {
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const tempArg = args[++a];
            if (typeof tempArg === 'number') tempStr = formatNumberNoColor(tempArg, inspectOptions);
            else if (typeof tempArg === 'bigint') tempStr = formatBigIntNoColor(tempArg, inspectOptions);
            else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) tempStr = String(tempArg);
            else tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === 'bigint') tempStr = formatBigIntNoColor(tempNum, inspectOptions);
            else if (typeof tempNum === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(Number(tempNum), inspectOptions);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === 'bigint') tempStr = formatBigIntNoColor(tempInteger, inspectOptions);
            else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(Number.parseInt(tempInteger), inspectOptions);
            break;
          }
          case 102: { // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(Number.parseFloat(tempFloat), inspectOptions);
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function hasBuiltInToString(value) {
  const proxy = binding.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return true;
    value = proxy[0];
  }
  // Whichever of toString and Symbol.toPrimitive the value has decides: own (not built-in),
  // or the first prototype owning one, built-in when its constructor is an engine one.
  const own = Object.prototype.hasOwnProperty;
  const no = () => false;
  let hasOwnToString = own, hasOwnToPrimitive = own;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (own.call(value, Symbol.toPrimitive)) return false;
    hasOwnToString = no;
  } else if (own.call(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    hasOwnToPrimitive = no;
  } else if (own.call(value, Symbol.toPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwnToString.call(pointer, 'toString') && !hasOwnToPrimitive.call(pointer, Symbol.toPrimitive));
  const descriptor = pointer === null ? undefined : Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' && builtInObjects.has(descriptor.value.name);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err && err.name === 'TypeError' && /circular|cyclic/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

// node's defineLazyProperties: an enumerable get/set pair per key ('get parseArgs', ...) that
// turns into a plain data property once read or assigned.
function defineLazyProperties(target, keys, load) {
  for (const key of keys) {
    function set(value) { Object.defineProperty(target, key, { writable: true, value }); }
    Object.defineProperty(set, 'name', { value: `set ${key}` });
    function get() {
      const value = load()[key];
      set(value);
      return value;
    }
    Object.defineProperty(get, 'name', { value: `get ${key}` });
    Object.defineProperty(target, key, { configurable: true, enumerable: true, get, set });
  }
}

// util.deprecate's once-per-process state (node's codesWarned; a deprecated function warns once
// per epoch). node:test --test starts a new epoch for each file, whose child process would warn
// afresh.
const deprecations = { __proto__: null, epoch: 0, codesWarned: new Set() };

module.exports = {
  inspect, format, formatWithOptions, formatWithOptionsInternal, stripVTControlCharacters,
  getStringWidth, inspectDefaultOptions, isError, strEscape, shouldColorize, getOwnNonIndexProperties,
  defineLazyProperties, deprecations,
};
