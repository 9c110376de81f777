// Deep equality (loose and strict) as node's assert and util.isDeepStrictEqual define it.
'use strict';

const t = internalBinding('native').internalType;

function isDeepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || b !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') return a == b || (Number.isNaN(a) && Number.isNaN(b));
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const ta = t(a), tb = t(b);
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (ta === 'Date') { if (tb !== 'Date' || a.getTime() !== b.getTime()) return false; }
  else if (ta === 'RegExp') { if (tb !== 'RegExp' || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false; }
  else if (ta === 'Error' || a instanceof Error) { if (a.message !== b.message || a.name !== b.name) return false; }
  else if (ta === 'TypedArray') {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !(!strict && a[i] == b[i])) return false;
  } else if (ta === 'ArrayBuffer') {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a), y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (['Number', 'String', 'Boolean', 'BigInt', 'Symbol'].includes(ta)) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  }
  if (memo === undefined) memo = { a: new Map(), b: new Map() };
  else {
    const ma = memo.a.get(a);
    if (ma !== undefined) { const mb = memo.b.get(b); if (mb !== undefined) return ma === mb; }
  }
  const id = memo.a.size;
  memo.a.set(a, id);
  memo.b.set(b, id);
  const res = compareInner(a, b, strict, memo, ta);
  memo.a.delete(a);
  memo.b.delete(b);
  return res;
}

function ownKeys(o, strict) {
  const keys = Object.keys(o);
  if (strict) for (const s of Object.getOwnPropertySymbols(o)) if (Object.prototype.propertyIsEnumerable.call(o, s)) keys.push(s);
  return keys;
}

function compareInner(a, b, strict, memo, type) {
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
  }
  let ka = ownKeys(a, strict), kb = ownKeys(b, strict);
  if (type === 'TypedArray') { ka = ka.filter((k) => !/^\d+$/.test(k)); kb = kb.filter((k) => !/^\d+$/.test(k)); }
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.propertyIsEnumerable.call(b, k)) return false;
  }
  if (type === 'Map') {
    if (a.size !== b.size) return false;
    outer: for (const [k, v] of a) {
      if (b.has(k)) { if (!isDeepEqual(v, b.get(k), strict, memo)) return false; continue; }
      if (k === null || typeof k !== 'object') {
        if (strict) return false;
      }
      for (const [k2, v2] of b) {
        if (isDeepEqual(k, k2, strict, memo) && isDeepEqual(v, v2, strict, memo)) continue outer;
      }
      return false;
    }
  } else if (type === 'Set') {
    if (a.size !== b.size) return false;
    outer2: for (const v of a) {
      if (b.has(v)) continue;
      if (v !== null && typeof v === 'object') {
        for (const w of b) if (isDeepEqual(v, w, strict, memo)) continue outer2;
      } else if (!strict) {
        for (const w of b) if (v == w) continue outer2;
      }
      return false;
    }
  }
  for (const k of ka) {
    if (!isDeepEqual(a[k], b[k], strict, memo)) return false;
  }
  return true;
}

module.exports = {
  isDeepEqual: (a, b) => isDeepEqual(a, b, false),
  isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true),
};
