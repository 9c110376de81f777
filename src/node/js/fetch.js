// internal/fetch: the WHATWG fetch family as node 20 exposes it (undici 6 semantics): Headers,
// Request, Response, FormData and fetch() itself. http:// goes over our `http` client, https://
// over our `https` client (the host's HTTP stack: TLS stays in the host), data: URLs are decoded
// here.
'use strict';

const { codes } = require('internal/errors');
const { DOMException, AbortController, AbortSignal, TextDecoder, TextEncoder } = require('internal/web');
const { Blob, File, Buffer } = require('buffer');
const { ReadableStream } = require('stream/web');
const { URL, URLSearchParams } = require('url');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('state');
const kHeaders = Symbol('headers');
const kSignal = Symbol('signal');
const kGuard = Symbol('guard');
const kList = Symbol('headers list');
const kEntries = Symbol('entries');
const kInternal = Symbol('internal');
const kRawMethod = Symbol.for('rjs.http.rawMethod'); // http_client.js: send the method as given

const encoder = new TextEncoder();

function inspectLazy() { return require('internal/inspect').inspect; }
function inspectAs(name, obj, depth, options) {
  const inspect = inspectLazy();
  const opts = { ...options };
  if (opts.depth === null || opts.depth === undefined) opts.depth = depth;
  return `${name} ${inspect(obj, opts)}`;
}

function illegalInvocation() {
  const e = new TypeError('Illegal invocation');
  e.code = 'ERR_INVALID_THIS';
  return e;
}

function argCount(args, min, ctx) {
  if (args.length < min) {
    throw new TypeError(`${ctx}: ${min} argument${min === 1 ? '' : 's'} required, but${min === 1 ? '' : ' only'} ${args.length} found.`);
  }
}

function toByteString(v) {
  const s = `${v}`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}

function toUSVString(v) {
  const s = `${v}`;
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isValidHeaderName(name) { return tokenRe.test(name); }
function isValidHeaderValue(value) { return !/[\0\r\n]/.test(value); }
function normalizeHeaderValue(value) { return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, ''); }

// ---- Headers ----------------------------------------------------------------------------------

// The header list: lower-cased name -> { name (as first given), value (joined) }, insertion
// order; set-cookie values are kept apart as well (getSetCookie, iteration).
class HeadersList {
  constructor(init) {
    this.map = new Map(init ? init.map : undefined);
    if (init) for (const [k, v] of this.map) this.map.set(k, { name: v.name, value: v.value });
    this.cookies = init && init.cookies ? init.cookies.slice() : null;
    this.sorted = null;
  }
  contains(name) { return this.map.has(name.toLowerCase()); }
  get(name) {
    const e = this.map.get(name.toLowerCase());
    return e === undefined ? null : e.value;
  }
  append(name, value) {
    this.sorted = null;
    const lower = name.toLowerCase();
    const e = this.map.get(lower);
    if (e) e.value = `${e.value}${lower === 'cookie' ? '; ' : ', '}${value}`;
    else this.map.set(lower, { name, value });
    if (lower === 'set-cookie') (this.cookies || (this.cookies = [])).push(value);
  }
  set(name, value) {
    this.sorted = null;
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') this.cookies = [value];
    const e = this.map.get(lower);
    if (e) e.value = value;
    else this.map.set(lower, { name, value });
  }
  delete(name) {
    this.sorted = null;
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') this.cookies = null;
    this.map.delete(lower);
  }
  // [lower-cased name, value] pairs sorted by name, set-cookie split up.
  sortedEntries() {
    if (this.sorted) return this.sorted;
    const names = [...this.map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out = [];
    for (const n of names) {
      if (n === 'set-cookie' && this.cookies) for (const c of this.cookies) out.push([n, c]);
      else out.push([n, this.map.get(n).value]);
    }
    return (this.sorted = out);
  }
  // [name as given, value] pairs in insertion order (what goes on the wire).
  rawEntries() { return [...this.map.values()].map((e) => [e.name, e.value]); }
  // Like rawEntries, with set-cookie split up.
  entriesList() {
    const out = [];
    for (const [lower, e] of this.map) {
      if (lower === 'set-cookie' && this.cookies) for (const c of this.cookies) out.push([e.name, c]);
      else out.push([e.name, e.value]);
    }
    return out;
  }
}

function checkHeaders(h) {
  if (h === null || typeof h !== 'object' || !(kList in h)) throw illegalInvocation();
}

function appendHeader(headers, name, value, ctx) {
  value = normalizeHeaderValue(value);
  if (!isValidHeaderName(name)) throw new TypeError(`${ctx}: "${name}" is an invalid header name.`);
  if (!isValidHeaderValue(value)) throw new TypeError(`${ctx}: "${value}" is an invalid header value.`);
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
  headers[kList].append(name, value);
}

const headersInitMessage = 'Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.';

function fillHeaders(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) throw new TypeError(headersInitMessage);
  if (kList in init && init[Symbol.iterator] === Headers.prototype.entries) {
    // Another Headers: its entries as given (names, order), as undici's fast path does.
    for (const [name, value] of init[kList].entriesList()) appendHeader(headers, name, value, 'Headers.append');
  } else if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') throw new TypeError(headersInitMessage);
      const p = [...pair];
      if (p.length !== 2) throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${p.length}.`);
      appendHeader(headers, toByteString(p[0]), toByteString(p[1]), 'Headers.append');
    }
  } else {
    for (const key of Reflect.ownKeys(init)) {
      const desc = Reflect.getOwnPropertyDescriptor(init, key);
      if (desc === undefined || !desc.enumerable) continue;
      if (typeof key === 'symbol') throw new TypeError(headersInitMessage);
      appendHeader(headers, toByteString(key), toByteString(init[key]), 'Headers.append');
    }
  }
}

const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
function makeIteratorClass(name, kindOf) {
  const proto = Object.create(iteratorPrototype);
  Object.defineProperty(proto, 'next', {
    value: function next() {
      if (this === null || typeof this !== 'object' || !(kState in this)) {
        throw new TypeError(`'next' called on an object that does not implement interface ${name}.`);
      }
      const s = this[kState];
      const list = s.list();
      if (s.index >= list.length) return { value: undefined, done: true };
      const [k, v] = list[s.index++];
      return { value: kindOf(s.kind, k, v), done: false };
    },
    writable: true, configurable: true, enumerable: true,
  });
  Object.defineProperty(proto, Symbol.toStringTag, { value: name, configurable: true });
  return (list, kind) => {
    const it = Object.create(proto);
    Object.defineProperty(it, kState, { value: { list, kind, index: 0 } });
    return it;
  };
}
const pick = (kind, k, v) => (kind === 'key' ? k : kind === 'value' ? v : [k, v]);
const headersIterator = makeIteratorClass('Headers Iterator', pick);

class Headers {
  constructor(init = undefined) {
    if (init === kInternal) {
      this[kList] = new HeadersList();
      this[kGuard] = 'none';
      return;
    }
    this[kList] = new HeadersList();
    this[kGuard] = 'none';
    if (init !== undefined) fillHeaders(this, init);
  }
  append(name, value) {
    checkHeaders(this);
    argCount(arguments, 2, 'Headers.append');
    appendHeader(this, toByteString(name), toByteString(value), 'Headers.append');
  }
  delete(name) {
    checkHeaders(this);
    argCount(arguments, 1, 'Headers.delete');
    name = toByteString(name);
    if (!isValidHeaderName(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    if (!this[kList].contains(name)) return;
    this[kList].delete(name);
  }
  get(name) {
    checkHeaders(this);
    argCount(arguments, 1, 'Headers.get');
    name = toByteString(name);
    if (!isValidHeaderName(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    return this[kList].get(name);
  }
  has(name) {
    checkHeaders(this);
    argCount(arguments, 1, 'Headers.has');
    name = toByteString(name);
    if (!isValidHeaderName(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this[kList].contains(name);
  }
  set(name, value) {
    checkHeaders(this);
    argCount(arguments, 2, 'Headers.set');
    name = toByteString(name);
    value = normalizeHeaderValue(toByteString(value));
    if (!isValidHeaderName(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (!isValidHeaderValue(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kList].set(name, value);
  }
  getSetCookie() {
    checkHeaders(this);
    const c = this[kList].cookies;
    return c ? c.slice() : [];
  }
  keys() { checkHeaders(this); const l = this[kList]; return headersIterator(() => l.sortedEntries(), 'key'); }
  values() { checkHeaders(this); const l = this[kList]; return headersIterator(() => l.sortedEntries(), 'value'); }
  entries() { checkHeaders(this); const l = this[kList]; return headersIterator(() => l.sortedEntries(), 'key+value'); }
  forEach(callbackFn, thisArg = globalThis) {
    checkHeaders(this);
    argCount(arguments, 1, 'Headers.forEach');
    if (typeof callbackFn !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this) callbackFn.call(thisArg, value, key, this);
  }
  [kInspect](depth, options) {
    const obj = {};
    for (const e of this[kList].map.values()) obj[e.name] = e.value;
    return inspectAs('Headers', obj, depth, options);
  }
}
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });
for (const k of ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(Headers.prototype, k, { enumerable: true });
}

function newHeaders(guard, list) {
  const h = new Headers(kInternal);
  if (list) h[kList] = list;
  h[kGuard] = guard;
  return h;
}

// ---- FormData ---------------------------------------------------------------------------------

function checkFormData(f) {
  if (f === null || typeof f !== 'object' || !(kEntries in f)) throw illegalInvocation();
}
function isBlobLike(v) {
  return v instanceof Blob || (v !== null && typeof v === 'object' &&
    (typeof v.stream === 'function' || typeof v.arrayBuffer === 'function') && /^(Blob|File)$/.test(v[Symbol.toStringTag]));
}
function makeEntry(name, value, filename) {
  name = toUSVString(name);
  if (typeof value === 'string' || !isBlobLike(value)) return { name, value: toUSVString(value) };
  if (!(value instanceof File) || filename !== undefined) {
    const opts = { type: value.type };
    if (value.lastModified !== undefined) opts.lastModified = value.lastModified;
    value = new File([value], filename !== undefined ? toUSVString(filename) : (value instanceof File ? value.name : 'blob'), opts);
  }
  return { name, value };
}
const formDataIterator = makeIteratorClass('FormData Iterator', pick);

class FormData {
  constructor(form) {
    if (form !== undefined) throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    this[kEntries] = [];
  }
  append(name, value, filename = undefined) {
    checkFormData(this);
    argCount(arguments, 2, 'FormData.append');
    if (arguments.length === 3 && !isBlobLike(value)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    this[kEntries].push(makeEntry(name, value, arguments.length === 3 ? filename : undefined));
  }
  delete(name) {
    checkFormData(this);
    argCount(arguments, 1, 'FormData.delete');
    name = toUSVString(name);
    this[kEntries] = this[kEntries].filter((e) => e.name !== name);
  }
  get(name) {
    checkFormData(this);
    argCount(arguments, 1, 'FormData.get');
    name = toUSVString(name);
    const e = this[kEntries].find((x) => x.name === name);
    return e === undefined ? null : e.value;
  }
  getAll(name) {
    checkFormData(this);
    argCount(arguments, 1, 'FormData.getAll');
    name = toUSVString(name);
    return this[kEntries].filter((x) => x.name === name).map((x) => x.value);
  }
  has(name) {
    checkFormData(this);
    argCount(arguments, 1, 'FormData.has');
    name = toUSVString(name);
    return this[kEntries].some((x) => x.name === name);
  }
  set(name, value, filename = undefined) {
    checkFormData(this);
    argCount(arguments, 2, 'FormData.set');
    if (arguments.length === 3 && !isBlobLike(value)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    const entry = makeEntry(name, value, arguments.length === 3 ? filename : undefined);
    const list = this[kEntries];
    const i = list.findIndex((x) => x.name === entry.name);
    if (i === -1) list.push(entry);
    else this[kEntries] = [...list.slice(0, i), entry, ...list.slice(i + 1).filter((x) => x.name !== entry.name)];
  }
  keys() { checkFormData(this); const f = this; return formDataIterator(() => f[kEntries].map((e) => [e.name, e.value]), 'key'); }
  values() { checkFormData(this); const f = this; return formDataIterator(() => f[kEntries].map((e) => [e.name, e.value]), 'value'); }
  entries() { checkFormData(this); const f = this; return formDataIterator(() => f[kEntries].map((e) => [e.name, e.value]), 'key+value'); }
  forEach(callbackFn, thisArg = globalThis) {
    checkFormData(this);
    argCount(arguments, 1, 'FormData.forEach');
    if (typeof callbackFn !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this) callbackFn.call(thisArg, value, key, this);
  }
  [kInspect](depth, options) {
    const obj = {};
    for (const { name, value } of this[kEntries]) {
      if (!Object.prototype.hasOwnProperty.call(obj, name)) obj[name] = value;
      else if (Array.isArray(obj[name])) obj[name].push(value);
      else obj[name] = [obj[name], value];
    }
    return inspectAs('FormData', obj, depth, options);
  }
}
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });
for (const k of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(FormData.prototype, k, { enumerable: true });
}

// ---- bodies -----------------------------------------------------------------------------------

// The bytes of a Blob, synchronously when buffer.js's internal slot can be found.
function blobBytesSync(blob) {
  for (const sym of Object.getOwnPropertySymbols(blob)) {
    if (sym.description === 'kBytes') {
      const b = blob[sym];
      if (b instanceof Uint8Array) return b;
    }
  }
  return null;
}

function streamState(stream) {
  for (const sym of Object.getOwnPropertySymbols(stream)) {
    if (sym.description === 'kState') {
      const s = stream[sym];
      if (s && typeof s === 'object' && 'disturbed' in s) return s;
    }
  }
  return null;
}
function isDisturbed(stream) {
  const s = streamState(stream);
  return s ? s.disturbed : false;
}
function isErrored(stream) {
  const s = streamState(stream);
  return s ? s.state === 'errored' : false;
}

function closeByteController(c) {
  try { c.close(); } catch { return; }
  try { if (c.byobRequest) c.byobRequest.respond(0); } catch { /* nothing pending */ }
}

function streamFromBytes(bytes) {
  let done = false;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (done) return;
      done = true;
      if (bytes.byteLength) controller.enqueue(new Uint8Array(bytes));
      queueMicrotask(() => closeByteController(controller));
    },
  });
}

// A body made of byte parts and Blobs, as undici's: each Blob is read through its own stream
// (one chunk per part of it).
function streamFromParts(parts) {
  return streamFromAsyncIterable((async function* () {
    for (const p of parts) {
      if (!isBlobLike(p)) yield p;
      else if (typeof p.stream === 'function') yield* p.stream();
      else yield new Uint8Array(await p.arrayBuffer());
    }
  })());
}

function streamFromAsyncIterable(iterable) {
  let iterator;
  return new ReadableStream({
    type: 'bytes',
    start() { iterator = iterable[Symbol.asyncIterator](); },
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) {
        queueMicrotask(() => closeByteController(controller));
        return;
      }
      const buf = Buffer.isBuffer(value) ? value : Buffer.from(value);
      if (buf.byteLength) controller.enqueue(new Uint8Array(buf));
    },
    async cancel() {
      if (typeof iterator.return === 'function') await iterator.return();
    },
  });
}

function randomBoundary() {
  return `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
}
const escapeMultipart = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeLinefeeds = (s) => s.replace(/\r?\n|\r/g, '\r\n');

// Extracts a body from BodyInit: { stream, source, length } and the content type it implies.
function extractBody(object, keepalive = false) {
  let stream = null;
  let source = null;
  let length = null;
  let type = null;
  if (typeof object === 'string') {
    source = encoder.encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = encoder.encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && object instanceof SharedArrayBuffer)) {
    source = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    source = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength));
  } else if (object instanceof FormData) {
    const boundary = randomBoundary();
    const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
    const parts = [];
    length = 0;
    for (const { name, value } of object[kEntries]) {
      if (typeof value === 'string') {
        const chunk = encoder.encode(`${prefix}; name="${escapeMultipart(normalizeLinefeeds(name))}"\r\n\r\n${normalizeLinefeeds(value)}\r\n`);
        parts.push(chunk);
        length += chunk.byteLength;
      } else {
        const head = encoder.encode(`${prefix}; name="${escapeMultipart(normalizeLinefeeds(name))}"` +
          (value.name ? `; filename="${escapeMultipart(value.name)}"` : '') + '\r\n' +
          `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`);
        parts.push(head, value, encoder.encode('\r\n'));
        length += head.byteLength + value.size + 2;
      }
    }
    const tail = encoder.encode(`--${boundary}--\r\n`);
    parts.push(tail);
    length += tail.byteLength;
    source = object;
    stream = streamFromParts(parts);
    type = `multipart/form-data; boundary=${boundary}`;
    return [{ stream, source, length, parts }, type];
  } else if (isBlobLike(object)) {
    source = object;
    length = object.size;
    if (object.type) type = object.type;
    stream = streamFromParts([object]);
    return [{ stream, source, length }, type];
  } else if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    if (keepalive) throw new TypeError('keepalive');
    if (object instanceof ReadableStream) {
      if (isDisturbed(object) || object.locked) throw new TypeError('Response body object should not be disturbed or locked');
      stream = object;
    } else {
      stream = streamFromAsyncIterable(object);
    }
    return [{ stream, source: null, length: null }, null];
  } else {
    source = encoder.encode(toUSVString(object));
    type = 'text/plain;charset=UTF-8';
  }
  length = source.byteLength;
  return [{ stream: streamFromBytes(source), source, length }, type];
}

// The body's bytes as a list of chunks that can be sent again (for redirects), or null when the
// body is a stream.
function bodySourceParts(body) {
  if (body.parts) return body.parts;
  if (body.source instanceof Uint8Array) return [body.source];
  if (isBlobLike(body.source)) return [body.source];
  return null;
}

function cloneBody(body) {
  const [out1, out2] = body.stream.tee();
  body.stream = out1;
  return { stream: out2, source: body.source, length: body.length, parts: body.parts };
}

function bodyUnusable(body) {
  return body !== null && (isDisturbed(body.stream) || body.stream.locked);
}

async function readAllBytes(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) { out.set(c, off); off += c.byteLength; }
  return out;
}

// Parses a MIME type (WHATWG mimesniff, simplified): { type, subtype, essence, params } or null.
function parseMimeType(input) {
  input = input.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const m = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)\/([^;]*)/.exec(input);
  if (!m) return null;
  const type = m[1].toLowerCase();
  const subtype = m[2].replace(/[\t\n\f\r ]+$/, '').toLowerCase();
  if (!subtype || !tokenRe.test(subtype)) return null;
  const params = new Map();
  let rest = input.slice(m[0].length);
  while (rest.length) {
    rest = rest.replace(/^;[\t\n\f\r ]*/, '');
    if (rest[0] === ';') continue;
    const eq = rest.search(/[;=]/);
    let name = (eq === -1 ? rest : rest.slice(0, eq)).toLowerCase();
    rest = eq === -1 ? '' : rest.slice(eq);
    if (rest[0] === ';') continue;
    if (rest === '') break;
    rest = rest.slice(1);
    let value;
    if (rest[0] === '"') {
      value = '';
      let i = 1;
      while (i < rest.length && rest[i] !== '"') {
        if (rest[i] === '\\' && i + 1 < rest.length) i++;
        value += rest[i++];
      }
      rest = rest.slice(i + 1);
      const semi = rest.indexOf(';');
      rest = semi === -1 ? '' : rest.slice(semi);
    } else {
      const semi = rest.indexOf(';');
      value = (semi === -1 ? rest : rest.slice(0, semi)).replace(/[\t\n\f\r ]+$/, '');
      rest = semi === -1 ? '' : rest.slice(semi);
      if (value === '') continue;
    }
    name = name.replace(/[\t\n\f\r ]+$/, '');
    if (name && tokenRe.test(name) && !/[^\t\u0020-\u007e\u0080-\u00ff]/.test(value) && !params.has(name)) params.set(name, value);
  }
  return { type, subtype, essence: `${type}/${subtype}`, params };
}
function serializeMimeType(mime) {
  let s = mime.essence;
  for (const [name, value] of mime.params) {
    s += `;${name}=`;
    s += tokenRe.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
  }
  return s;
}

function bodyMimeType(headers) {
  const ct = headers[kList].get('content-type');
  if (ct === null) return null;
  // The last value of a combined header is the one that counts.
  return parseMimeType(ct.split(',').pop()) || parseMimeType(ct);
}

function utf8Decode(bytes) { return new TextDecoder().decode(bytes); }

// `err`'s stack with node's frames (undici's, in node 20) in place of rjs's; a stack without
// frames (Error.stackTraceLimit = 0, a custom prepareStackTrace) is kept.
function withFrames(err, frames) {
  const stack = err !== null && typeof err === 'object' ? err.stack : undefined;
  const at = typeof stack === 'string' ? stack.indexOf('\n    at ') : -1;
  if (at !== -1) err.stack = `${stack.slice(0, at)}\n    at ${frames.join('\n    at ')}`;
  return err;
}
// Where undici parses a json body (what runs the continuation shows too; the usual place).
const kJsonFrames = [
  'JSON.parse (<anonymous>)', 'parseJSONFromBytes (node:internal/deps/undici/undici:5880:19)',
  'successSteps (node:internal/deps/undici/undici:5861:27)', 'fullyReadBody (node:internal/deps/undici/undici:4753:9)',
  'process.processTicksAndRejections (node:internal/process/task_queues:95:5)', 'async consumeBody (node:internal/deps/undici/undici:5870:7)',
];

async function consumeBody(obj, kind, className) {
  const state = obj[kState];
  const body = state.body;
  if (bodyUnusable(body)) throw new TypeError('Body is unusable: Body has already been read');
  const bytes = body === null ? new Uint8Array(0) : await readAllBytes(body.stream);
  switch (kind) {
    case 'text': return utf8Decode(bytes);
    case 'json': {
      const text = utf8Decode(bytes);
      try { return JSON.parse(text); } catch (e) { throw withFrames(e, kJsonFrames); }
    }
    case 'arrayBuffer': return bytes.buffer.byteLength === bytes.byteLength && bytes.byteOffset === 0 ? bytes.buffer : bytes.slice().buffer;
    case 'bytes': return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : bytes.slice();
    case 'blob': {
      const mime = bodyMimeType(obj[kHeaders]);
      return new Blob([bytes], { type: mime ? serializeMimeType(mime) : '' });
    }
    case 'formData': return parseFormData(bytes, bodyMimeType(obj[kHeaders]));
  }
  return undefined;
}

function parseFormData(bytes, mime) {
  if (mime && mime.essence === 'multipart/form-data') {
    const boundary = mime.params.get('boundary');
    if (boundary === undefined) throw new TypeError('Failed to parse body as FormData.');
    return parseMultipart(bytes, boundary);
  }
  if (mime && mime.essence === 'application/x-www-form-urlencoded') {
    const fd = new FormData();
    for (const [k, v] of new URLSearchParams(utf8Decode(bytes))) fd.append(k, v);
    return fd;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

function multipartError() { return new TypeError('Failed to parse body as FormData.'); }

const CR = 0x0d, LF = 0x0a;
const isCRLF = (input, p) => input[p] === CR && input[p + 1] === LF;
const startsWithBytes = (input, bytes, p) => input.subarray(p, p + bytes.length).equals(bytes);
// Collects bytes from `pos.p` while `keep(byte)` holds.
function collectBytes(keep, input, pos) {
  const start = pos.p;
  while (pos.p < input.length && keep(input[pos.p])) pos.p++;
  return input.subarray(start, pos.p);
}
const isTabOrSpace = (c) => c === 0x09 || c === 0x20;
function trimBytes(bytes, leading) {
  let a = 0, b = bytes.length;
  while (leading && a < b && isTabOrSpace(bytes[a])) a++;
  while (b > a && isTabOrSpace(bytes[b - 1])) b--;
  return bytes.subarray(a, b);
}
const formDataName = Buffer.from('form-data; name="');
const filenamePrefix = Buffer.from('; filename');

// undici's multipart/form-data name: bytes up to the closing quote (null without one), UTF-8
// decoded, with %0A, %0D and %22 turned back into LF, CR and ".
function parseMultipartName(input, pos) {
  const name = collectBytes((c) => c !== LF && c !== CR && c !== 0x22, input, pos);
  if (input[pos.p] !== 0x22) return null;
  pos.p++;
  return utf8Decode(name).replace(/%0A/ig, '\n').replace(/%0D/ig, '\r').replace(/%22/g, '"');
}

// undici's parse of a part's headers: { name, filename, contentType, encoding } or null.
function parseMultipartHeaders(input, pos) {
  let name = null, filename = null, contentType = null, encoding = null;
  for (;;) {
    if (isCRLF(input, pos.p)) return name === null ? null : { name, filename, contentType, encoding };
    const headerName = trimBytes(collectBytes((c) => c !== LF && c !== CR && c !== 0x3a, input, pos), true).toString('latin1');
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(headerName) || input[pos.p] !== 0x3a) return null;
    pos.p++;
    collectBytes(isTabOrSpace, input, pos);
    const value = () => trimBytes(collectBytes((c) => c !== LF && c !== CR, input, pos), false).toString('latin1');
    switch (headerName.toLowerCase()) {
      case 'content-disposition': {
        name = filename = null;
        if (!startsWithBytes(input, formDataName, pos.p)) return null;
        pos.p += formDataName.length;
        name = parseMultipartName(input, pos);
        if (name === null) return null;
        if (startsWithBytes(input, filenamePrefix, pos.p)) {
          let check = pos.p + filenamePrefix.length;
          if (input[check] === 0x2a) { pos.p++; check++; }
          if (input[check] !== 0x3d || input[check + 1] !== 0x22) return null;
          pos.p += 12;
          filename = parseMultipartName(input, pos);
          if (filename === null) return null;
        }
        break;
      }
      case 'content-type': contentType = value(); break;
      case 'content-transfer-encoding': encoding = value(); break;
      default: collectBytes((c) => c !== LF && c !== CR, input, pos);
    }
    // undici's check (both bytes must differ from CR LF to fail).
    if (input[pos.p] !== CR && input[pos.p + 1] !== LF) return null;
    pos.p += 2;
  }
}

// undici's multipart/form-data parser (the Fetch spec's, allowing leading and trailing CRLFs):
// no preamble, a file part without Content-Type is text/plain, base64 parts are decoded.
function parseMultipart(bytes, boundaryString) {
  const fd = new FormData();
  let input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boundary = Buffer.from(`--${boundaryString}`, 'utf8');
  const pos = { p: 0 };
  while (isCRLF(input, pos.p)) pos.p += 2;
  let trailing = input.length;
  while (input[trailing - 1] === LF && input[trailing - 2] === CR) trailing -= 2;
  input = input.subarray(0, trailing);
  for (;;) {
    if (!startsWithBytes(input, boundary, pos.p)) throw multipartError();
    pos.p += boundary.length;
    if (pos.p === input.length - 2 && input[pos.p] === 0x2d && input[pos.p + 1] === 0x2d) return fd;
    if (!isCRLF(input, pos.p)) throw multipartError();
    pos.p += 2;
    const headers = parseMultipartHeaders(input, pos);
    if (headers === null) throw multipartError();
    pos.p += 2;
    const boundaryIndex = input.indexOf(boundary.subarray(2), pos.p);
    if (boundaryIndex === -1) throw multipartError();
    let body = input.subarray(pos.p, boundaryIndex - 4);
    pos.p += body.length;
    if (headers.encoding === 'base64') body = Buffer.from(body.toString(), 'base64');
    if (!isCRLF(input, pos.p)) throw multipartError();
    pos.p += 2;
    if (headers.filename !== null) {
      let type = headers.contentType ?? 'text/plain';
      if (/[^\x00-\x7f]/.test(type)) type = '';
      fd.append(headers.name, new File([body], headers.filename, { type }));
    } else {
      fd.append(headers.name, utf8Decode(body));
    }
  }
}

function defineBodyMethods(C, name) {
  const check = (self) => {
    if (self === null || typeof self !== 'object' || !(kState in self) || !(self instanceof C)) throw illegalInvocation();
  };
  const methods = {
    blob() { check(this); return consumeBody(this, 'blob', name); },
    arrayBuffer() { check(this); return consumeBody(this, 'arrayBuffer', name); },
    text() { check(this); return consumeBody(this, 'text', name); },
    json() { check(this); return consumeBody(this, 'json', name); },
    formData() { check(this); return consumeBody(this, 'formData', name); },
    bytes() { check(this); return consumeBody(this, 'bytes', name); },
  };
  for (const [k, fn] of Object.entries(methods)) {
    const wrapped = {
      [k]() {
        try { return fn.call(this); } catch (e) { return Promise.reject(e); }
      },
    }[k];
    Object.defineProperty(C.prototype, k, { value: wrapped, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(C.prototype, 'body', {
    get() { check(this); const b = this[kState].body; return b === null ? null : b.stream; },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(C.prototype, 'bodyUsed', {
    get() { check(this); const b = this[kState].body; return b !== null && isDisturbed(b.stream); },
    enumerable: true, configurable: true,
  });
}

// Redefines the listed members in this order, enumerable (as webidl interfaces have them).
function orderProperties(proto, keys) {
  const descs = keys.map((k) => Object.getOwnPropertyDescriptor(proto, k));
  for (const k of keys) delete proto[k];
  keys.forEach((k, i) => Object.defineProperty(proto, k, { ...descs[i], enumerable: true }));
}

// ---- Request ----------------------------------------------------------------------------------

const normalizedMethods = { delete: 'DELETE', get: 'GET', head: 'HEAD', options: 'OPTIONS', post: 'POST', put: 'PUT' };
const forbiddenMethods = new Set(['connect', 'trace', 'track']);
let patchWarned = false;

function checkEnum(value, allowed, ctx) {
  const s = `${value}`;
  if (!allowed.includes(s)) throw new TypeError(`${ctx}: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  return s;
}

function parseURL(input) {
  try {
    return new URL(input);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

function followSignal(parent) {
  const ac = new AbortController();
  if (parent) {
    if (parent.aborted) ac.abort(parent.reason);
    else parent.addEventListener('abort', () => ac.abort(parent.reason), { once: true });
  }
  return ac.signal;
}

function checkRequest(self) {
  if (self === null || typeof self !== 'object' || !(self instanceof Request) || !(kState in self)) throw illegalInvocation();
}

class Request {
  constructor(input, init = {}) {
    if (input === kInternal) return;
    argCount(arguments, 1, 'Request constructor');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError(`Request constructor: Expected ${init} to be one of: Null, Undefined, Object.`);
    }
    if (init == null) init = {};
    let request;
    let signal = null;
    let inputRequest = null;
    if (input instanceof Request && kState in input) {
      inputRequest = input;
      request = input[kState];
      signal = input[kSignal];
    } else {
      const str = toUSVString(input);
      const url = parseURL(str);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${str}`);
      }
      request = {
        method: 'GET', urlList: [url], headersList: new HeadersList(), body: null, mode: 'cors',
        credentials: 'same-origin', cache: 'default', redirect: 'follow', integrity: '', keepalive: false,
        referrer: 'client', referrerPolicy: '', duplex: 'half',
      };
    }
    request = {
      method: request.method,
      urlList: request.urlList.slice(),
      headersList: request.headersList,
      body: request.body,
      mode: request.mode,
      credentials: request.credentials,
      cache: request.cache,
      redirect: request.redirect,
      integrity: request.integrity,
      keepalive: request.keepalive,
      referrer: request.referrer,
      referrerPolicy: request.referrerPolicy,
      duplex: 'half',
      redirectCount: 0,
    };
    if (init.window !== undefined && init.window != null) throw new TypeError("'window' option 'client' must be null");
    if (Object.keys(init).length > 0 || ('mode' in init) || ('method' in init)) {
      if (request.mode === 'navigate') request.mode = 'same-origin';
      request.referrer = 'client';
    }
    if (init.referrer !== undefined) {
      const referrer = toUSVString(init.referrer);
      if (referrer === '') request.referrer = 'no-referrer';
      else {
        let parsed;
        try { parsed = new URL(referrer); } catch (err) { throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err }); }
        request.referrer = parsed.protocol === 'about:' && parsed.hostname === 'client' ? 'client' : parsed;
      }
    }
    if (init.referrerPolicy !== undefined) {
      request.referrerPolicy = checkEnum(init.referrerPolicy, ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'], 'Request constructor');
    }
    if (init.mode !== undefined) {
      const mode = `${init.mode}`;
      if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      request.mode = checkEnum(mode, ['navigate', 'same-origin', 'no-cors', 'cors'], 'Request constructor');
    }
    if (init.credentials !== undefined) request.credentials = checkEnum(init.credentials, ['omit', 'same-origin', 'include'], 'Request constructor');
    if (init.cache !== undefined) {
      request.cache = checkEnum(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'], 'Request constructor');
      if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') {
        throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
      }
    }
    if (init.redirect !== undefined) request.redirect = checkEnum(init.redirect, ['follow', 'manual', 'error'], 'Request constructor');
    if (init.integrity != null) request.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) request.keepalive = Boolean(init.keepalive);
    if (init.method !== undefined) {
      let method = toByteString(init.method);
      if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const lower = method.toLowerCase();
      if (forbiddenMethods.has(lower)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalizedMethods[lower] !== undefined) method = normalizedMethods[lower];
      else if (method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      request.method = method;
    }
    if (init.signal !== undefined) {
      signal = init.signal;
      if (signal !== null && !(signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
    }
    this[kState] = request;
    this[kSignal] = followSignal(signal);

    const headers = newHeaders('request');
    this[kHeaders] = headers;
    if (init.headers !== undefined) {
      if (request.mode === 'no-cors') headers[kGuard] = 'request-no-cors';
      request.headersList = headers[kList];
      fillHeaders(headers, init.headers);
    } else {
      request.headersList = new HeadersList(request.headersList);
      headers[kList] = request.headersList;
    }
    const inputBody = inputRequest ? inputRequest[kState].body : null;
    if ((init.body != null || inputBody != null) && (request.method === 'GET' || request.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let initBody = null;
    if (init.body != null) {
      const [extracted, contentType] = extractBody(init.body, request.keepalive);
      initBody = extracted;
      if (contentType && !headers[kList].contains('content-type')) headers[kList].append('content-type', contentType);
    }
    const inputOrInitBody = initBody || inputBody;
    if (inputOrInitBody != null && inputOrInitBody.source == null) {
      if (initBody != null && init.duplex == null) throw new TypeError('RequestInit: duplex option is required when sending a body.');
      if (request.mode !== 'same-origin' && request.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    if (init.duplex !== undefined) checkEnum(init.duplex, ['half'], 'Request constructor');
    let finalBody = inputOrInitBody;
    if (initBody == null && inputBody != null) {
      if (bodyUnusable(inputBody)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      // Move the input's body over (undici pipes it through an identity transform).
      const { TransformStream } = require('stream/web');
      finalBody = {
        source: inputBody.source, length: inputBody.length, parts: inputBody.parts,
        stream: inputBody.stream.pipeThrough(new TransformStream()),
      };
    }
    request.body = finalBody;
  }
  get method() { checkRequest(this); return this[kState].method; }
  get url() { checkRequest(this); return this[kState].urlList[0].href; }
  get headers() { checkRequest(this); return this[kHeaders]; }
  get destination() { checkRequest(this); return ''; }
  get referrer() {
    checkRequest(this);
    const r = this[kState].referrer;
    if (r === 'no-referrer') return '';
    if (r === 'client') return 'about:client';
    return r.href;
  }
  get referrerPolicy() { checkRequest(this); return this[kState].referrerPolicy; }
  get mode() { checkRequest(this); return this[kState].mode; }
  get credentials() { checkRequest(this); return this[kState].credentials; }
  get cache() { checkRequest(this); return this[kState].cache; }
  get redirect() { checkRequest(this); return this[kState].redirect; }
  get integrity() { checkRequest(this); return this[kState].integrity; }
  get keepalive() { checkRequest(this); return this[kState].keepalive; }
  get isReloadNavigation() { checkRequest(this); return false; }
  get isHistoryNavigation() { checkRequest(this); return false; }
  get signal() { checkRequest(this); return this[kSignal]; }
  get duplex() { checkRequest(this); return 'half'; }
  clone() {
    checkRequest(this);
    if (bodyUnusable(this[kState].body)) throw new TypeError('unusable');
    const r = new Request(kInternal);
    const s = this[kState];
    r[kState] = { ...s, urlList: s.urlList.slice(), headersList: new HeadersList(s.headersList), body: s.body ? cloneBody(s.body) : null };
    r[kHeaders] = newHeaders(this[kHeaders][kGuard], r[kState].headersList);
    r[kSignal] = followSignal(this[kSignal]);
    return r;
  }
  [kInspect](depth, options) {
    checkRequest(this);
    return inspectAs('Request', {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect, integrity: this.integrity,
      keepalive: this.keepalive, isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation, signal: this.signal,
    }, depth, options);
  }
}
defineBodyMethods(Request, 'Request');
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });
orderProperties(Request.prototype, ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
  'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal',
  'body', 'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
// undici defines an enumerable, read-only `attribute` (undefined) on Request.prototype; node shows it.
Object.defineProperty(Request.prototype, 'attribute', { value: undefined, enumerable: true });

// ---- Response ---------------------------------------------------------------------------------

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);

function checkResponse(self) {
  if (self === null || typeof self !== 'object' || !(self instanceof Response) || !(kState in self)) throw illegalInvocation();
}

function toUnsignedShort(v) {
  let n = Number(v);
  if (!Number.isFinite(n)) return 0;
  n = Math.trunc(n) % 65536;
  return n < 0 ? n + 65536 : n;
}

function makeResponseState(init) {
  return {
    type: 'default', status: 200, statusText: '', urlList: [], headersList: new HeadersList(), body: null,
    aborted: false, ...init,
  };
}

function initializeResponse(response, init, body) {
  if (init.status != null && (init.status < 200 || init.status > 599)) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if (init.statusText != null) {
    const text = toByteString(init.statusText);
    if (/[^\t\u0020-\u007e\u0080-\u00ff]/.test(text)) throw new TypeError('Invalid statusText');
  }
  const state = response[kState];
  if (init.status != null) state.status = toUnsignedShort(init.status);
  if (init.statusText != null) state.statusText = toByteString(init.statusText);
  if (init.headers != null) fillHeaders(response[kHeaders], init.headers);
  if (body) {
    if (nullBodyStatus.has(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    state.body = body.body;
    if (body.type != null && !state.headersList.contains('content-type')) state.headersList.append('content-type', body.type);
  }
}

function makeResponse(state, guard) {
  const r = new Response(kInternal);
  r[kState] = state;
  r[kHeaders] = newHeaders(guard, state.headersList);
  return r;
}

function convertResponseInit(init) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`undefined: Expected ${init} to be one of: Null, Undefined, Object.`);
  }
  return init == null ? {} : init;
}

class Response {
  constructor(body = null, init = {}) {
    if (body === kInternal) return;
    init = convertResponseInit(init);
    this[kState] = makeResponseState();
    this[kHeaders] = newHeaders('response', this[kState].headersList);
    let bodyWithType = null;
    if (body != null) {
      const [extracted, type] = extractBody(body);
      bodyWithType = { body: extracted, type };
    }
    initializeResponse(this, init, bodyWithType);
  }
  static error() {
    return makeResponse(makeResponseState({ type: 'error', status: 0 }), 'immutable');
  }
  static json(data, init = {}) {
    argCount(arguments, 1, 'Response.json');
    init = convertResponseInit(init);
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const [body] = extractBody(encoder.encode(text));
    const r = makeResponse(makeResponseState(), 'response');
    initializeResponse(r, init, { body, type: 'application/json' });
    return r;
  }
  static redirect(url, status = 302) {
    argCount(arguments, 1, 'Response.redirect');
    const parsed = parseURL(toUSVString(url));
    status = toUnsignedShort(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = makeResponse(makeResponseState({ status }), 'immutable');
    r[kState].headersList.append('location', parsed.href);
    return r;
  }
  get type() { checkResponse(this); return this[kState].type; }
  get url() {
    checkResponse(this);
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const u = new URL(list[list.length - 1].href);
    u.hash = '';
    return u.href;
  }
  get redirected() { checkResponse(this); return this[kState].urlList.length > 1; }
  get status() { checkResponse(this); return this[kState].status; }
  get ok() { checkResponse(this); const s = this[kState].status; return s >= 200 && s <= 299; }
  get statusText() { checkResponse(this); return this[kState].statusText; }
  get headers() { checkResponse(this); return this[kHeaders]; }
  clone() {
    checkResponse(this);
    if (bodyUnusable(this[kState].body)) throw new TypeError('Response.clone: Body has already been consumed.');
    const s = this[kState];
    const state = { ...s, urlList: s.urlList.slice(), headersList: new HeadersList(s.headersList), body: s.body ? cloneBody(s.body) : null };
    return makeResponse(state, this[kHeaders][kGuard]);
  }
  [kInspect](depth, options) {
    checkResponse(this);
    return inspectAs('Response', {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    }, depth, options);
  }
}
defineBodyMethods(Response, 'Response');
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });
orderProperties(Response.prototype, ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body',
  'bodyUsed', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
for (const k of ['error', 'json', 'redirect']) Object.defineProperty(Response, k, { enumerable: true });

// ---- fetch ------------------------------------------------------------------------------------

function networkError(cause) {
  const err = cause instanceof Error ? cause : new Error(cause ? String(cause) : cause);
  return new TypeError('fetch failed', { cause: err });
}

function abortReason(signal) {
  const r = signal.reason;
  return r === undefined ? new DOMException('This operation was aborted', 'AbortError') : r;
}

// data: URLs (WHATWG fetch "data: URL processor").
function percentDecode(str) {
  const bytes = encoder.encode(str);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length + 0 && /^[0-9A-Fa-f]{2}$/.test(String.fromCharCode(bytes[i + 1], bytes[i + 2]))) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

function processDataURL(url) {
  let input = url.href.slice(5);
  const hash = input.indexOf('#');
  if (hash !== -1) input = input.slice(0, hash);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mimeType = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let body = percentDecode(input.slice(comma + 1));
  if (/;[\u0020]*base64$/i.test(mimeType)) {
    const s = Buffer.from(body).toString('latin1').replace(/[\t\n\f\r ]/g, '');
    let t = s;
    if (t.length % 4 === 0) t = t.replace(/==?$/, '');
    if (t.length % 4 === 1 || /[^+/0-9A-Za-z]/.test(t)) return null;
    body = new Uint8Array(Buffer.from(t, 'base64'));
    mimeType = mimeType.replace(/;[\u0020]*base64$/i, '');
  }
  if (mimeType.startsWith(';')) mimeType = 'text/plain' + mimeType;
  const parsed = parseMimeType(mimeType);
  return { mimeType: parsed ? serializeMimeType(parsed) : 'text/plain;charset=US-ASCII', body };
}

let httpAgent = null;
let httpsAgent = null;
function agent(secure) {
  if (secure) {
    if (httpsAgent === null) httpsAgent = new (require('https').Agent)({ keepAlive: true });
    return httpsAgent;
  }
  if (httpAgent === null) httpAgent = new (require('http').Agent)({ keepAlive: true });
  return httpAgent;
}

const defaultHeaders = [
  ['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'], ['user-agent', 'node'],
  ['accept-encoding', 'gzip, deflate'],
];

// A deflate decoder that takes zlib-wrapped and raw deflate data alike (as undici's does).
function createInflate(zlib, opts) {
  const { Transform } = require('stream');
  let inner = null;
  return new Transform({
    transform(chunk, encoding, callback) {
      if (inner === null) {
        if (chunk.length === 0) { callback(); return; }
        inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
        inner.on('data', (d) => this.push(d));
        inner.on('error', (err) => this.destroy(err));
      }
      inner.write(chunk, callback);
    },
    flush(callback) {
      if (inner === null) { callback(); return; }
      inner.once('end', () => callback());
      inner.end();
    },
  });
}

function createDecoders(codings) {
  const zlib = require('zlib');
  const decoders = [];
  const opts = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i];
    if (coding === 'x-gzip' || coding === 'gzip') decoders.push(zlib.createGunzip(opts));
    else if (coding === 'deflate') decoders.push(createInflate(zlib, opts));
    else if (coding === 'br' && typeof zlib.createBrotliDecompress === 'function') decoders.push(zlib.createBrotliDecompress());
    else return [];
  }
  return decoders;
}

// undici's errors: an UndiciError with its code, both marked by registered symbols; those its
// dispatcher throws for a request's headers show its frames.
const kUndiciError = Symbol.for('undici.error.UND_ERR');
class UndiciError extends Error {
  [kUndiciError] = true;
  constructor(message) {
    super(message);
    this.name = 'UndiciError';
    this.code = 'UND_ERR';
  }
}
const kInvalidArgumentError = Symbol.for('undici.error.UND_ERR_INVALID_ARG');
class InvalidArgumentError extends UndiciError {
  [kInvalidArgumentError] = true;
  constructor(message) {
    super(message);
    this.name = 'InvalidArgumentError';
    this.code = 'UND_ERR_INVALID_ARG';
  }
}
const kNotSupportedError = Symbol.for('undici.error.UND_ERR_NOT_SUPPORTED');
class NotSupportedError extends UndiciError {
  [kNotSupportedError] = true;
  constructor(message) {
    super(message);
    this.name = 'NotSupportedError';
    this.code = 'UND_ERR_NOT_SUPPORTED';
  }
}
const kMismatchError = Symbol.for('undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH');
class RequestContentLengthMismatchError extends UndiciError {
  [kMismatchError] = true;
  constructor(message) {
    super(message);
    this.name = 'RequestContentLengthMismatchError';
    this.message = message || 'Request body length does not match content-length header';
    this.code = 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH';
  }
}
const kMismatchFrames = ['AsyncWriter.end (node:internal/deps/undici/undici:6916:19)', 'writeIterable (node:internal/deps/undici/undici:6819:16)'];
const kDispatchFrames = ['new Request (node:internal/deps/undici/undici:2136:15)', '[dispatch] (node:internal/deps/undici/undici:7944:25)',
  'Intercept (node:internal/deps/undici/undici:7677:20)', '[Intercepted Dispatch] (node:internal/deps/undici/undici:707:16)',
  'Client.dispatch (node:internal/deps/undici/undici:723:44)', '[dispatch] (node:internal/deps/undici/undici:954:32)',
  'Pool.dispatch (node:internal/deps/undici/undici:723:44)', '[dispatch] (node:internal/deps/undici/undici:8372:27)',
  'Agent.Intercept (node:internal/deps/undici/undici:7677:20)'];
// (The first dispatch to an origin makes its pool: one more frame there, none of the Agent's.)
const kFirstDispatchFrames = [...kDispatchFrames.slice(0, 6), '[Intercepted Dispatch] (node:internal/deps/undici/undici:700:33)', ...kDispatchFrames.slice(6, 8)];
const dispatchedOrigins = new Set();
function undiciError(ErrorClass, message, at, first) {
  return withFrames(new ErrorClass(message), [`processHeader (node:internal/deps/undici/undici:${at})`, ...(first ? kFirstDispatchFrames : kDispatchFrames)]);
}

const kSocketError = Symbol.for('undici.error.UND_ERR_SOCKET');
class SocketError extends UndiciError {
  [kSocketError] = true;
  constructor(message, socket) {
    super(message);
    this.name = 'SocketError';
    this.code = 'UND_ERR_SOCKET';
    this.socket = socket;
  }
}

// The socket's addresses and counters, as undici attaches them to a SocketError.
function socketInfo(socket) {
  if (socket == null) return undefined;
  return {
    localAddress: socket.localAddress,
    localPort: socket.localPort,
    remoteAddress: socket.remoteAddress,
    remotePort: socket.remotePort,
    remoteFamily: socket.remoteFamily,
    timeout: socket.timeout,
    bytesWritten: socket.bytesWritten,
    bytesRead: socket.bytesRead,
  };
}

// undici's error for a connection the server ended, made in its socket's 'end' listener; and the
// TypeError of a body cut by it, made where undici terminates the fetch.
const kOtherSideClosedFrames = ['Socket.<anonymous> (node:internal/deps/undici/undici:6436:28)', 'Socket.emit (node:events:536:35)',
  'endReadableNT (node:internal/streams/readable:1698:12)', 'process.processTicksAndRejections (node:internal/process/task_queues:82:21)'];
const kTerminatedFrames = ['Fetch.onAborted (node:internal/deps/undici/undici:11350:53)', 'Fetch.emit (node:events:524:28)',
  'Fetch.terminate (node:internal/deps/undici/undici:10508:14)', 'Object.onError (node:internal/deps/undici/undici:11473:38)',
  'Request.onError (node:internal/deps/undici/undici:2232:31)', 'Object.errorRequest (node:internal/deps/undici/undici:1726:17)',
  'Socket.<anonymous> (node:internal/deps/undici/undici:6461:16)', 'Socket.emit (node:events:536:35)', 'TCP.<anonymous> (node:net:343:12)'];
function otherSideClosed(socket) {
  return withFrames(new SocketError('other side closed', socketInfo(socket)), kOtherSideClosedFrames);
}

function translateSocketError(err, socket) {
  if (err && err.code === 'ECONNRESET' && (err.message === 'socket hang up' || err.message === 'aborted')) {
    return otherSideClosed(socket);
  }
  return err;
}

// One HTTP request/response exchange; resolves with { req, res } once the headers arrive. A
// request that fails on a reused keep-alive connection before any response is sent again on a
// fresh one when its body can be replayed.
function httpNetworkFetch(request, url, signal, onAbortHook) {
  const headers = [];
  headers.push('host', url.host);
  headers.push('connection', 'keep-alive');
  const list = request.headersList;
  let contentLength = null;
  const first = !dispatchedOrigins.has(url.origin);
  dispatchedOrigins.add(url.origin);
  for (const [name, value] of list.rawEntries()) {
    const lower = name.toLowerCase();
    if (lower === 'host') continue;
    // undici's dispatcher takes these headers itself (processHeader): a connection of 'close'
    // or 'keep-alive' only, the body's framing, no keep-alive, upgrade or expect.
    if (lower === 'connection') {
      const v = value.toLowerCase();
      if (v !== 'close' && v !== 'keep-alive') return Promise.reject(networkError(undiciError(InvalidArgumentError, 'invalid connection header', '2312:17', first)));
      headers[3] = v;
      continue;
    }
    if (lower === 'content-length') {
      if (!Number.isFinite(parseInt(value, 10))) return Promise.reject(networkError(undiciError(InvalidArgumentError, 'invalid content-length header', '2302:17', first)));
      contentLength = value;
      continue;
    }
    if (lower === 'keep-alive' || lower === 'upgrade' || lower === 'transfer-encoding') {
      return Promise.reject(networkError(undiciError(InvalidArgumentError, `invalid ${lower} header`, '2308:15', first)));
    }
    if (lower === 'expect') return Promise.reject(networkError(undiciError(NotSupportedError, 'expect header not supported', '2318:15', first)));
    headers.push(name, value);
  }
  for (const [name, value] of defaultHeaders) if (!list.contains(name)) headers.push(name, value);
  const body = request.body;
  // (undici writes the framing last, in lower case: content-length as given or the body's, else
  // chunked for a body of unknown length.)
  if (body === null) contentLength = null; // (no body: the rule for none stands)
  if (contentLength !== null) headers.push('content-length', contentLength);
  else if (body !== null) headers.push(...(body.length !== null ? ['content-length', String(body.length)] : ['transfer-encoding', 'chunked']));
  else if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH') headers.push('content-length', '0');
  let hostname = url.hostname;
  if (hostname.startsWith('[')) hostname = hostname.slice(1, -1);
  const parts = body === null ? [] : bodySourceParts(body);
  if (body !== null && parts !== null) {
    // The stream is what the spec reads; mark it used even though the parts go on the wire.
    const st = streamState(body.stream);
    if (st) st.disturbed = true;
  }
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const http = require(secure ? 'https' : 'http');
    let settled = false;
    const fail = (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    const attempt = (retry) => {
      let req;
      try {
        req = http.request({
          host: hostname,
          port: url.port || (secure ? 443 : 80),
          path: `${url.pathname}${url.search}`,
          method: request.method,
          headers,
          agent: agent(secure),
          // undici writes the method as the request holds it ('patch' stays 'patch').
          [kRawMethod]: true,
        });
      } catch (err) {
        fail(networkError(err));
        return;
      }
      let gotResponse = false;
      // undici checks the bytes written against a content-length given once the body is sent.
      let written = 0;
      const lengthShort = () => {
        if (contentLength === null || written >= parseInt(contentLength, 10)) return false;
        const err = withFrames(new RequestContentLengthMismatchError(), kMismatchFrames);
        req.destroy();
        fail(networkError(err));
        return true;
      };
      onAbortHook.current = () => {
        const reason = abortReason(signal);
        req.destroy();
        fail(reason);
      };
      req.on('error', (err) => {
        if (settled) return;
        if (retry && !gotResponse && req.reusedSocket && parts !== null && err && err.code === 'ECONNRESET') {
          attempt(false);
          return;
        }
        fail(networkError(translateSocketError(err, req.socket)));
      });
      req.on('response', (res) => {
        gotResponse = true;
        if (settled) { res.destroy(); return; }
        settled = true;
        resolve({ req, res });
      });
      if (body === null) {
        req.end();
      } else if (parts !== null) {
        (async () => {
          for (const p of parts) {
            const bytes = isBlobLike(p) ? (blobBytesSync(p) || new Uint8Array(await p.arrayBuffer())) : p;
            if (req.destroyed) return;
            if (bytes.byteLength) req.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
            written += bytes.byteLength;
          }
          if (lengthShort()) return;
          req.end();
        })().catch((err) => { req.destroy(err); fail(networkError(err)); });
      } else {
        // A stream body: read it and send it chunked.
        const reader = body.stream.getReader();
        const pump = () => {
          reader.read().then(({ done, value }) => {
            if (req.destroyed) return;
            if (done) {
              if (!lengthShort()) req.end();
              return;
            }
            written += value.byteLength;
            if (!(value instanceof Uint8Array)) {
              const err = new TypeError('Received non-Uint8Array chunk');
              req.destroy(err);
              fail(networkError(err));
              return;
            }
            if (req.write(Buffer.from(value.buffer, value.byteOffset, value.byteLength))) pump();
            else req.once('drain', pump);
          }, (err) => {
            req.destroy();
            fail(networkError(err));
          });
        };
        pump();
      }
    };
    attempt(true);
  });
}

// The response body as a web byte stream fed by the http response (through decoders).
function responseBodyStream(res, decoders, signal, cleanup) {
  let source = res;
  for (const d of decoders) source = source.pipe(d);
  let controllerRef;
  let finished = false;
  const onAbort = () => {
    if (finished) return;
    finished = true;
    // Aborted before the body was touched: undici errors it with its own AbortError.
    const reason = isDisturbed(stream) || stream.locked ? abortReason(signal) : new DOMException('The operation was aborted.', 'AbortError');
    res.destroy();
    for (const d of decoders) d.destroy();
    try { controllerRef.error(reason); } catch { /* already closed */ }
    cleanup();
  };
  const stream = new ReadableStream({
    type: 'bytes',
    start(controller) {
      controllerRef = controller;
      source.on('data', (chunk) => {
        if (finished) return;
        if (chunk.byteLength) controller.enqueue(new Uint8Array(chunk));
        if (controller.desiredSize !== null && controller.desiredSize < -65536) source.pause();
      });
      source.on('end', () => {
        if (finished) return;
        finished = true;
        closeByteController(controller);
        cleanup();
      });
      const onError = (err) => {
        if (finished) return;
        finished = true;
        const e = withFrames(new TypeError('terminated', { cause: translateSocketError(err, res.socket) }), kTerminatedFrames);
        try { controller.error(e); } catch { /* closed */ }
        cleanup();
      };
      source.on('error', onError);
      for (const d of decoders) if (d !== source) d.on('error', onError);
      if (source !== res) res.on('error', onError);
      res.on('aborted', () => onError(otherSideClosed(res.socket)));
    },
    pull() { if (source.isPaused()) source.resume(); },
    cancel() {
      finished = true;
      res.destroy();
      for (const d of decoders) d.destroy();
      cleanup();
    },
  });
  return { stream, onAbort };
}

const badPorts = new Set(['1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25', '37', '42', '43',
  '53', '69', '77', '79', '87', '95', '101', '102', '103', '104', '109', '110', '111', '113', '115', '117', '119', '123',
  '135', '137', '139', '143', '161', '179', '389', '427', '465', '512', '513', '514', '515', '526', '530', '531', '532',
  '540', '548', '554', '556', '563', '587', '601', '636', '989', '990', '993', '995', '1719', '1720', '1723', '2049',
  '3659', '4045', '4190', '5060', '5061', '6000', '6566', '6665', '6666', '6667', '6668', '6669', '6679', '6697',
  '10080']);

function sameOrigin(a, b) {
  return a.protocol === b.protocol && a.hostname === b.hostname && a.port === b.port;
}

// undici's parse of a single `Range` value (whitespace allowed): { start, end } (null when
// absent) or null for a failure. An open-ended range fails, as undici's start > end check
// compares against null.
function simpleRangeHeaderValue(value) {
  const m = /^bytes[\t ]*=[\t ]*([0-9]*)[\t ]*-[\t ]*([0-9]*)$/.exec(value);
  if (m === null) return null;
  const start = m[1].length ? Number(m[1]) : null;
  const end = m[2].length ? Number(m[2]) : null;
  if (start === null && end === null) return null;
  if (start > end) return null;
  return { start, end };
}

// A blob: URL's response as undici's scheme fetch builds it (a `Range` gives 206 with the
// slice undici takes, whose end it leaves exclusive).
function blobFetch(request, url) {
  if (url.search.length !== 0) throw networkError('NetworkError when attempting to fetch resource.');
  const blob = require('buffer').resolveObjectURL(url.href);
  if (request.method !== 'GET' || !isBlobLike(blob)) throw networkError('invalid method');
  const fullLength = blob.size;
  const type = blob.type;
  const headersList = new HeadersList();
  const state = { type: 'basic', urlList: request.urlList.slice(), headersList };
  let body = blob;
  const rangeHeader = request.headersList.get('range');
  if (rangeHeader === null) {
    state.statusText = 'OK';
    headersList.set('content-length', `${fullLength}`);
  } else {
    const range = simpleRangeHeaderValue(rangeHeader);
    if (range === null) throw networkError('failed to fetch the data URL');
    let { start, end } = range;
    if (start === null) {
      start = fullLength - end;
      end = start + end - 1;
    } else {
      if (start >= fullLength) throw networkError('Range start is greater than the blob\'s size.');
      if (end === null || end >= fullLength) end = fullLength - 1;
    }
    body = blob.slice(start, end, type);
    state.status = 206;
    state.statusText = 'Partial Content';
    headersList.set('content-length', `${body.size}`);
    headersList.set('content-range', `bytes ${start}-${end}/${fullLength}`);
  }
  headersList.set('content-type', type);
  state.body = extractBody(body)[0];
  return makeResponseState(state);
}

async function mainFetch(request, signal) {
  const hook = { current: null };
  const abortListener = () => { if (hook.current) hook.current(); };
  signal.addEventListener('abort', abortListener);
  let keepListener = false;
  try {
    for (;;) {
      const url = request.urlList[request.urlList.length - 1];
      const scheme = url.protocol;
      if (scheme === 'data:') {
        const data = processDataURL(url);
        if (data === null) throw networkError('failed to fetch the data URL');
        const headersList = new HeadersList();
        headersList.append('Content-Type', data.mimeType);
        return makeResponseState({
          type: 'basic', statusText: 'OK', urlList: request.urlList.slice(), headersList,
          body: { stream: streamFromBytes(data.body), source: data.body, length: data.body.byteLength },
        });
      }
      if (scheme === 'about:') throw schemeError('about scheme is not supported', 10819);
      if (scheme === 'blob:') return blobFetch(request, url);
      if (scheme === 'file:') throw schemeError('not implemented... yet...', 10891);
      if (scheme !== 'http:' && scheme !== 'https:') throw schemeError('unknown scheme', 10898);
      if (badPorts.has(url.port)) {
        const err = networkError('bad port');
        atFetchCall(err.cause, kBadPortFrames);
        throw err;
      }

      if (signal.aborted) throw abortReason(signal);
      const { req, res } = await httpNetworkFetch(request, url, signal, hook);
      const status = res.statusCode;
      const headersList = new HeadersList();
      const raw = res.rawHeaders;
      for (let i = 0; i + 1 < raw.length; i += 2) headersList.append(raw[i].toLowerCase(), raw[i + 1]);
      const location = headersList.get('location');
      if (redirectStatus.has(status) && location !== null && request.redirect !== 'manual') {
        if (request.redirect === 'error') {
          res.destroy();
          throw networkError('unexpected redirect');
        }
        res.resume();
        let next;
        try {
          next = new URL(location, url);
        } catch (err) {
          throw networkError(err);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw networkError('URL scheme must be a HTTP(S) scheme');
        if (request.redirectCount === 20) throw networkError('redirect count exceeded');
        request.redirectCount++;
        if (status !== 303 && request.body !== null && bodySourceParts(request.body) === null) {
          throw networkError();
        }
        if (((status === 301 || status === 302) && request.method === 'POST') ||
            (status === 303 && request.method !== 'GET' && request.method !== 'HEAD')) {
          request.method = 'GET';
          request.body = null;
          for (const h of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
            request.headersList.delete(h);
          }
        }
        if (!sameOrigin(url, next)) {
          for (const h of ['authorization', 'proxy-authorization', 'cookie', 'host']) request.headersList.delete(h);
        }
        if (request.body !== null) {
          const parts = bodySourceParts(request.body);
          request.body = { ...request.body, stream: streamFromParts(parts) };
        }
        request.urlList.push(next);
        continue;
      }
      hook.current = null;
      let decoders = [];
      const coding = headersList.get('content-encoding');
      if (coding !== null && request.method !== 'HEAD' && request.method !== 'CONNECT' &&
          !nullBodyStatus.has(status) && !redirectStatus.has(status)) {
        decoders = createDecoders(coding.toLowerCase().split(',').map((x) => x.trim()).filter(Boolean));
      }
      let body = null;
      // (the spec's main fetch: no body for a null body status or a HEAD/CONNECT request)
      if (nullBodyStatus.has(status) || request.method === 'HEAD' || request.method === 'CONNECT') {
        res.resume();
        hook.current = null;
      } else {
        const cleanup = () => signal.removeEventListener('abort', abortListener);
        const { stream, onAbort } = responseBodyStream(res, decoders, signal, cleanup);
        hook.current = onAbort;
        keepListener = true;
        body = { stream, source: null, length: null };
      }
      void req;
      return makeResponseState({
        type: 'basic', status, statusText: res.statusMessage || '', urlList: request.urlList.slice(), headersList, body,
      });
    }
  } finally {
    if (!keepListener) signal.removeEventListener('abort', abortListener);
  }
}

// undici's fetch() recaptures the stack of what it rejects with, in its async function's
// continuation: node's one frame there (plus `at async` callers, which rjs does not track).
// Rejected after fetch() returned, node's continuation ran from processTicksAndRejections
// (what settled it queued ticks: a socket's error, an abort). An uncaught rejection's report
// shows that line of undici (as it shows a throw's).
const kFetchFrames = ['node:internal/deps/undici/undici:14976:13'];
const kFetchLaterFrames = [...kFetchFrames, 'process.processTicksAndRejections (node:internal/process/task_queues:95:5)'];
const kFetchThrow = 'node:internal/deps/undici/undici:14976\n      Error.captureStackTrace(err);\n            ^\n';
let inFetchCall = false; // fetch() runs synchronously
// Whether the rejecting code runs from a microtask checkpoint with no ticks run before it
// (fetch() failing at once in the main script): node's continuation has no frame below then.
function fromBareCheckpoint() {
  const limit = Error.stackTraceLimit;
  let stack;
  try {
    Error.stackTraceLimit = 50;
    stack = new Error().stack;
  } catch { return false; } finally { Error.stackTraceLimit = limit; }
  if (typeof stack !== 'string') return false;
  return stack.split('\n').slice(1).every((l) => l.includes('(node:internal/fetch:'));
}
function undiciStack(err) {
  withFrames(err, fromBareCheckpoint() ? kFetchFrames : kFetchLaterFrames);
  if (err !== null && typeof err === 'object') require('internal/loop').markThrow(err, kFetchThrow);
  return err;
}

// An error made while fetch() runs synchronously (a url it cannot parse, a bad port): node's
// frames of undici's fetch in place of rjs's, the caller's kept.
const kFetchCallFrames = ['fetch (node:internal/deps/undici/undici:14974:10)', 'fetch (node:internal/bootstrap/web/exposed-window-or-worker:72:12)'];
const kParseUrlFrames = ['new URL (node:internal/url:806:29)', 'new Request (node:internal/deps/undici/undici:9804:25)',
  'fetch (node:internal/deps/undici/undici:10533:25)', ...kFetchCallFrames];
const kBadPortFrames = ['makeNetworkError (node:internal/deps/undici/undici:9495:35)', 'mainFetch (node:internal/deps/undici/undici:10721:20)',
  'fetching (node:internal/deps/undici/undici:10707:7)', 'fetch (node:internal/deps/undici/undici:10576:20)', ...kFetchCallFrames];
// (schemeFetch's failures, at undici's line `line`)
const schemeFrames = (line) => ['makeNetworkError (node:internal/deps/undici/undici:9495:35)', `schemeFetch (node:internal/deps/undici/undici:${line}:34)`,
  'node:internal/deps/undici/undici:10740:26', 'mainFetch (node:internal/deps/undici/undici:10759:11)',
  'fetching (node:internal/deps/undici/undici:10707:7)', 'fetch (node:internal/deps/undici/undici:10576:20)', ...kFetchCallFrames];
function atFetchCall(err, frames) {
  const stack = err !== null && typeof err === 'object' ? err.stack : undefined;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at '));
  let end = -1;
  for (let i = lines.length - 1; i >= 0 && end === -1; i--) {
    if (lines[i].includes('(node:internal/fetch:') || lines[i] === '    at new Promise (<anonymous>)') end = i;
  }
  if (at === -1 || end < at) return;
  const shown = [...frames.map((f) => `    at ${f}`), ...lines.slice(end + 1)];
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number' && limit >= 0 && shown.length > limit) shown.length = limit;
  err.stack = [...lines.slice(0, at), ...shown].join('\n');
}
// A network error of mainFetch's scheme fetch, made while fetch() runs (after a redirect,
// undici's frames are others: left as they are).
function schemeError(msg, line) {
  const err = networkError(msg);
  if (inFetchCall) atFetchCall(err.cause, schemeFrames(line));
  return err;
}

function fetch(input, init = undefined) {
  return new Promise((resolve, rejectWith) => {
    inFetchCall = true;
    try { fetchCall(input, init, resolve, rejectWith); } finally { inFetchCall = false; }
  });
}
function fetchCall(input, init, resolve, rejectWith) {
  // (undici rejects from an async function's continuation: a failure found at once is
  // rejected from a microtask too, whose place the stack shows)
  const reject = (err) => {
    if (inFetchCall) Promise.resolve().then(() => rejectWith(undiciStack(err)));
    else rejectWith(undiciStack(err));
  };
  let requestObject;
  try {
    requestObject = new Request(input, init);
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.cause instanceof TypeError && err.cause.code === 'ERR_INVALID_URL') atFetchCall(err.cause, kParseUrlFrames);
    reject(err);
    return;
  }
  const signal = requestObject[kSignal];
  if (signal.aborted) {
    reject(abortReason(signal));
    return;
  }
  const state = requestObject[kState];
  const request = { ...state, urlList: state.urlList.slice(), headersList: new HeadersList(state.headersList), redirectCount: 0 };
  mainFetch(request, signal).then((responseState) => {
    resolve(makeResponse(responseState, 'immutable'));
  }, reject);
}
Object.defineProperty(fetch, 'length', { value: 1 });

module.exports = { fetch, Headers, Request, Response, FormData };
