// `url`: WHATWG URL and URLSearchParams (parsing, setters and the form codec are native, in
// node/url.rs), file URL helpers, domainToASCII/Unicode; the legacy url.parse/format/resolve
// API comes from internal/url_legacy.
'use strict';

const native = internalBinding('url');
const E = () => require('internal/errors').codes;
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Indexes into the component list native.parse returns.
const HREF = 0, ORIGIN = 1, PROTOCOL = 2, USERNAME = 3, PASSWORD = 4, HOST = 5, HOSTNAME = 6,
  PORT = 7, PATHNAME = 8, SEARCH = 9, HASH = 10;

const kParts = Symbol('parts');
const kParams = Symbol('params');
const kList = Symbol('list');
const kUrl = Symbol('url');

// node's URL parser (C++) throws a plain TypeError carrying `code`: its stack and toString
// read `TypeError: Invalid URL`, without the `[ERR_INVALID_URL]` of JS-made node errors. Its
// top frame is node's constructor (rjs's helper frames dropped).
function invalidUrl(input, base) {
  const err = withTopFrame(() => new TypeError('Invalid URL'), 'new URL (node:internal/url:806:29)');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  // an uncaught one is reported at node's source line for it
  require('internal/loop').markThrow(err, 'node:internal/url:806\n    const href = bindingUrl.parse(input, base, raiseException);\n                            ^\n');
  return err;
}
// The href setter's failure is a JS-made node error, thrown in node's setter.
function invalidHref(value) {
  const err = withTopFrame(() => new (E().ERR_INVALID_URL)(value), 'set href [as href] (node:internal/url:934:24)');
  err.input = value;
  require('internal/loop').markThrow(err, 'node:internal/url:934\n    if (!href) { throw new ERR_INVALID_URL(value); }\n                 ^\n');
  return err;
}
// An error made by `make` whose frames of this module and of the error's making become node's
// `frame`, at full Error.stackTraceLimit (taken with room for the frames dropped).
function withTopFrame(make, frame) {
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number') Error.stackTraceLimit = limit + 10;
  let err;
  try {
    err = make();
    const lines = String(err.stack).split('\n');
    const at = lines.findIndex((l) => l.startsWith('    at '));
    if (at !== -1) {
      let end = at;
      while (end < lines.length && /\(node:(?:url|internal\/errors):/.test(lines[end])) end++;
      lines.splice(at, end - at, `    at ${frame}`);
      err.stack = lines.slice(0, typeof limit === 'number' ? at + Math.max(limit, 0) : lines.length).join('\n');
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  return err;
}

// Internal state lives in non-enumerable slots, as node's private fields: `{ ...url }`,
// Object.assign and urlToHttpOptions see no own properties.
function init(url, parts) {
  Object.defineProperty(url, kParts, { value: parts, writable: true });
  Object.defineProperty(url, kParams, { value: undefined, writable: true });
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new (E().ERR_MISSING_ARGS)('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const parts = native.parse(input, base);
    if (parts === undefined) throw invalidUrl(input, base);
    init(this, parts);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new (E().ERR_MISSING_ARGS)('url');
    const parts = native.parse(`${input}`, base === undefined ? undefined : `${base}`);
    if (parts === undefined) return null;
    const url = Object.create(URL.prototype);
    init(url, parts);
    return url;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new (E().ERR_MISSING_ARGS)('url');
    return native.parse(`${input}`, base === undefined ? undefined : `${base}`) !== undefined;
  }

  toString() { return branded(this)[HREF]; }
  get href() { return branded(this)[HREF]; }
  set href(v) { update(this, 'href', v); }
  get origin() { return context(this)[ORIGIN]; }
  get protocol() { return context(this)[PROTOCOL]; }
  set protocol(v) { update(this, 'protocol', v); }
  get username() { return context(this)[USERNAME]; }
  set username(v) { update(this, 'username', v); }
  get password() { return context(this)[PASSWORD]; }
  set password(v) { update(this, 'password', v); }
  get host() { return context(this)[HOST]; }
  set host(v) { update(this, 'host', v); }
  get hostname() { return context(this)[HOSTNAME]; }
  set hostname(v) { update(this, 'hostname', v); }
  get port() { return context(this)[PORT]; }
  set port(v) { update(this, 'port', v); }
  get pathname() { return context(this)[PATHNAME]; }
  set pathname(v) { update(this, 'pathname', v); }
  get search() { return branded(this)[SEARCH]; }
  set search(v) { update(this, 'search', v); }
  get searchParams() {
    if (this == null || this[kParts] === undefined) throw privateError(this, '#searchParams');
    if (this[kParams] === undefined) {
      const params = new URLSearchParams();
      params[kList] = parseQuery(this[kParts][SEARCH]);
      params[kUrl] = this;
      this[kParams] = params;
    }
    return this[kParams];
  }
  get hash() { return context(this)[HASH]; }
  set hash(v) { update(this, 'hash', v); }
  toJSON() { return branded(this)[HREF]; }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {};
    for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash']) obj[k] = this[k];
    if (opts?.showHidden) obj[kContext] = urlContext(this[kParts]);
    const { inspect } = require('internal/inspect');
    return `${this.constructor.name} ${inspect(obj, opts)}`;
  }
}
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, k, d);
}
for (const k of ['parse', 'canParse']) {
  Object.defineProperty(URL, k, { enumerable: true });
}
// As node's installObjectURLMethods: plain functions (with a prototype), not static methods.
function createObjectURL(obj) {
  const { Blob } = require('buffer');
  if (!(obj instanceof Blob)) throw new (E().ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
  const id = require('crypto').randomUUID();
  require('internal/web').blobUrlStore.set(id, obj);
  return `blob:nodedata:${id}`;
}
function revokeObjectURL(url) {
  if (arguments.length === 0) throw new (E().ERR_MISSING_ARGS)('url');
  const { blobUrlStore, blobUrlId } = require('internal/web');
  const id = blobUrlId(`${url}`);
  if (id !== undefined) blobUrlStore.delete(id);
}
for (const fn of [createObjectURL, revokeObjectURL]) {
  Object.defineProperty(URL, fn.name, { value: fn, writable: true, enumerable: true, configurable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// node's URL keeps its state in private fields (#context, #searchParams) and reads href through
// a private method: a receiver without them fails with V8's messages for those.
function privateError(self, name) {
  if (self == null) return new TypeError(`Cannot read properties of ${self} (reading '${name}')`);
  if (name === 'URL') return new TypeError('Receiver must be an instance of class URL');
  return new TypeError(`Cannot read private member ${name} from an object whose class did not declare it`);
}
function context(self) {
  const parts = self == null ? undefined : self[kParts];
  if (parts === undefined) throw privateError(self, '#context');
  return parts;
}
function branded(self) {
  const parts = self == null ? undefined : self[kParts];
  if (parts === undefined) throw privateError(self, 'URL');
  return parts;
}

// What showHidden shows of node's #context: ada's url_aggregator offsets into href (omitted
// values are uint32 -1), derived here from the components.
const kContext = Symbol('context');
const kOmitted = 4294967295;
const kSchemeTypes = { __proto__: null, 'http:': 0, 'https:': 2, 'ws:': 3, 'ftp:': 4, 'wss:': 5, 'file:': 6 };
let URLContext;
function urlContext(parts) {
  URLContext ??= class URLContext {
    href = '';
    protocol_end = 0;
    username_end = 0;
    host_start = 0;
    host_end = 0;
    pathname_start = 0;
    search_start = 0;
    hash_start = 0;
    port = 0;
    scheme_type = 1;
    get hasPort() { return this.port !== kOmitted; }
    get hasSearch() { return this.search_start !== kOmitted; }
    get hasHash() { return this.hash_start !== kOmitted; }
  };
  const c = new URLContext();
  const href = parts[HREF];
  const protocolEnd = parts[PROTOCOL].length;
  c.href = href;
  c.protocol_end = protocolEnd;
  let pathStart;
  if (href.startsWith('//', protocolEnd)) {
    const user = parts[USERNAME].length;
    const pass = parts[PASSWORD].length;
    c.username_end = protocolEnd + 2 + user;
    c.host_start = user || pass ? c.username_end + (pass ? pass + 1 : 0) : c.username_end;
    c.host_end = c.host_start + (user || pass ? 1 : 0) + parts[HOSTNAME].length;
    pathStart = c.host_end + (parts[PORT] ? parts[PORT].length + 1 : 0);
  } else {
    c.username_end = c.host_start = c.host_end = protocolEnd;
    pathStart = protocolEnd + (href.startsWith('/.', protocolEnd) && parts[PATHNAME].startsWith('//') ? 2 : 0);
  }
  c.pathname_start = pathStart;
  const hash = href.indexOf('#', pathStart);
  const query = href.indexOf('?', pathStart);
  c.search_start = query !== -1 && (hash === -1 || query < hash) ? query : kOmitted;
  c.hash_start = hash === -1 ? kOmitted : hash;
  c.port = parts[PORT] ? Number(parts[PORT]) : kOmitted;
  c.scheme_type = kSchemeTypes[parts[PROTOCOL]] ?? 1;
  return c;
}

// Applies a setter natively and keeps searchParams in step.
function update(url, field, value) {
  const parts = native.set(context(url)[HREF], field, `${value}`);
  if (parts === undefined) {
    if (field === 'href') throw invalidHref(`${value}`);
    return;
  }
  url[kParts] = parts;
  if (url[kParams] !== undefined && (field === 'href' || field === 'search')) {
    url[kParams][kList] = parseQuery(parts[SEARCH]);
  }
}

function parseQuery(search) {
  return search.length > 1 ? native.parseParams(search.slice(1)) : [];
}

// Converts to a string with lone surrogates replaced, as WebIDL's USVString does.
function toUSV(v) {
  const s = `${v}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

class URLSearchParams {
  constructor(init = undefined) {
    // Non-enumerable, as node's private fields are invisible: two instances are deep-equal.
    Object.defineProperty(this, kList, { __proto__: null, value: [], writable: true, configurable: true });
    Object.defineProperty(this, kUrl, { __proto__: null, value: null, writable: true, configurable: true });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new (E().ERR_ARG_NOT_ITERABLE)('Query pairs');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
            throw new (E().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          const kv = [...pair];
          if (kv.length !== 2) throw new (E().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          this[kList].push(toUSV(kv[0]), toUSV(kv[1]));
        }
      } else {
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const d = Reflect.getOwnPropertyDescriptor(init, key);
          if (d === undefined || !d.enumerable) continue; // an enumerable symbol key throws in toUSV, as node's
          const k = toUSV(key);
          const v = toUSV(init[key]);
          if (seen.has(k)) this[kList][seen.get(k) + 1] = v;
          else { seen.set(k, this[kList].length); this[kList].push(k, v); }
        }
      }
    } else {
      init = toUSV(init);
      this[kList] = native.parseParams(init[0] === '?' ? init.slice(1) : init);
    }
  }

  get size() { check(this); return this[kList].length / 2; }

  append(name, value) {
    check(this);
    if (arguments.length < 2) throw new (E().ERR_MISSING_ARGS)('name', 'value');
    this[kList].push(toUSV(name), toUSV(value));
    sync(this);
  }

  delete(name, value = undefined) {
    check(this);
    if (arguments.length < 1) throw new (E().ERR_MISSING_ARGS)('name');
    const list = this[kList];
    name = toUSV(name);
    const matchValue = value !== undefined;
    if (matchValue) value = toUSV(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (!matchValue || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    sync(this);
  }

  get(name) {
    check(this);
    if (arguments.length < 1) throw new (E().ERR_MISSING_ARGS)('name');
    name = toUSV(name);
    const list = this[kList];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    check(this);
    if (arguments.length < 1) throw new (E().ERR_MISSING_ARGS)('name');
    name = toUSV(name);
    const out = [];
    const list = this[kList];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    check(this);
    if (arguments.length < 1) throw new (E().ERR_MISSING_ARGS)('name');
    name = toUSV(name);
    const matchValue = value !== undefined;
    if (matchValue) value = toUSV(value);
    const list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (!matchValue || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    check(this);
    if (arguments.length < 2) throw new (E().ERR_MISSING_ARGS)('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const list = this[kList];
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) { list[i + 1] = value; found = true; i += 2; } else list.splice(i, 2);
      } else i += 2;
    }
    if (!found) list.push(name, value);
    sync(this);
  }

  sort() {
    check(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable sort by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    sync(this);
  }

  entries() { check(this); return makeIterator(this, 'key+value'); }

  forEach(callback, thisArg = undefined) {
    check(this);
    if (typeof callback !== 'function') throw new (E().ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  keys() { check(this); return makeIterator(this, 'key'); }
  values() { check(this); return makeIterator(this, 'value'); }

  toString() { check(this); return native.serializeParams(this[kList]); }

  [kInspect](recurseTimes, ctx) {
    check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect } = require('internal/inspect');
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const list = this[kList];
    const output = [];
    for (let i = 0; i < list.length; i += 2) output.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    const plain = (s) => s.replace(/\u001b\[\d\d?m/g, '');
    const length = output.reduce((n, s) => n + plain(s).length + 2, -2);
    if (length > ctx.breakLength) return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${this.constructor.name} { ${output.join(', ')} }`;
    return `${this.constructor.name} {}`;
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, { value: URLSearchParams.prototype.entries, writable: true, configurable: true });
for (const k of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, k);
  d.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, k, d);
}

function check(p) {
  if (!(p instanceof URLSearchParams) || p[kList] === undefined) throw new (E().ERR_INVALID_THIS)('URLSearchParams');
}

// Writes the list back to the owning URL's query.
function sync(params) {
  const url = params[kUrl];
  if (!url) return;
  const s = native.serializeParams(params[kList]);
  url[kParts] = native.set(url[kParts][HREF], 'search', s === '' ? '' : `?${s}`) || url[kParts];
  // An empty list removes the query entirely (node leaves no '?').
  if (s === '' && url[kParts][SEARCH] === '') {
    const href = url[kParts][HREF];
    const q = href.indexOf('?');
    if (q !== -1 && (href[q + 1] === '#' || q === href.length - 1)) {
      url[kParts] = native.parse(href.slice(0, q) + href.slice(q + 1)) || url[kParts];
    }
  }
}

// An iterator's state, as node's private #state: any other receiver is ERR_INVALID_THIS.
const iterStates = new WeakMap();
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
// Methods (no prototype, as node's class members), placed as node's: next enumerable, then the
// inspect hook, then the tag.
const iteratorMethods = {
  next() {
    const state = iterStates.get(this);
    if (!state) throw new (E().ERR_INVALID_THIS)('URLSearchParamsIterator');
    const list = state.target[kList];
    if (state.index >= list.length) return { value: undefined, done: true };
    const name = list[state.index];
    const value = list[state.index + 1];
    state.index += 2;
    return { value: state.kind === 'key' ? name : state.kind === 'value' ? value : [name, value], done: false };
  },
  [kInspect](recurseTimes, ctx) {
    const state = iterStates.get(this);
    if (!state) throw new (E().ERR_INVALID_THIS)('URLSearchParamsIterator');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect } = require('internal/inspect');
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const list = state.target[kList];
    const entries = [];
    for (let i = state.index; i < list.length; i += 2) {
      entries.push(state.kind === 'key' ? list[i] : state.kind === 'value' ? list[i + 1] : [list[i], list[i + 1]]);
    }
    // As node: one line unless inspecting the whole list breaks lines.
    const strs = entries.map((e) => inspect(e, inner));
    const body = inspect(entries, inner).includes('\n') ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  },
};
const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: { value: iteratorMethods.next, enumerable: true, configurable: true, writable: true },
  [kInspect]: { value: iteratorMethods[kInspect], configurable: true, writable: true },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});
function makeIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  iterStates.set(it, { target, kind, index: 0 });
  return it;
}

// ---- file URLs ----

// `options.windows` (node 20.13+) picks Windows path rules; the default is this platform's (POSIX).
function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new (E().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new (E().ERR_INVALID_URL_SCHEME)('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new (E().ERR_INVALID_FILE_URL_HOST)(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) throw new (E().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new (E().ERR_INVALID_FILE_URL_PATH)('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname[2] !== ':') throw new (E().ERR_INVALID_FILE_URL_PATH)('must be absolute');
  return pathname.slice(1);
}

// node's EncodePathChars (node_url.cc): characters RFC 1738 calls unsafe, plus those the URL
// parser would drop or read as delimiters; a backslash is a file name character on POSIX.
const kPathChars = { __proto__: null, '\0': '%00', '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22',
  '#': '%23', '%': '%25', '?': '%3F', '[': '%5B', '\\': '%5C', ']': '%5D', '^': '%5E', '|': '%7C', '~': '%7E' };
function encodePathChars(filepath, windows) {
  const re = windows ? /[\0\t\n\r "#%?[\]^|~]/g : /[\0\t\n\r "#%?[\\\]^|~]/g;
  return filepath.replace(re, (c) => kPathChars[c]);
}

function pathToFileURL(filepath, options) {
  require('internal/validators').validateString(filepath, 'path');
  const windows = options?.windows ?? false;
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path (\\server\share\resource, or \\?\UNC\server\share\resource).
    const out = new URL('file://');
    const prefixLength = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostnameEnd = filepath.indexOf('\\', prefixLength);
    if (hostnameEnd === -1) throw new (E().ERR_INVALID_ARG_VALUE)('path', filepath, 'Missing UNC resource path');
    if (hostnameEnd === 2) throw new (E().ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
    out.hostname = domainToASCII(filepath.slice(prefixLength, hostnameEnd));
    out.pathname = encodePathChars(filepath.slice(hostnameEnd).replace(/\\/g, '/'), windows);
    return out;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  const sep = windows ? '\\' : '/';
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== sep) resolved += '/';
  resolved = encodePathChars(resolved, windows);
  return new URL(`file://${resolved}`);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new (E().ERR_MISSING_ARGS)('domain');
  return native.domainToASCII(`${domain}`);
}
function domainToUnicode(domain) {
  if (arguments.length < 1) throw new (E().ERR_MISSING_ARGS)('domain');
  return native.domainToUnicode(`${domain}`);
}

// Used by http/fetch: a URL-like object's fields as http.request options.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

const legacy = require('internal/url_legacy');
// (node's export order: urlToHttpOptions comes last)
const { urlToHttpOptions, ...legacyApi } = legacy;
module.exports = {
  ...legacyApi,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
Object.defineProperty(module.exports, 'isURL', { value: isURL, enumerable: false });
