// Deep equality (loose and strict) as node's assert and util.isDeepStrictEqual define it.
'use strict';

const t = internalBinding('native').internalType;
const nativeCompare = internalBinding('buffer').compare;
const kBoxedValueOf = {
  __proto__: null,
  Number: Number.prototype.valueOf,
  String: String.prototype.valueOf,
  Boolean: Boolean.prototype.valueOf,
  BigInt: BigInt.prototype.valueOf,
  Symbol: Symbol.prototype.valueOf,
};

// The internal kinds compared by their contents rather than their keys alone.
const kSpecialKinds = new Set(['Date', 'RegExp', 'Error', 'DataView', 'TypedArray', 'ArrayBuffer', 'SharedArrayBuffer', 'Map',
  'Set']);

// Boa charges for every call and iterator: the hot paths below use indexed loops, look the
// internal type up only for non-arrays, and the right-hand one only where it matters.
const objectToString = Object.prototype.toString;
const getPrototypeOf = Object.getPrototypeOf;
// The intrinsic accessors node reads for dates and typed arrays (own properties cannot stand in).
const dateGetTime = Date.prototype.getTime;
const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
const typedArrayTag = getter(getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
const typedArrayProto = getPrototypeOf(Uint8Array.prototype);
const typedArrayLength = getter(typedArrayProto, 'length');
const typedArrayBuffer = getter(typedArrayProto, 'buffer');
const typedArrayOffset = getter(typedArrayProto, 'byteOffset');
const typedArrayByteLength = getter(typedArrayProto, 'byteLength');
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const dataViewOffset = getter(DataView.prototype, 'byteOffset');
const dataViewByteLength = getter(DataView.prototype, 'byteLength');

function isDeepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || b !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') return a == b || (Number.isNaN(a) && Number.isNaN(b));
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (isArray) return withCycleCheck(a, b, strict, memo, 'Array');
  // As node: an '[object Object]' (whatever its prototype) compares by its keys alone.
  if (tag === '[object Object]') return withCycleCheck(a, b, strict, memo, '');
  const ta = t(a);
  if (ta === 'Date') { if (t(b) !== 'Date' || dateGetTime.call(a) !== dateGetTime.call(b)) return false; }
  else if (ta === 'RegExp') { if (t(b) !== 'RegExp' || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false; }
  else if (ta === 'Error' || a instanceof Error) { if (!errorsEquiv(a, b, strict, memo)) return false; }
  else if (ta === 'DataView') {
    if (t(b) !== 'DataView' || !sameBytes(dataViewBytes(a), dataViewBytes(b))) return false;
  } else if (ta === 'TypedArray') {
    // Both of the same element type (the intrinsic tag: a borrowed prototype or tag does not count).
    const tag = typedArrayTag.call(a);
    if (tag !== typedArrayTag.call(b)) return false;
    if (!strict && (tag === 'Float32Array' || tag === 'Float64Array')) {
      // Loosely, floats compare by value (0 equals -0, NaN nothing); else by their bytes.
      if (typedArrayByteLength.call(a) !== typedArrayByteLength.call(b)) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else if (!sameBytes(typedArrayBytes(a), typedArrayBytes(b))) {
      return false;
    }
  } else if (ta === 'ArrayBuffer' || ta === 'SharedArrayBuffer') {
    if (t(b) !== ta || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else {
    const tb = t(b);
    if (kBoxedValueOf[ta] !== undefined || kBoxedValueOf[tb] !== undefined) {
      // Boxed primitives compare by their internal kind and value, whatever their tag or prototype.
      if (ta !== tb) return false;
      const valueOf = kBoxedValueOf[ta];
      if (!Object.is(valueOf.call(a), valueOf.call(b))) return false;
    } else if ((ta === 'Map' || ta === 'Set') && tb !== ta) {
      return false;
    } else if (!kSpecialKinds.has(ta) && (kSpecialKinds.has(tb) || b instanceof Error)) {
      // Only the right-hand side is of a kind with its own comparison (a borrowed tag on the left).
      return false;
    } else if (isURL(a)) {
      // URLs keep their state in private fields: node 20 compares their href.
      if (!isURL(b) || a.href !== b.href) return false;
    }
  }
  return withCycleCheck(a, b, strict, memo, ta);
}

// As node 20.20: message and name match, and message, name, cause and errors are own
// enumerable on both or neither; when not enumerable (so not among the keys compared later)
// message, name, cause and errors must be equal themselves.
function errorsEquiv(a, b, strict, memo) {
  if (a.message !== b.message || a.name !== b.name) return false;
  for (const key of ['message', 'name', 'cause', 'errors']) {
    const enumerable = isEnumerable.call(a, key);
    if (enumerable !== isEnumerable.call(b, key)) return false;
    if (!enumerable && (key === 'cause' || key === 'errors') && !isDeepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

// The bytes of views (read through the intrinsic accessors), compared natively as node does.
const typedArrayBytes = (v) => new Uint8Array(typedArrayBuffer.call(v), typedArrayOffset.call(v), typedArrayByteLength.call(v));
const dataViewBytes = (v) => new Uint8Array(dataViewBuffer.call(v), dataViewOffset.call(v), dataViewByteLength.call(v));
function sameBytes(x, y) {
  return x.length === y.length && nativeCompare(x, 0, x.length, y, 0, y.length) === 0;
}

// node's internal isURL: a WHATWG URL (url.parse's objects have auth and path).
function isURL(o) {
  return Boolean(o.href && o.protocol && o.auth === undefined && o.path === undefined);
}

// Cycle handling as node does it: the outermost pairs are remembered individually, deeper ones
// in a set; a pair whose both sides are already being compared counts as equal.
function withCycleCheck(a, b, strict, memo, type) {
  // As node's keyCheck, the own keys are compared before cycles are looked at: a pair already
  // being compared is only equal to itself if its keys match.
  let ka, kb;
  if (type === 'Array') {
    if (a.length !== b.length) return false;
    ka = ownKeys(a, strict);
    kb = ownKeys(b, strict);
    if (ka.length !== kb.length) return false;
  } else {
    ka = ownKeys(a, strict);
    kb = ownKeys(b, strict);
    // A typed array lists its indices first: its other keys follow them.
    if (type === 'TypedArray') { ka = ka.slice(typedArrayLength.call(a)); kb = kb.slice(typedArrayLength.call(b)); }
    const n = ka.length;
    if (n !== kb.length) return false;
    for (let i = 0; i < n; i++) {
      if (!isEnumerable.call(b, ka[i])) return false;
    }
  }
  if (memo === undefined) {
    // The other fields (set, c, d, deep, deleteFailures) start out absent: undefined/false.
    memo = { a, b };
    return compareInner(a, b, strict, memo, type, ka);
  }
  if (memo.set === undefined) {
    if (!memo.deep) {
      if (memo.a === a && memo.b === b) return true;
      memo.c = a;
      memo.d = b;
      memo.deep = true;
      const result = compareInner(a, b, strict, memo, type, ka);
      memo.deep = false;
      return result;
    }
    memo.set = new Set([memo.a, memo.b, memo.c, memo.d]);
  }
  const { set } = memo;
  const before = set.size;
  set.add(a);
  set.add(b);
  if (before === set.size) return true;
  const equal = compareInner(a, b, strict, memo, type, ka);
  if (equal || memo.deleteFailures) {
    set.delete(a);
    set.delete(b);
  }
  return equal;
}

// For loose Set/Map comparison: a primitive that could equal something else with ==.
// true: keep looking; false: cannot match; otherwise the value to look up instead.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string': prim = +prim; // falls through
    case 'number': if (Number.isNaN(prim)) return false;
  }
  return true;
}
function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}
function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const curB = b.get(alt);
  if ((curB === undefined && !b.has(alt)) || !isDeepEqual(item, curB, false, memo)) return false;
  return !a.has(alt) && isDeepEqual(item, curB, false, memo);
}
function setHasEqualElement(set, val, strict, memo) {
  const prev = memo.deleteFailures;
  memo.deleteFailures = true;
  for (const candidate of set) {
    if (isDeepEqual(candidate, val, strict, memo)) {
      set.delete(candidate);
      memo.deleteFailures = prev;
      return true;
    }
  }
  memo.deleteFailures = prev;
  return false;
}
function mapHasEqualEntry(set, map, key, item, strict, memo) {
  const prev = memo.deleteFailures;
  memo.deleteFailures = true;
  for (const candidate of set) {
    if (isDeepEqual(key, candidate, strict, memo) && isDeepEqual(item, map.get(candidate), strict, memo)) {
      set.delete(candidate);
      memo.deleteFailures = prev;
      return true;
    }
  }
  memo.deleteFailures = prev;
  return false;
}

function setEquiv(a, b, strict, memo) {
  let pending = null;
  for (const val of a) {
    if (typeof val === 'object' && val !== null) {
      (pending ??= new Set()).add(val);
    } else if (!b.has(val)) {
      if (strict || !setMightHaveLoosePrim(a, b, val)) return false;
      (pending ??= new Set()).add(val);
    }
  }
  if (pending === null) return true;
  for (const val of b) {
    if (typeof val === 'object' && val !== null) {
      if (!setHasEqualElement(pending, val, strict, memo)) return false;
    } else if (!strict && !a.has(val) && !setHasEqualElement(pending, val, strict, memo)) {
      return false;
    }
  }
  return pending.size === 0;
}

function mapEquiv(a, b, strict, memo) {
  let pending = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !isDeepEqual(item1, item2, strict, memo)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        (pending ??= new Set()).add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!mapHasEqualEntry(pending, a, key, item, strict, memo)) return false;
    } else if (!strict && (!a.has(key) || !isDeepEqual(a.get(key), item, strict, memo)) &&
        !mapHasEqualEntry(pending, a, key, item, strict, memo)) {
      return false;
    }
  }
  return pending.size === 0;
}

function ownKeys(o, strict) {
  const keys = Object.keys(o);
  if (strict) {
    const symbols = Object.getOwnPropertySymbols(o);
    for (let i = 0; i < symbols.length; i++) if (isEnumerable.call(o, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

const notIndex = (k) => typeof k !== 'string' || !/^\d+$/.test(k);

const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;

// Arrays by index (an interpreter pays dearly for string keys): a hole equals only a hole, then
// the keys past the indices (Object.keys lists those last) as an object's.
function arrayEquiv(a, b, strict, memo, ka) {
  const len = a.length;
  let holes = false;
  for (let i = 0; i < len; i++) {
    const x = a[i], y = b[i];
    if (x === y) {
      if (x === undefined) {
        const own = hasOwn.call(a, i);
        if (own !== hasOwn.call(b, i)) return false;
        if (!own) holes = true;
      } else if (x === 0 && strict && !Object.is(x, y)) return false;
    } else if (!isDeepEqual(x, y, strict, memo)) {
      return false;
    }
  }
  if (!holes && ka.length === len) return true; // dense, nothing past the indices
  for (let j = ka.length - 1; j >= 0; j--) {
    const k = ka[j];
    if (!notIndex(k)) break;
    if (!isEnumerable.call(b, k) || !isDeepEqual(a[k], b[k], strict, memo)) return false;
  }
  return true;
}

// `ka`: a's own keys, already matched in number and enumerability against b's.
function compareInner(a, b, strict, memo, type, ka) {
  if (Array.isArray(a)) return arrayEquiv(a, b, strict, memo, ka);
  const n = ka.length;
  if (type === 'Map') {
    if (a.size !== b.size || !mapEquiv(a, b, strict, memo)) return false;
  } else if (type === 'Set') {
    if (a.size !== b.size || !setEquiv(a, b, strict, memo)) return false;
  }
  for (let i = 0; i < n; i++) {
    const k = ka[i];
    if (!isDeepEqual(a[k], b[k], strict, memo)) return false;
  }
  return true;
}

module.exports = {
  isDeepEqual: (a, b) => isDeepEqual(a, b, false),
  isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true),
};
