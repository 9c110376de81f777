// Web-platform globals node provides: TextEncoder/TextDecoder, Event/EventTarget/CustomEvent,
// AbortController/AbortSignal, DOMException, structuredClone.
'use strict';

const { codes } = require('internal/errors');

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    const s = String(input);
    const out = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; } else c = 0xfffd;
      } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }
  encodeInto(src, dest) {
    const bytes = this.encode(src);
    const n = Math.min(bytes.length, dest.length);
    dest.set(bytes.subarray(0, n));
    return { read: src.length, written: n };
  }
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const enc = String(encoding).trim().toLowerCase();
    const map = { 'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', ascii: 'windows-1252', 'windows-1252': 'windows-1252' };
    if (!map[enc]) {
      const e = new RangeError(`The "${encoding}" encoding is not supported`);
      e.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw e;
    }
    this._enc = map[enc];
    this.fatal = !!options.fatal;
    this.ignoreBOM = !!options.ignoreBOM;
  }
  get encoding() { return this._enc; }
  decode(input = new Uint8Array(0), options = {}) {
    let bytes;
    if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    if (this._enc === 'windows-1252') return String.fromCharCode(...bytes);
    if (this._enc === 'utf-16le') {
      let s = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      if (!this.ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      return s;
    }
    let s = '';
    let i = 0;
    const fail = () => {
      if (this.fatal) {
        const e = new TypeError('The encoded data was not valid for encoding utf-8');
        e.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
        throw e;
      }
      return '\ufffd';
    };
    while (i < bytes.length) {
      const b = bytes[i];
      if (b < 0x80) { s += String.fromCharCode(b); i++; continue; }
      let need = 0, cp = 0, min = 0;
      if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
      else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
      else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
      else { s += fail(); i++; continue; }
      let j = 1;
      for (; j <= need; j++) {
        const c = bytes[i + j];
        if (c === undefined || (c & 0xc0) !== 0x80) break;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) { s += fail(); i += Math.max(1, j); continue; }
      s += String.fromCodePoint(cp);
      i += need + 1;
    }
    if (!this.ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s;
  }
}

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(message);
    const name = typeof options === 'object' && options !== null ? (options.name || 'Error') : String(options);
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
    if (options && typeof options === 'object' && 'cause' in options) this.cause = options.cause;
    const codesByName = { IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25 };
    Object.defineProperty(this, 'code', { value: codesByName[name] || 0, configurable: true });
  }
}

const kListeners = Symbol('kListeners');
class Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    this._type = String(type);
    this._bubbles = !!(options && options.bubbles);
    this._cancelable = !!(options && options.cancelable);
    this._composed = !!(options && options.composed);
    this._defaultPrevented = false;
    this._timeStamp = require('perf_hooks').performance.now();
    this._target = null;
    this._stop = false;
  }
  get type() { return this._type; }
  get bubbles() { return this._bubbles; }
  get cancelable() { return this._cancelable; }
  get composed() { return this._composed; }
  get defaultPrevented() { return this._cancelable && this._defaultPrevented; }
  get timeStamp() { return this._timeStamp; }
  get target() { return this._target; }
  get currentTarget() { return this._target; }
  get srcElement() { return this._target; }
  get eventPhase() { return this._target ? 2 : 0; }
  get isTrusted() { return false; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this._stop; }
  composedPath() { return this._target ? [this._target] : []; }
  preventDefault() { this._defaultPrevented = true; }
  stopPropagation() { this._stop = true; }
  stopImmediatePropagation() { this._stop = true; this._stopImmediate = true; }
}
Event.NONE = 0; Event.CAPTURING_PHASE = 1; Event.AT_TARGET = 2; Event.BUBBLING_PHASE = 3;
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  constructor(type, options = {}) { super(type, options); this._detail = options && options.detail !== undefined ? options.detail : null; }
  get detail() { return this._detail; }
}

class EventTarget {
  constructor() { this[kListeners] = new Map(); }
  addEventListener(type, listener, options = {}) {
    if (listener == null) return;
    if (!this[kListeners]) this[kListeners] = new Map();
    const once = typeof options === 'object' && !!options.once;
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const signal = typeof options === 'object' && options ? options.signal : undefined;
    if (signal && signal.aborted) return;
    let list = this[kListeners].get(type);
    if (!list) { list = []; this[kListeners].set(type, list); }
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const rec = { listener, once, capture, removed: false };
    list.push(rec);
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
  }
  removeEventListener(type, listener, options = {}) {
    const list = this[kListeners] && this[kListeners].get(type);
    if (!list) return;
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i !== -1) { list[i].removed = true; list.splice(i, 1); }
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    event._target = this;
    const list = this[kListeners] && this[kListeners].get(event.type);
    if (list) {
      for (const rec of list.slice()) {
        if (rec.removed) continue;
        if (rec.once) this.removeEventListener(event.type, rec.listener, { capture: rec.capture });
        try {
          const l = rec.listener;
          if (typeof l === 'function') l.call(this, event);
          else if (l && typeof l.handleEvent === 'function') l.handleEvent(event);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event._stopImmediate) break;
      }
    }
    return !event.defaultPrevented;
  }
  _listenersOf(type) {
    const list = this[kListeners] && this[kListeners].get(type);
    return list ? list.map((l) => l.listener) : [];
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kCreate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this._aborted = false;
    this._reason = undefined;
    this.onabort = null;
  }
  get aborted() { return this._aborted; }
  get reason() { return this._reason; }
  throwIfAborted() { if (this._aborted) throw this._reason; }
  static abort(reason) {
    const s = new AbortSignal(kCreate);
    s._aborted = true;
    s._reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    return s;
  }
  static timeout(ms) {
    const s = new AbortSignal(kCreate);
    setTimeout(() => abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kCreate);
    for (const x of signals) {
      if (x.aborted) { s._aborted = true; s._reason = x.reason; return s; }
    }
    for (const x of signals) x.addEventListener('abort', () => abortSignal(s, x.reason), { once: true });
    return s;
  }
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
const kCreate = Symbol('create');
function abortSignal(signal, reason) {
  if (signal._aborted) return;
  signal._aborted = true;
  signal._reason = reason;
  const ev = new Event('abort');
  if (typeof signal.onabort === 'function') signal.onabort.call(signal, ev);
  signal.dispatchEvent(ev);
}

class AbortController {
  constructor() { this._signal = new AbortSignal(kCreate); }
  get signal() { return this._signal; }
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) { abortSignal(this._signal, reason); }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

function structuredClone(value, options) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('value');
  const seen = new Map();
  const t = internalBinding('native').internalType;
  function clone(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') throw new DOMException(`${String(v)} could not be cloned.`, 'DataCloneError');
      return v;
    }
    if (typeof v === 'function') throw new DOMException(`${v.toString().split('\n')[0].slice(0, 60)} could not be cloned.`, 'DataCloneError');
    if (seen.has(v)) return seen.get(v);
    const type = t(v);
    let out;
    if (Array.isArray(v)) { out = new Array(v.length); seen.set(v, out); for (const k of Object.keys(v)) out[k] = clone(v[k]); return out; }
    if (type === 'Date') { out = new Date(v.getTime()); seen.set(v, out); return out; }
    if (type === 'RegExp') { out = new RegExp(v.source, v.flags); seen.set(v, out); return out; }
    if (type === 'Map') { out = new Map(); seen.set(v, out); for (const [k, x] of v) out.set(clone(k), clone(x)); return out; }
    if (type === 'Set') { out = new Set(); seen.set(v, out); for (const x of v) out.add(clone(x)); return out; }
    if (type === 'ArrayBuffer') { out = v.slice(0); seen.set(v, out); return out; }
    if (type === 'TypedArray') { out = new v.constructor(clone(v.buffer), v.byteOffset, v.length); seen.set(v, out); return out; }
    if (type === 'DataView') { out = new DataView(clone(v.buffer), v.byteOffset, v.byteLength); seen.set(v, out); return out; }
    if (type === 'Number' || type === 'String' || type === 'Boolean' || type === 'BigInt') { out = Object(v.valueOf()); seen.set(v, out); return out; }
    if (type === 'Error' || v instanceof Error) {
      const C = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[v.name] || Error;
      out = Object.create(C.prototype);
      seen.set(v, out);
      Object.defineProperty(out, 'message', { value: String(v.message), writable: true, configurable: true });
      Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
      if ('cause' in v) Object.defineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true });
      return out;
    }
    if (type === 'Promise' || type === 'WeakMap' || type === 'WeakSet' || type === 'Symbol' || type === 'Proxy') {
      throw new DOMException(`${Object.prototype.toString.call(v)} could not be cloned.`, 'DataCloneError');
    }
    out = {};
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k]);
    return out;
  }
  return clone(value);
}

module.exports = { TextEncoder, TextDecoder, DOMException, Event, CustomEvent, EventTarget, AbortSignal, AbortController, structuredClone };
