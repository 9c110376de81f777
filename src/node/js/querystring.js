// node:querystring -- parse/decode, stringify/encode, escape, unescape, unescapeBuffer with
// node's exact quirks (multi-char separators, maxKeys, `+` -> space, malformed escapes kept,
// lone surrogates in escape). The loops are native (node/querystring.rs); this file keeps the
// API, option handling and custom encoders/decoders. `encodeStr` is shared with the legacy url
// module via a symbol.
'use strict';

const native = internalBinding('querystring');
const ObjectKeys = Object.keys;
const ArrayIsArray = Array.isArray;

const invalidUri = () => new (require('internal/errors').codes.ERR_INVALID_URI)();

// Percent-encodes `str` as UTF-8, keeping ASCII alphanumerics and the chars of `keep` (a table
// from asciiTable); a lone surrogate at the very end throws ERR_INVALID_URI, as node's does.
function asciiTable(chars) { return chars; }
function encodeStr(str, keep) {
  const out = native.encode(str, keep);
  if (out === undefined) throw invalidUri();
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const out = Buffer.allocUnsafe(s.length);
  const n = native.unescapeInto(typeof s === 'string' ? s : `${s}`, decodeSpaces, out);
  return n < out.length ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  if (typeof s === 'string' && exportsObj.unescapeBuffer === unescapeBuffer) return native.unescape(s, decodeSpaces);
  try {
    return decodeURIComponent(s);
  } catch {
    return exportsObj.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    str = typeof str === 'object' ? String(str) : str + '';
  }
  const out = native.encode(str);
  if (out === undefined) throw invalidUri();
  return out;
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if ((typeof v === 'number' && isFinite(v)) || typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = exportsObj.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  if (encode === qsEscape && typeof sep === 'string' && typeof eq === 'string') {
    const out = native.stringify(obj, ObjectKeys(obj), sep, eq);
    if (out === undefined) throw invalidUri();
    return out;
  }
  // A custom encoder (or separators that are not strings): node's loop, with `+` semantics.
  const convert = encode === qsEscape ?
    (v) => {
      if (typeof v === 'string') return v.length ? encode(v) : '';
      // Numbers >= 1e21 print with '+', which needs escaping.
      if (typeof v === 'number' && isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
      return stringifyPrimitive(v);
    } :
    (v) => encode(stringifyPrimitive(v));
  const keys = ObjectKeys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    let ks = convert(k);
    ks += eq;
    if (ArrayIsArray(v)) {
      const vlen = v.length;
      if (vlen === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < vlen; j++) {
        if (j) fields += sep;
        fields += ks;
        fields += convert(v[j]);
      }
    } else {
      if (fields) fields += sep;
      fields += ks;
      fields += convert(v);
    }
  }
  return fields;
}

function parse(qs, sep, eq, options) {
  if (typeof qs !== 'string' || qs.length === 0) return { __proto__: null };
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = exportsObj.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  // node's decodeStr: a decoder that throws falls back to querystring.unescape(s, true).
  const decoder = decode === qsUnescape && exportsObj.unescapeBuffer === unescapeBuffer ? undefined : (s) => {
    try {
      return decode(s);
    } catch {
      return exportsObj.unescape(s, true);
    }
  };
  return native.parse(qs, sep ? String(sep) : undefined, eq ? String(eq) : undefined, pairs, decoder, decode !== qsUnescape);
}

const exportsObj = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
Object.defineProperty(exportsObj, Symbol.for('rjs.encodeStr'), { value: { encodeStr, asciiTable } });
