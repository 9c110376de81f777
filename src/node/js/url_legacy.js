// internal/url_legacy -- node's legacy URL API (url.parse/format/resolve/resolveObject, the
// Url class, urlToHttpOptions) with node 20's quirks: whitespace trimming, backslashes before
// the query become '/', auth split at the last '@', host lowercasing and IDNA (UTS #46,
// approximated with NFKC + lowercase), IPv6 brackets, autoescaping, DEP0170 for bad ports.
// `url.js` re-exports these next to the WHATWG URL API.
'use strict';

const querystring = require('querystring');
const { encodeStr, asciiTable } = querystring[Symbol.for('rjs.encodeStr')];

const errors = () => require('internal/errors').codes;
const punycode = () => require('internal/punycode') || require('punycode');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
// Characters that are never allowed in a host (they end it) and ones that end it for sure.
// (tab and newlines are dropped from the auth and host instead).
const nonHostCodes = new Set([...' "%\';<>\\^`{|}'].map((c) => c.charCodeAt(0)));
const tabNlRe = /[\t\n\r]/g;
const stripTabNl = (s) => (s.includes('\t') || s.includes('\n') || s.includes('\r') ? s.replace(tabNlRe, '') : s);
const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27',
  '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;
const noEscapeAuth = asciiTable("-._~!'()*:");

const pendingDeprecation = () =>
  process.execArgv.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
let warnedParse = false;
let warnedPort = false;

// Whether the nearest caller that is a user file lives under node_modules (node does not warn
// about url.parse() for dependencies).
function calledFromNodeModules() {
  for (const line of String(new Error().stack).split('\n').slice(1)) {
    const m = /\(?([^()\s]+):\d+:\d+\)?$/.exec(line.trim());
    if (!m || !/^(\/|file:\/\/)|\\/.test(m[1])) continue; // a path, or an ES module's URL
    return /[\\/]node_modules[\\/]/.test(m[1]);
  }
  return false;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!warnedParse && pendingDeprecation() && !calledFromNodeModules()) {
    warnedParse = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
      'security implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
      'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// decodeURIComponent with V8's error message.
function decodeComponent(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new URIError('URI malformed');
  }
}

const isIpv6Hostname = (h) => h.charCodeAt(0) === 91 && h.charCodeAt(h.length - 1) === 93;

function invalidUrl(input) {
  const err = new (errors().ERR_INVALID_URL)(input);
  if (err.input === undefined) err.input = input;
  return err;
}

// Trims leading/trailing whitespace (and control characters) and turns backslashes that come
// before the first '?' or '#' into '/'. Reports whether '#' and '@' occur.
const isUrlSpace = (c) => c < 33 || c === 0xA0 || c === 0xFEFF;
function preprocess(url) {
  // Common case, with native string searches instead of a loop over every character: nothing
  // to trim at either end.
  if (url.length > 0 && !isUrlSpace(url.charCodeAt(0)) && !isUrlSpace(url.charCodeAt(url.length - 1))) {
    const q = url.indexOf('?');
    const h = url.indexOf('#');
    const cut = q === -1 ? (h === -1 ? url.length : h) : h === -1 ? q : Math.min(q, h);
    const at = url.indexOf('@');
    let rest = url;
    if (url.lastIndexOf('\\', cut) !== -1) rest = url.slice(0, cut).replace(/\\/g, '/') + url.slice(cut);
    return { rest, hasHash: h !== -1, hasAt: at !== -1 && at < cut };
  }
  let rest = '';
  let start = -1;
  let end = -1;
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    const ws = c < 33 || c === 0xA0 || c === 0xFEFF;
    if (start === -1) {
      if (ws) continue;
      start = i;
    } else if (end !== -1) {
      if (!ws) end = -1;
    } else if (ws) {
      end = i;
    }
    if (!split) {
      if (c === 64) hasAt = true;
      else if (c === 35 || c === 63) { split = true; if (c === 35) hasHash = true; }
    } else if (c === 35) {
      hasHash = true;
    }
  }
  if (start !== -1) {
    rest = url.slice(start, end === -1 ? url.length : end);
    // Backslashes count only up to the first '?' or '#'.
    const m = /[?#]/.exec(rest);
    const cut = m ? m.index : rest.length;
    if (rest.lastIndexOf('\\', cut) !== -1) rest = rest.slice(0, cut).replace(/\\/g, '/') + rest.slice(cut);
  }
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)('url', 'string', url);
  let { rest, hasHash, hasAt } = preprocess(url);

  if (!slashesDenoteHost && !hasHash && !hasAt && rest.charCodeAt(0) === 47) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // user@server is always a host; so is //server when slashes denote hosts or after a protocol.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // (node tests the protocol as written, so 'HTTP:foo' has a host and 'http:foo' has not)
  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    // The host ends at the first '/', '?' or '#'; the auth is everything up to the last '@'
    // before that, and characters never valid in a host end it unless an '@' follows.
    let hostEnd = -1, atSign = -1, nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; i++) {
      const c = rest.charCodeAt(i);
      // (letters, digits, '.', '-' and ':' are the common case)
      if ((c >= 97 && c <= 122) || (c >= 45 && c <= 58 && c !== 47) || (c >= 65 && c <= 90)) continue;
      if (nonHostCodes.has(c)) { if (nonHost === -1) nonHost = i; }
      else if (c === 35 || c === 47 || c === 63) { if (nonHost === -1) nonHost = i; hostEnd = i; }
      else if (c === 64) { atSign = i; nonHost = -1; }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeComponent(stripTabNl(rest.slice(0, atSign)));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = stripTabNl(rest.slice(start));
      rest = '';
    } else {
      this.host = stripTabNl(rest.slice(start, nonHost));
      // (node's scan drops tabs and newlines up to the host's end, after a non-host character too)
      rest = hostEnd === -1
        ? stripTabNl(rest.slice(nonHost))
        : stripTabNl(rest.slice(nonHost, hostEnd)) + rest.slice(hostEnd);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = isIpv6Hostname(hostname);
    if (!ipv6) rest = splitBadHostname(this, rest, hostname, url);
    this.hostname = this.hostname.length > hostnameMaxLen ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidUrl(url);
      } else {
        this.hostname = toASCII(this.hostname);
        // An empty result or a forbidden character can only come from IDNA: refuse it.
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw invalidUrl(url);
      }
    }
    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!hostless.has(lowerProto)) rest = rest.replace(autoEscapeRe, (c) => autoEscape[c]);

  // The first '#' starts the hash; a '?' counts only before it.
  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  let questionIdx = rest.indexOf('?');
  if (hashIdx !== -1 && questionIdx > hashIdx) questionIdx = -1;
  if (questionIdx !== -1) {
    this.search = rest.slice(questionIdx, hashIdx === -1 ? rest.length : hashIdx);
    this.query = this.search.slice(1);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const firstIdx = questionIdx !== -1 ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// A hostname holding '/', '\', '#', '?' or ':' is cut there; the rest goes to the path (and a
// ':' that is not a valid port gets node's DEP0170 warning once).
function splitBadHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname[i];
    if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
      if (c === ':' && !warnedPort) {
        warnedPort = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

// (set on Url.prototype after resolveObject, node's order)
function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// ---- IDNA ----------------------------------------------------------------------------------
// Domain to ASCII the way node's url.parse does (ada's UTS #46 processing, CheckHyphens and
// STD3 rules off): '' when the domain is invalid. The UTS #46 mapping table is approximated by
// dropping ignored code points and applying NFKC + lowercase; validity by the general
// categories UTS #46 disallows, the virama rule for joiners and ada's take on the bidi rule.
const ignoredRe = /[\u00AD\u034F\u180B-\u180D\u180F\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF\u{1BCA0}-\u{1BCA3}\u{E0100}-\u{E01EF}]/gu;
const disallowedRe = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Zs}\u115F\u1160\u3164\uFFA0\u2FF0-\u2FFF\uFFFC\uFFFD]/u;
const startsWithMark = /^\p{M}/u;
const viramaRe = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u0E3A\u0EBA\u0F84\u1039\u103A\u1714\u1715\u1734\u17D2\u1A60\u1B44\u1BAA\u1BAB\u1BF2\u1BF3\u2D7F\uA806\uA82C\uA8C4\uA953\uA9C0\uAAF6\uABED]$/;

function mapLabelChars(s) {
  return s.replace(ignoredRe, '').replace(/\u1E9E/g, 'ss').replace(/\u0345/g, '\u03B9').normalize('NFKC').toLowerCase()
    .normalize('NFC').replace(/[\u3002\uFF0E\uFF61]/g, '.');
}

// Characters UTS #46 disallows because their compatibility form holds a full stop ('U+2488', 'U+2024').
const hasDottedCompat = (s) => [...s].some((c) => c > '\x7F' && !/[\u3002\uFF0E\uFF61]/.test(c) && c.normalize('NFKC').includes('.'));

// Bidi classes, coarsely: R, AL, AN, EN, NSM, L, N (neutrals the rule allows) or X.
function bidiClass(c) {
  if (c === '\u200C' || c === '\u200D') return 'N'; // BN, which both directions allow
  if (/[\p{Mn}\p{Me}]/u.test(c)) return 'NSM';
  if (/[0-9\u00B2\u00B3\u00B9\u06F0-\u06F9\u2070\u2074-\u2079\u2080-\u2089\uFF10-\uFF19]/.test(c)) return 'EN';
  if (/[\u0600-\u0605\u0660-\u0669\u066B\u066C\u06DD\u0890\u0891\u08E2]/.test(c)) return 'AN';
  if (/[\u0590-\u05FF\u07C0-\u085F\uFB1D-\uFB4F\u{10800}-\u{10CFF}\u{10E80}-\u{10EFF}\u{1E800}-\u{1EC6F}]/u.test(c)) return 'R';
  if (/[\u0600-\u07BF\u0860-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u{10D00}-\u{10D3F}\u{1EC70}-\u{1EFFF}]/u.test(c)) return 'AL';
  if (/[\p{L}\p{Mc}\p{Nl}\p{Nd}]/u.test(c)) return 'L';
  if (/[\p{P}\p{S}\p{No}]/u.test(c)) return 'N';
  return 'X';
}

function bidiValid(label) {
  const chars = [...label];
  const classes = chars.map(bidiClass);
  if (!classes.some((k) => k === 'R' || k === 'AL' || k === 'AN')) return true;
  let last = classes.length - 1;
  while (last >= 0 && classes[last] === 'NSM') last--;
  if (last < 0) return false;
  // (ada applies the right-to-left conditions to any label not starting with an L character)
  if (classes[0] !== 'L') {
    const ok = new Set(['R', 'AL', 'AN', 'EN', 'N', 'NSM']);
    if (!classes.every((k) => ok.has(k))) return false;
    if (!['R', 'AL', 'EN', 'AN'].includes(classes[last])) return false;
    return !(classes.includes('EN') && classes.includes('AN'));
  }
  // (ada checks a left-to-right label up to, not including, its last non-mark character)
  const ok = new Set(['L', 'EN', 'N', 'NSM']);
  return classes.slice(0, last).every((k) => ok.has(k));
}

function validPunycodeLabel(label) {
  let decoded;
  try {
    const body = label.slice(4);
    decoded = punycode().decode(body.lastIndexOf('-') === 0 ? body.slice(1) : body);
  } catch {
    return false;
  }
  if (decoded === '') return false;
  return mapLabelChars(decoded) === decoded && validUnicodeLabel(decoded);
}

// Joining types (Unicode's ArabicShaping data, Arabic and Syriac letters): right-joining
// letters; the other letters of these scripts join on both sides; marks are transparent.
const rightJoiningRe = /[\u0622-\u0625\u0627\u0629\u062F-\u0632\u0648\u0671-\u0673\u0675-\u0677\u0688-\u0699\u06C0\u06C3-\u06CB\u06CD\u06CF\u06D2\u06D3\u06D5\u06EE\u06EF\u0710\u0715-\u0719\u071E\u0728\u072A\u072C\u072F\u074D\u0759-\u075B\u076B\u076C\u0771\u0773\u0774\u0778\u0779\u08AA-\u08AC\u08AE\u08B1\u08B2\u08B9]/;
const dualJoiningRe = /[\u0620\u0626\u0628\u062A-\u062E\u0633-\u063F\u0641-\u0647\u0649\u064A\u066E\u066F\u0678-\u0687\u069A-\u06BF\u06C1\u06C2\u06CC\u06CE\u06D0\u06D1\u06FA-\u06FC\u06FF\u0712-\u0714\u071A-\u071D\u071F-\u0727\u0729\u072B\u072D\u072E\u074E-\u077F\u07CA-\u07EA\u08A0-\u08A9\u08AF\u08B0\u08B3-\u08B8\u08BA-\u08C8]/;
const transparentRe = /^[\p{Mn}\p{Me}]$/u;
// RFC 5892's CONTEXTJ rule for ZWNJ without a virama: a left- or dual-joining letter before it
// and a right- or dual-joining letter after it, marks in between skipped.
function zwnjJoins(chars, at) {
  let i = at - 1;
  while (i >= 0 && transparentRe.test(chars[i])) i--;
  if (i < 0 || !(dualJoiningRe.test(chars[i]) && !rightJoiningRe.test(chars[i]))) return false;
  let j = at + 1;
  while (j < chars.length && transparentRe.test(chars[j])) j++;
  return j < chars.length && (rightJoiningRe.test(chars[j]) || dualJoiningRe.test(chars[j]));
}

function validUnicodeLabel(label) {
  if (startsWithMark.test(label)) return false;
  // Joiners right after a virama; ZWNJ also between joining letters.
  for (let i = label.indexOf('\u200C'), j = label.indexOf('\u200D'); i !== -1 || j !== -1;) {
    const at = i === -1 ? j : j === -1 ? i : Math.min(i, j);
    if (!viramaRe.test(label.slice(0, at))) {
      if (at !== i) return false;
      const chars = [...label.slice(0, at)];
      const n = chars.length;
      chars.push(...label.slice(at));
      if (!zwnjJoins(chars, n)) return false;
    }
    i = label.indexOf('\u200C', at + 1);
    j = label.indexOf('\u200D', at + 1);
  }
  if (disallowedRe.test(label.replace(/[\0-\x7F\u200C\u200D]/g, ''))) return false;
  return bidiValid(label);
}

function toASCII(domain) {
  // (node hands the domain to C++ as a C string: it ends at the first NUL)
  const nul = domain.indexOf('\0');
  if (nul !== -1) domain = domain.slice(0, nul);
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\0-\x7F]*$/.test(domain);
  // (an ASCII domain without punycode labels only lower-cases)
  if (ascii) {
    const lower = domain.toLowerCase();
    if (!lower.includes('xn--')) return lower;
  }
  if (!ascii) {
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/.test(domain)) return '';
    if (hasDottedCompat(domain)) return '';
    domain = mapLabelChars(domain);
  } else {
    domain = domain.toLowerCase();
  }
  const out = [];
  for (const label of domain.split('.')) {
    if (label.startsWith('xn--')) {
      if (/[^\0-\x7F]/.test(label) || !validPunycodeLabel(label)) return '';
      out.push(label);
    } else if (/[^\0-\x7F]/.test(label)) {
      if (!validUnicodeLabel(label)) return '';
      out.push('xn--' + punycode().encode(label));
    } else {
      out.push(label);
    }
  }
  return out.join('.');
}

// A domain's 'xn--' labels decoded where valid (ada's to_unicode).
function toUnicode(domain) {
  return domain.split('.').map((label) => {
    if (!label.startsWith('xn--') || /[^\0-\x7F]/.test(label)) return label;
    try { return punycode().decode(label.slice(4)); } catch { return label; }
  }).join('.');
}

// ---- format --------------------------------------------------------------------------------
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('urlObject', ['Object', 'string'], urlObject);
  } else if (typeof globalThis.URL === 'function' && urlObject instanceof globalThis.URL) {
    // A WHATWG URL: its href re-serialized without the parts the options turn off.
    const opts = { fragment: true, unicode: false, search: true, auth: true };
    if (options) {
      if (typeof options !== 'object' || Array.isArray(options)) {
        throw new (errors().ERR_INVALID_ARG_TYPE)('options', 'object', options);
      }
      for (const k of Object.keys(opts)) if (options[k] != null) opts[k] = Boolean(options[k]);
    }
    return formatWhatwg(String(urlObject.href), opts);
  }
  return Url.prototype.format.call(urlObject);
}

// Re-serializes a WHATWG href without fragment / query / credentials, or with a Unicode host.
function formatWhatwg(href, { fragment, unicode, search, auth }) {
  const hashIdx = href.indexOf('#');
  let main = hashIdx === -1 ? href : href.slice(0, hashIdx);
  let hash = hashIdx === -1 || !fragment ? '' : href.slice(hashIdx);
  const q = main.indexOf('?');
  let query = '';
  if (q !== -1) { query = search ? main.slice(q) : ''; main = main.slice(0, q); }
  const colon = main.indexOf(':');
  if (main.startsWith('//', colon + 1)) {
    const authStart = colon + 3;
    let authEnd = main.indexOf('/', authStart);
    if (authEnd === -1) authEnd = main.length;
    let authority = main.slice(authStart, authEnd);
    const at = authority.lastIndexOf('@');
    let cred = at === -1 ? '' : authority.slice(0, at + 1);
    let host = authority.slice(at + 1);
    if (!auth) cred = '';
    if (unicode) {
      const portAt = host.startsWith('[') ? host.indexOf(':', host.indexOf(']')) : host.lastIndexOf(':');
      const port = portAt === -1 ? '' : host.slice(portAt);
      host = toUnicode(portAt === -1 ? host : host.slice(0, portAt)) + port;
    }
    authority = cred + host;
    main = main.slice(0, authStart) + authority + main.slice(authEnd);
  }
  return main + query + hash;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeStr(auth, noEscapeAuth) + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && '?' + query) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  if (typeof pathname === 'string' && (pathname.includes('#') || pathname.includes('?'))) {
    pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  }
  // Only slashed protocols get '//' (others only when they had it).
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  if (search.includes('#')) search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

// ---- resolve -------------------------------------------------------------------------------
function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// Pulls "auth@" that ended up in the host (mailto:local@domain style) back out.
function splitAuthInHost(result) {
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const k of Object.keys(this)) result[k] = this[k];
  // The hash always comes from the relative URL, even an empty one.
  result.hash = relative.hash;
  const done = () => { result.href = result.format(); return result; };
  if (relative.href === '') return done();

  // '//host/path' keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const k of Object.keys(relative)) if (k !== 'protocol') result[k] = relative[k];
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return done();
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: a non-slashed one is taken as is; a slashed one needs a host (the
    // first path segment when it has none), except file: and the hostless ones.
    if (!slashed.has(relative.protocol)) {
      for (const k of Object.keys(relative)) result[k] = relative[k];
      return done();
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return done();
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashed.has(result.protocol);

  // Non-slashed URLs (mailto: and the like) keep their "host" as the first path segment, so
  // '..' can climb up to it.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query ('?foo').
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthInHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return done();
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    return done();
  }

  // A path ending in '.' or '..' (or '') gets a trailing slash; anything else does not.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) while (up--) srcPath.unshift('..');
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthInHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return done();
};

Url.prototype.parseHost = parseHost;

// ---- urlToHttpOptions ----------------------------------------------------------------------
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeComponent(username)}:${decodeComponent(password)}`;
  return options;
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  urlToHttpOptions,
};
