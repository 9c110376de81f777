// node:querystring — parse/decode, stringify/encode, escape, unescape, unescapeBuffer with
// node's exact quirks (multi-char separators, maxKeys, `+` → space, malformed escapes kept,
// lone surrogates in escape). `encodeStr` is shared with the legacy url module via a symbol.
'use strict';

// Percent-encodes `str`, leaving ASCII chars whose `keep` entry is 1; UTF-16 is encoded as
// UTF-8 the way node does it (a lone surrogate is paired with whatever follows; at the end of
// the string it throws ERR_INVALID_URI).
const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function asciiTable(chars) {
  const t = new Int8Array(128);
  for (let c = 0; c < 128; c++) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || chars.includes(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
}
const noEscape = asciiTable("-._~!'()*");

function encodeStr(str, keep) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + hex[c];
    } else if (c < 0x800) {
      out += str.slice(last, i) + hex[0xC0 | (c >> 6)] + hex[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += str.slice(last, i) + hex[0xE0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
    } else {
      out += str.slice(last, i);
      if (++i >= len) throw new (require('internal/errors').codes.ERR_INVALID_URI)();
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
      out += hex[0xF0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3F)] + hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + str.slice(last) : out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// The bytes node's unescapeBuffer produces: `%XX` decoded, malformed `%` kept, every other
// UTF-16 unit truncated to a byte.
function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) { out[n++] = 32; continue; }
    if (c === 37 && i < s.length - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) { out[n++] = hi * 16 + lo; i += 2; continue; }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

// UTF-8 → string with WHATWG replacement (what Buffer#toString('utf8') does).
function utf8Decode(b) {
  let s = '';
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) { s += String.fromCharCode(c); i++; continue; }
    let need = 0, cp = 0, lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; if (c === 0xE0) lo = 0xA0; if (c === 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; if (c === 0xF0) lo = 0x90; if (c === 0xF4) hi = 0x8F; }
    else { s += '\uFFFD'; i++; continue; }
    let j = i + 1;
    for (; need > 0; need--, j++) {
      const d = b[j];
      if (j >= b.length || d < lo || d > hi) break;
      cp = (cp << 6) | (d & 0x3F);
      lo = 0x80; hi = 0xBF;
    }
    s += need === 0 ? String.fromCodePoint(cp) : '\uFFFD';
    i = j;
  }
  return s;
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const bytes = unescapeBytes(String(s), decodeSpaces);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    // Node goes through querystring.unescapeBuffer here; honour a user replacement of it.
    if (exportsObj.unescapeBuffer !== unescapeBuffer) return exportsObj.unescapeBuffer(s, decodeSpaces).toString();
    return utf8Decode(unescapeBytes(s, decodeSpaces));
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') str = typeof str === 'object' ? String(str) : str + '';
  return encodeStr(str, noEscape);
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
  const convert = encode === qsEscape ?
    (v) => {
      if (typeof v === 'string') return v.length ? encode(v) : '';
      // Numbers ≥ 1e21 print with '+', which needs escaping.
      if (typeof v === 'number' && isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
      return stringifyPrimitive(v);
    } :
    (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; j++) {
        if (fields) fields += sep;
        fields += ks + convert(v[j]);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v);
    }
  }
  return fields;
}

function codesOf(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else obj[key] = [cur, value];
}

function decodeStr(s, decode) {
  try {
    return decode(s);
  } catch {
    return exportsObj.unescape(s, true);
  }
}

// A single pass over `qs` matching the (possibly multi-character) separators the way node
// does; decoding is only attempted for keys/values that contain `+` or a valid `%XX`.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = sep ? codesOf(String(sep)) : [38];
  const eqCodes = eq ? codesOf(String(eq)) : [61];
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = exportsObj.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let lastPos = 0, sepIdx = 0, eqIdx = 0, key = '', value = '';
  let keyEncoded = custom, valEncoded = custom, encodeCheck = 0;
  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx !== sepLen) continue;
      const end = i - sepIdx + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) key += qs.slice(lastPos, end);
        else if (key.length === 0) {
          if (--pairs === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
      if (--pairs === 0) return obj;
      keyEncoded = valEncoded = custom;
      key = value = '';
      encodeCheck = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqIdx + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          encodeCheck = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) { encodeCheck = 1; continue; }
        if (encodeCheck > 0) {
          if (hexValue(code) >= 0) {
            if (++encodeCheck === 3) keyEncoded = true;
            continue;
          }
          encodeCheck = 0;
        }
      }
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (code === 37) encodeCheck = 1;
      else if (encodeCheck > 0) {
        if (hexValue(code) >= 0) { if (++encodeCheck === 3) valEncoded = true; }
        else encodeCheck = 0;
      }
    }
  }
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
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
