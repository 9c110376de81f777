// node:punycode (deprecated; the punycode.js 2.1.0 API node bundles): RFC 3492 encode/decode,
// toASCII/toUnicode for domains and e-mail addresses, ucs2 helpers. Loaded as `punycode` it
// warns DEP0040 the way node 20 does (only under --pending-deprecation); loaded as
// `internal/punycode` (the legacy url parser) it never warns.
'use strict';

const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72, initialN = 128;
const maxInt = 2147483647;
const errors = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};
function error(type) { throw new RangeError(errors[type]); }

function ucs2decode(string) {
  const output = [];
  const length = string.length;
  for (let i = 0; i < length;) {
    const value = string.charCodeAt(i++);
    if (value >= 0xD800 && value <= 0xDBFF && i < length) {
      const extra = string.charCodeAt(i);
      if ((extra & 0xFC00) === 0xDC00) {
        i++;
        output.push(((value & 0x3FF) << 10) + (extra & 0x3FF) + 0x10000);
        continue;
      }
    }
    output.push(value);
  }
  return output;
}
// String.fromCodePoint with V8's error text.
function ucs2encode(array) {
  const cps = [...array];
  for (const cp of cps) {
    const n = Number(cp);
    if (!Number.isInteger(n) || n < 0 || n > 0x10FFFF) throw new RangeError(`Invalid code point ${n}`);
  }
  return String.fromCodePoint(...cps);
}

function basicToDigit(cp) {
  if (cp >= 0x30 && cp < 0x3A) return cp - 0x16;
  if (cp >= 0x41 && cp < 0x5B) return cp - 0x41;
  if (cp >= 0x61 && cp < 0x7B) return cp - 0x61;
  return base;
}
const digitToBasic = (digit) => digit + 22 + 75 * (digit < 26);
const threshold = (k, bias) => (k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias);

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function decode(input) {
  const output = [];
  const inputLength = input.length;
  let i = 0, n = initialN, bias = initialBias;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
    output.push(input.charCodeAt(j));
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= inputLength) error('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base) error('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) error('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) error('overflow');
      w *= base - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > maxInt - n) error('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

function encode(input) {
  const output = [];
  input = ucs2decode(input);
  const inputLength = input.length;
  let n = initialN, delta = 0, bias = initialBias;
  for (const cp of input) if (cp < 0x80) output.push(String.fromCharCode(cp));
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output.push('-');
  while (handled < inputLength) {
    let m = maxInt;
    for (const cp of input) if (cp >= n && cp < m) m = cp;
    if (m - n > Math.floor((maxInt - delta) / (handled + 1))) error('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of input) {
      if (cp < n && ++delta > maxInt) error('overflow');
      if (cp === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = threshold(k, bias);
          if (q < t) break;
          output.push(String.fromCharCode(digitToBasic(t + ((q - t) % (base - t)))));
          q = Math.floor((q - t) / (base - t));
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output.join('');
}

// Applies `fn` to each label (last first, as punycode.js does); a local part before the first
// '@' is kept as is (and anything after a second '@' dropped, also as punycode.js does).
function mapDomain(string, fn) {
  const parts = string.split('@');
  let result = '';
  if (parts.length > 1) {
    result = parts[0] + '@';
    string = parts[1];
  }
  const labels = string.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  const mapped = [];
  for (let i = labels.length - 1; i >= 0; i--) mapped[i] = fn(labels[i]);
  return result + mapped.join('.');
}

function toUnicode(input) {
  return mapDomain(input, (s) => (/^xn--/.test(s) ? decode(s.slice(4).toLowerCase()) : s));
}
function toASCII(input) {
  return mapDomain(input, (s) => (/[^\0-\x7F]/.test(s) ? 'xn--' + encode(s) : s));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};

if (module.id === 'punycode' &&
    (process.execArgv.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1')) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}
