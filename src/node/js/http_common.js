// internal/http_common: what node's _http_common, _http_incoming and _http_outgoing hold --
// STATUS_CODES/METHODS, header validation, the HTTP/1.x message parser (heads parsed natively
// by internalBinding('http_parser'), body framing here), IncomingMessage and OutgoingMessage.
'use strict';

const Stream = require('stream');
const EE = require('events');
const { Readable, finished } = Stream;
const { initReadable } = Stream[Symbol.for('rjs.stream.internals')];
const { Buffer } = require('buffer');
const binding = internalBinding('http_parser');
const { validateString } = require('internal/validators');
const loop = require('internal/loop');
const codes = () => require('internal/errors').codes;

const kOutHeaders = Symbol('kOutHeaders');
const kWriteNow = Symbol.for('rjs.net.writeNow');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kErrored = Symbol('errored');
const kHeaders = Symbol('kHeaders');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersCount = Symbol('kTrailersCount');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kHighWaterMark = Symbol('kHighWaterMark');
const kBytesWritten = Symbol('kBytesWritten');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];
const methodSet = new Set(METHODS);
// llhttp also reads RTSP's methods, refusing them in an HTTP request once the version shows.
const rtspMethodSet = new Set(['ANNOUNCE', 'DESCRIBE', 'FLUSH', 'GET_PARAMETER', 'PAUSE', 'PLAY', 'RECORD',
  'REDIRECT', 'SETUP', 'SET_PARAMETER', 'TEARDOWN']);
const isLlhttpMethod = (m) => methodSet.has(m) || rtspMethodSet.has(m);
let methodPrefixes = null;

// Index of the first byte at `pos` where the request's method stops matching every known method
// (llhttp matches methods byte by byte, so it rejects 'GEX' or '*' before the head is complete), or -1.
function methodMismatch(data, pos) {
  if (methodPrefixes === null) {
    methodPrefixes = new Set();
    for (const m of [...METHODS, ...rtspMethodSet]) for (let n = 1; n <= m.length; n++) methodPrefixes.add(m.slice(0, n));
  }
  let i = pos;
  while (i < data.length && data[i] !== 0x20) {
    if (!methodPrefixes.has(data.latin1Slice(pos, i + 1))) return i;
    i++;
  }
  return i < data.length && !isLlhttpMethod(data.latin1Slice(pos, i)) ? i : -1;
}

// Native (a regular expression test costs ~10 µs in Boa): /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/
// and /[^\t\x20-\x7e\x80-\xff]/ on String(val).
const checkIsHttpToken = binding.isToken;
const checkInvalidHeaderChar = binding.hasInvalidHeaderChar;

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    // node renders the name with util.format's %s ({} -> '{}', not '[object Object]').
    throw new (codes().ERR_INVALID_HTTP_TOKEN)(label, require('util').format('%s', name));
  }
}
function validateHeaderValue(name, value) {
  if (value === undefined) throw new (codes().ERR_HTTP_INVALID_HEADER_VALUE)(value, name);
  if (checkInvalidHeaderChar(value)) throw new (codes().ERR_INVALID_CHAR)('header content', name);
}

const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const RE_TE_CHUNKED = /(?:^|\W)chunked(?:$|\W)/i;

function connResetException(msg) {
  const err = new Error(msg);
  Error.captureStackTrace(err, connResetException); // the stack starts at the caller, as node's
  err.code = 'ECONNRESET';
  return err;
}

function nop() {}

// Node caches the Date header value for a second.
let dateCache;
let dateCacheStart = 0; // the cached second, [start, start + 1000) in ms
function utcDate() {
  const now = Date.now();
  if (now - dateCacheStart >= 1000 || now < dateCacheStart) {
    dateCacheStart = now - (now % 1000);
    dateCache = new Date(now).toUTCString();
  }
  return dateCache;
}

// ---- the parser ---------------------------------------------------------------------------

const REQUEST = 1;
const RESPONSE = 2;

const S_HEAD = 0;        // waiting for a start line + headers
const S_BODY_LEN = 1;    // content-length body, this.remaining bytes left
const S_CHUNK_SIZE = 2;  // chunk-size line
const S_CHUNK_DATA = 3;  // chunk data, this.remaining bytes left
const S_CHUNK_CRLF = 4;  // CRLF after chunk data
const S_TRAILERS = 5;    // trailer section after the last chunk
const S_BODY_EOF = 6;    // response body until the connection closes
const S_DEAD = 7;        // upgraded, errored or closed: ignore input
const S_CLOSED = 8;      // after a request with `Connection: close`: only CR/LF may follow

const errorReasons = {
  HPE_INVALID_METHOD: 'Invalid method encountered',
  HPE_INVALID_HEADER_TOKEN: 'Invalid header token',
  HPE_INVALID_HEADER_VALUE: 'Invalid header value char',
  HPE_LF_EXPECTED: 'Missing expected LF after header value',
  HPE_CR_EXPECTED: 'Missing expected CR after header value',
  HPE_INVALID_STATUS: 'Invalid status code',
  HPE_HEADER_OVERFLOW: 'Header overflow',
  HPE_INVALID_VERSION: 'Invalid HTTP version',
  HPE_INVALID_CONSTANT: 'Expected HTTP/, RTSP/ or ICE/',
  HPE_INVALID_CHUNK_SIZE: 'Invalid character in chunk size',
  HPE_INVALID_CONTENT_LENGTH: 'Invalid character in Content-Length',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'Duplicate Content-Length',
  HPE_INVALID_TRANSFER_ENCODING: 'Request has invalid `Transfer-Encoding`',
  HPE_INVALID_EOF_STATE: 'Invalid EOF state',
  HPE_STRICT: 'Expected LF after chunk data',
  HPE_CLOSED_CONNECTION: 'Data after `Connection: close`',
  HPE_INVALID_URL: 'Invalid char in url path',
};

// `bare`: the message without the reason, as node's parser.finish() errors have it.
function parseError(code, reason, bytesParsed, bare) {
  const err = new Error(bare ? 'Parse Error' : `Parse Error: ${reason || errorReasons[code] || code}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason || errorReasons[code] || code;
  return err;
}

const CR = 13;
const LF = 10;

// Estimated node-counted size (url + names + values) of an incomplete head: its bytes less the
// start line's fixed parts and each line's CRLF and ': '.
function incompleteHeadSize(data, pos) {
  let lines = 0;
  for (let i = pos; i < data.length; i++) if (data[i] === LF) lines++;
  return data.length - pos - lines * 4 - 16;
}

// node counts the url (or reason), header names and values (trailing whitespace included) against
// maxHeaderSize as llhttp hands them over: returns where llhttp stops on the span that reaches the
// limit in the complete head data[pos, end), or -1 when it stays below.
function headOverflowAt(data, pos, end, request, max) {
  if (end - pos <= max) return -1; // the counted spans are part of the head: below the limit
  const lineEnd = data.indexOf(LF, pos);
  if (lineEnd === -1 || lineEnd >= end) return -1;
  const sp = data.indexOf(0x20, pos);
  let tracked = 0;
  if (sp !== -1 && sp < lineEnd) {
    if (request) {
      let urlEnd = sp + 1;
      while (urlEnd < lineEnd && data[urlEnd] !== 0x20 && data[urlEnd] !== CR) urlEnd++;
      tracked = urlEnd - sp - 1;
      if (tracked >= max) return urlEnd;
    } else {
      const reason = data.indexOf(0x20, sp + 1);
      const cr = data[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
      if (reason !== -1 && reason < cr) tracked = cr - reason - 1;
      if (tracked >= max) return cr + 1;
    }
  }
  for (let i = lineEnd + 1; i < end;) {
    const eol = data.indexOf(LF, i);
    const cr = data[eol - 1] === CR ? eol - 1 : eol;
    if (eol === -1 || eol >= end || cr === i) break;
    let v = i;
    const colon = data.indexOf(0x3a, i);
    if (colon !== -1 && colon < cr) {
      tracked += colon - i;
      if (tracked >= max) return colon + 1;
      v = colon + 1;
    }
    while (v < cr && (data[v] === 0x20 || data[v] === 0x09)) v++;
    tracked += cr - v;
    if (tracked >= max) return cr + 1;
    i = eol + 1;
  }
  return -1;
}

// ---- chunk size lines, as llhttp reads them (strict) ----
const kMaxChunkExtensionsSize = 16384; // node's limit on a chunk head's extensions
const kChunkSize = 'Invalid character in chunk size';
const kExt = 'Invalid character in chunk extensions';
const kExtName = 'Invalid character in chunk extensions name';
const kExtValue = 'Invalid character in chunk extensions value';
const kExtQuoted = 'Invalid character in chunk extensions quoted value';
const isTchar = (c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
  c === 0x21 || (c >= 0x23 && c <= 0x27) || c === 0x2a || c === 0x2b || c === 0x2d || c === 0x2e ||
  (c >= 0x5e && c <= 0x60) || c === 0x7c || c === 0x7e;
const isQdtext = (c) => c === 0x09 || c === 0x20 || c === 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) || c >= 0x80;
function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  c |= 0x20;
  return c >= 0x61 && c <= 0x66 ? c - 0x61 + 10 : -1;
}
// Reads `size[;ext[=value]]...CRLF` at `pos`: [bytes, size], null when incomplete, or
// [code, reason, errorPos].
function parseChunkHead(data, pos, lenient) {
  const len = data.length;
  let i = pos;
  let size = 0;
  let digits = 0;
  for (; i < len; i++) {
    const v = hexValue(data[i]);
    if (v < 0) break;
    if (size > 0 && ++digits > 15) return ['HPE_INVALID_CHUNK_SIZE', 'Chunk size overflow', i + 1];
    size = size * 16 + v;
  }
  if (i === pos && i < len) return ['HPE_INVALID_CHUNK_SIZE', kChunkSize, i];
  // --insecure-http-parser (llhttp's lenient flags): spaces after the size, LF alone ends the line.
  if (lenient) while (i < len && (data[i] === 0x20 || data[i] === 0x09)) i++;
  if (i === len) return null;
  let c = data[i];
  if (c === LF) return lenient ? [i + 1 - pos, size] : ['HPE_CR_EXPECTED', 'Missing expected CR after chunk size', i];
  if (c !== CR && c !== 0x3b) return ['HPE_INVALID_CHUNK_SIZE', kChunkSize, i];
  // Extensions: 0 name start, 1 name, 2 value start, 3 token value, 4 quoted, 5 escaped, 6 after quote.
  let state = 0;
  if (c === 0x3b) {
    let extBytes = 0; // node counts extension names and values against its limit
    for (i++; i < len; i++) {
      c = data[i];
      if (c !== 0x3b && c !== 0x3d && ++extBytes > kMaxChunkExtensionsSize) {
        return ['HPE_CHUNK_EXTENSIONS_OVERFLOW', 'Chunk extensions overflow', i];
      }
      if (state === 4) {
        if (c === 0x22) state = 6;
        else if (c === 0x5c) state = 5;
        else if (!isQdtext(c)) return ['HPE_STRICT', kExtQuoted, i];
        continue;
      }
      if (state === 5) {
        if (!isQdtext(c) && c !== 0x22 && c !== 0x5c) return ['HPE_STRICT', kExtQuoted, i];
        state = 4;
        continue;
      }
      if (c === CR) {
        if (state === 0 || state === 2) return ['HPE_STRICT', state === 0 ? kExt : kExtValue, i];
        break;
      }
      if (c === LF) {
        if (lenient) return [i + 1 - pos, size];
        const what = state === 1 || state === 0 ? 'name' : 'value';
        return ['HPE_CR_EXPECTED', `Missing expected CR after chunk extension ${what}`, i];
      }
      if (state === 0) {
        if (isTchar(c)) state = 1;
        else if (c === 0x3d) state = 2;
        else return ['HPE_STRICT', kExt, i];
      } else if (state === 1) {
        if (c === 0x3b) state = 0;
        else if (c === 0x3d) state = 2;
        else if (!isTchar(c)) return ['HPE_STRICT', kExtName, i];
      } else if (state === 2) {
        if (c === 0x22) state = 4;
        else if (isTchar(c)) state = 3;
        else return ['HPE_STRICT', kExtValue, i];
      } else if (state === 3) {
        if (c === 0x3b) state = 0;
        else if (c === 0x22) return ['HPE_STRICT', kExtQuoted, i];
        else if (!isTchar(c)) return ['HPE_STRICT', kExtValue, i];
      } else if (c === 0x3b) {
        state = 0;
      } else {
        return ['HPE_STRICT', 'Invalid character in chunk extensions quote value', i];
      }
    }
    if (i === len) return null;
  }
  if (i + 1 >= len) return null;
  if (data[i + 1] !== LF) return lenient ? ['HPE_INVALID_CHUNK_SIZE', kChunkSize, i + 1] : ['HPE_STRICT', 'Expected LF after chunk size', i + 1];
  return [i + 2 - pos, size];
}

// Parses HTTP/1.x messages from a byte stream. Callbacks (set by the owner):
//   onIncoming(incoming, shouldKeepAlive) via parserOnHeadersComplete -> 0 | 1 (skip body) | 2 (upgrade)
//   bodies are pushed into parser.incoming; completion ends it.
function HTTPParser(type) {
  this.type = type;
  this.state = S_HEAD;
  this.pending = null;
  this.remaining = 0;
  this.maxHeaderSize = 16384;
  this.maxHeaderPairs = 2000;
  this.incoming = null;
  this.socket = null;
  this.outgoing = null;
  this.onIncoming = null;
  this.keepAlive = true;
  this.inMessage = false;     // bytes of a message have been seen (for idle/timeout tracking)
  this.ownTicks = false;      // see runTicks
  this.failure = null;        // [code, reason] of the parse error that stopped it (llhttp repeats it)
  this.headersCompleted = false;
  this.messageStart = 0;
  this.timed = false;         // in the server's list of connections it times (see checkConnections)
  this.upgraded = false;
  this.paused = false;
  this.trailers = null;
  this.lenient = false;
}
HTTPParser.REQUEST = REQUEST;
HTTPParser.RESPONSE = RESPONSE;

// `lenient`: insecureHTTPParser, llhttp's lenient mode for what this parser checks: control
// bytes in header values, bare LF line ends, Content-Length beside Transfer-Encoding (chunked
// wins).
HTTPParser.prototype.initialize = function initialize(type, maxHeaderSize, lenient) {
  this.type = type;
  this.state = S_HEAD;
  this.pending = null;
  this.failure = null;
  this.maxHeaderSize = maxHeaderSize || cliOptions().maxHeaderSize;
  this.lenient = lenient === undefined ? cliOptions().insecure : Boolean(lenient);
};

// node's --max-http-header-size and --insecure-http-parser (command line or NODE_OPTIONS): the
// defaults of every parser's header limit and lenient mode, and of http.maxHeaderSize.
let cliOptionValues;
function cliOptions() {
  if (cliOptionValues !== undefined) return cliOptionValues;
  const words = [...(process.env.NODE_OPTIONS || '').split(/\s+/).filter(Boolean), ...process.execArgv];
  cliOptionValues = { maxHeaderSize: 16384, insecure: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let size;
    if (w === '--insecure-http-parser') cliOptionValues.insecure = true;
    else if (w === '--max-http-header-size' && i + 1 < words.length) size = words[++i];
    else if (w.startsWith('--max-http-header-size=')) size = w.slice('--max-http-header-size='.length);
    if (size !== undefined && /^\d+$/.test(size)) cliOptionValues.maxHeaderSize = Number(size);
  }
  return cliOptionValues;
}

HTTPParser.prototype.pause = function pause() { this.paused = true; };
HTTPParser.prototype.resume = function resume() { this.paused = false; };

HTTPParser.prototype.remove = function remove() {};
HTTPParser.prototype.free = function free() {
  this.state = S_DEAD;
  this.pending = null;
  this.incoming = null;
  this.socket = null;
  this.outgoing = null;
  this.onIncoming = null;
};

// Feeds bytes; returns the number of bytes consumed (less than d.length after an upgrade) or an
// Error carrying node's HPE_* code.
HTTPParser.prototype.execute = function execute(d) {
  if (this.state === S_DEAD) return this.failure === null ? d.length : parseError(this.failure[0], this.failure[1], 0);
  let data = d;
  let base = 0; // bytes of `data` that came from earlier calls
  if (this.pending !== null) {
    base = this.pending.length;
    data = Buffer.concat([this.pending, d]);
    this.pending = null;
  }
  let pos = 0;
  const len = data.length; // (d.length is len - base: a Buffer's length is a slow accessor)
  while (pos < len) {
    switch (this.state) {
      case S_HEAD: {
        if (!this.inMessage) {
          // Tolerate empty lines between messages (llhttp does).
          while (pos < len && (data[pos] === CR || data[pos] === LF)) pos++;
          if (pos >= len) break;
          this.inMessage = true;
          this.headersCompleted = false;
          this.messageStart = Date.now();
          this.timed = true;
        }
        let r = this.type === REQUEST ? binding.parseRequest(data, pos, this.lenient) : binding.parseResponse(data, pos, this.lenient);
        let otherProtocol = false; // an RTSP or ICE request, its method checked for it
        if (r !== null && !Array.isArray(r) && this.type === REQUEST) {
          const spaced = reparseSpacedRequestLine(data, pos, this.lenient);
          if (spaced !== undefined) r = spaced;
          else {
            const other = reparseOtherProtocol(data, pos, this.lenient);
            if (other !== undefined && other !== null && other.length === 3) return this.fail(other[0], other[1], other[2] - base);
            if (other !== undefined) { r = other; otherProtocol = true; }
          }
        } else if (r !== null && !Array.isArray(r)) {
          const other = reparseResponse(data, pos, this.lenient);
          if (other !== undefined && other !== null && other.length === 3 && typeof other[0] === 'string') return this.fail(other[0], other[1], other[2] - base);
          if (other !== undefined) r = other;
        }
        if (r === null) {
          const bad = this.type === REQUEST ? methodMismatch(data, pos) : -1;
          if (bad >= 0) return this.failMethod(data, pos, bad, base);
          if (len - pos >= this.maxHeaderSize && incompleteHeadSize(data, pos) >= this.maxHeaderSize) {
            return this.fail('HPE_HEADER_OVERFLOW', undefined, len - base);
          }
          this.pending = Buffer.from(data.subarray(pos));
          return len - base;
        }
        if (!Array.isArray(r)) {
          let code = this.mapHeadError(r.error, data, pos);
          if (this.type === RESPONSE) {
            const e = responseLinesError(data, pos);
            if (e !== null) return this.fail(e[0], e[1], e[2] - base);
            const [c, reason, at = 1] = responseHeadError(code, data, pos);
            return this.fail(c, reason, pos - base + at);
          }
          if (code === 'HPE_INVALID_METHOD') return this.failMethod(data, pos, methodMismatch(data, pos), base);
          const e = requestHeadError(data, pos);
          if (e !== null) return this.fail(e[0], e[1], e[2] - base);
          // llhttp requires CRLF line endings (httparse also takes bare LF).
          if (code === 'HPE_BARE_LF') return this.fail('HPE_INVALID_VERSION', 'Expected CRLF after version', pos - base + 1);
          if (code === 'HPE_INVALID_HEADER_TOKEN') return this.fail(code, headerTokenReason(data, pos), pos - base + 1);
          // llhttp names a bad byte in a value with the token code and its own reason.
          if (code === 'HPE_INVALID_HEADER_VALUE') return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', pos - base + 1);
          if (code === 'HPE_INVALID_URL') return this.fail(code, undefined, urlFaultAt(data, pos) - base);
          return this.fail(code, undefined, pos - base + 1);
        }
        const headBytes = r[0];
        // (A head within the limit cannot overflow it: no call for the common case.)
        const over = headBytes <= this.maxHeaderSize ? -1 : headOverflowAt(data, pos, pos + headBytes, this.type === REQUEST, this.maxHeaderSize);
        if (over !== -1) return this.fail('HPE_HEADER_OVERFLOW', undefined, over - base);
        // (The two method sets do not overlap: a known HTTP method needs one look-up.)
        if (this.type === REQUEST && !otherProtocol && !methodSet.has(r[2])) {
          if (r[2] === 'PRI') return this.priPreface(data, pos, base);
          if (rtspMethodSet.has(r[2])) {
            const proto = data.indexOf(' HTTP/', pos, 'latin1');
            return this.fail('HPE_INVALID_CONSTANT', 'Invalid method for HTTP/x.x request', proto + 5 - base);
          }
          return this.failMethod(data, pos, methodMismatch(data, pos), base);
        }
        const err = this.headComplete(r, data, pos, base);
        if (err) return err;
        pos += headBytes;
        if (this.state === S_DEAD) return Math.max(0, pos - base);
        break;
      }
      case S_BODY_LEN: {
        const n = Math.min(this.remaining, len - pos);
        this.remaining -= n;
        const chunk = data.subarray(pos, pos + n);
        pos += n;
        this.body(chunk);
        if (this.ownTicks) this.runTicks();
        if (this.remaining === 0) this.messageComplete();
        break;
      }
      case S_CHUNK_SIZE: {
        const r = parseChunkHead(data, pos, this.lenient);
        if (r === null) {
          if (len - pos > kMaxChunkExtensionsSize) {
            return this.fail('HPE_CHUNK_EXTENSIONS_OVERFLOW', 'Chunk extensions overflow', len - base);
          }
          this.pending = Buffer.from(data.subarray(pos));
          return len - base;
        }
        if (r.length === 3) return this.fail(r[0], r[1], r[2] - base);
        pos += r[0];
        if (r[1] === 0) {
          this.state = S_TRAILERS;
          this.trailers = [];
        } else {
          this.remaining = r[1];
          this.state = S_CHUNK_DATA;
        }
        break;
      }
      case S_CHUNK_DATA: {
        const n = Math.min(this.remaining, len - pos);
        this.remaining -= n;
        const chunk = data.subarray(pos, pos + n);
        pos += n;
        if (this.remaining === 0) this.state = S_CHUNK_CRLF;
        this.body(chunk);
        if (this.ownTicks) this.runTicks();
        break;
      }
      case S_CHUNK_CRLF: {
        if (len - pos < 2) {
          if (data[pos] !== CR) return this.fail('HPE_STRICT', undefined, pos - base);
          this.pending = Buffer.from(data.subarray(pos));
          return len - base;
        }
        if (data[pos] !== CR || data[pos + 1] !== LF) return this.fail('HPE_STRICT', undefined, pos - base);
        pos += 2;
        this.state = S_CHUNK_SIZE;
        break;
      }
      case S_TRAILERS: {
        if (data[pos] === CR && pos + 1 >= len) {
          this.pending = Buffer.from(data.subarray(pos));
          return len - base;
        }
        if (data[pos] === CR && data[pos + 1] === LF) {
          pos += 2;
          this.messageComplete();
          break;
        }
        const end = data.indexOf('\r\n\r\n', pos, 'latin1');
        if (end === -1) {
          if (len - pos > this.maxHeaderSize) return this.fail('HPE_HEADER_OVERFLOW', undefined, len - base);
          this.pending = Buffer.from(data.subarray(pos));
          return len - base;
        }
        const lines = data.latin1Slice(pos, end).split('\r\n');
        for (const line of lines) {
          const colon = line.indexOf(':');
          if (colon <= 0 || !checkIsHttpToken(line.slice(0, colon))) return this.fail('HPE_INVALID_HEADER_TOKEN', undefined, pos - base);
          this.trailers.push(line.slice(0, colon), line.slice(colon + 1).trim());
        }
        pos = end + 4;
        this.messageComplete();
        break;
      }
      case S_BODY_EOF: {
        const chunk = pos === 0 ? data : data.subarray(pos);
        pos = len;
        this.body(chunk);
        break;
      }
      case S_CLOSED: {
        while (pos < len && (data[pos] === CR || data[pos] === LF)) pos++;
        if (pos < len) return this.fail('HPE_CLOSED_CONNECTION', undefined, pos + 1 - base);
        break;
      }
      case S_DEAD:
        return len - base;
      default:
        return len - base;
    }
  }
  return len - base;
};

// node's server parser reads the socket itself and hands each body chunk over through
// MakeCallback, so nextTicks and microtasks run after every body chunk, before the message end and
// the rest of the buffer are parsed (heads and message ends skip them). `ownTicks` marks such a parser.
HTTPParser.prototype.runTicks = function runTicks() {
  try {
    loop.drainTicks();
  } catch (e) {
    loop.fatal(e);
  }
};

// A method stopped matching at `at`: after a whole method llhttp wanted the space.
// A PRI request line (HTTP/2's connection preface, whatever its url and version): llhttp then
// expects the rest of the preface and stops there (HPE_PAUSED_H2_UPGRADE, which an http server
// answers as any parse error), or fails at the first byte that differs; part of it waits for more.
const kPrefaceRest = Buffer.from('\r\nSM\r\n\r\n', 'latin1');
HTTPParser.prototype.priPreface = function priPreface(data, pos, base) {
  const start = data.indexOf(LF, pos) + 1;
  for (let k = 0; k < kPrefaceRest.length; k++) {
    if (start + k >= data.length) {
      this.pending = Buffer.from(data.subarray(pos));
      return data.length - base;
    }
    if (data[start + k] !== kPrefaceRest[k]) {
      return this.fail('HPE_INVALID_VERSION', 'Expected HTTP/2 Connection Preface', start + k - base);
    }
  }
  return this.fail('HPE_PAUSED_H2_UPGRADE', 'Pause on PRI/Upgrade', start + kPrefaceRest.length - base);
};

HTTPParser.prototype.failMethod = function failMethod(data, pos, at, base) {
  const reason = isLlhttpMethod(data.latin1Slice(pos, at)) ? 'Expected space after method' : undefined;
  return this.fail('HPE_INVALID_METHOD', reason, at - base);
};

HTTPParser.prototype.fail = function fail(code, reason, bytesParsed) {
  this.state = S_DEAD;
  this.pending = null;
  this.failure = [code, reason];
  return parseError(code, reason, Math.max(0, bytesParsed | 0));
};

const isDigit = (b) => b >= 0x30 && b <= 0x39;
// llhttp's reason for a bad header line: a line folded onto the previous one (obs-fold) is
// 'Unexpected whitespace after header value'.
function headerTokenReason(data, pos) {
  let i = data.indexOf(LF, pos);
  while (i !== -1 && i + 1 < data.length && data[i + 1] !== CR && data[i + 1] !== LF) {
    if (data[i + 1] === 0x20 || data[i + 1] === 0x09) return 'Unexpected whitespace after header value';
    i = data.indexOf(LF, i + 1);
  }
  return undefined;
}
// llhttp takes several spaces before and after a request's url ('GET  / HTTP/1.1'); httparse
// refuses them. The head is parsed again with single spaces: the result with its byte count made
// up for the spaces left out, null when incomplete, or undefined (no such spaces, or still bad).
function reparseSpacedRequestLine(data, pos, lenient) {
  const lf = data.indexOf(LF, pos);
  const end = lf === -1 ? data.length : lf;
  const method = data.indexOf(0x20, pos);
  if (method === -1 || method >= end) return undefined;
  let url = method + 1;
  while (url < end && data[url] === 0x20) url++;
  let urlEnd = data.indexOf(0x20, url);
  if (urlEnd === -1 || urlEnd > end) urlEnd = end;
  let version = urlEnd;
  while (version < end && data[version] === 0x20) version++;
  const removed = (url - method - 1) + (version > urlEnd ? version - urlEnd - 1 : 0);
  if (removed === 0) return undefined;
  if (lf === -1) return null;
  const parts = [data.subarray(pos, method + 1), data.subarray(url, urlEnd)];
  if (version > urlEnd) parts.push(data.subarray(urlEnd, urlEnd + 1));
  parts.push(data.subarray(version));
  const head = Buffer.concat(parts);
  const r = binding.parseRequest(head, 0, lenient);
  if (r === null) return null;
  if (!Array.isArray(r)) return undefined;
  r[0] += removed;
  return r;
}

// llhttp also serves RTSP/x.y requests (RTSP's methods, GET and POST) and ICE/x.y ones (SOURCE
// alone), as HTTP ones of that version. For a request line with such a protocol: its head read as
// the same request in HTTP (httparse knows HTTP only), [code, reason, byte index] of the fault
// llhttp stops at, or null while incomplete; undefined for another protocol.
const rtspRequestMethods = new Set([...rtspMethodSet, 'OPTIONS', 'GET', 'POST']);
const otherProtocols = ['RTSP/', 'ICE/'];
const kHttpProtocol = Buffer.from('HTTP', 'latin1');
function reparseOtherProtocol(data, pos, lenient) {
  const lf = data.indexOf(LF, pos);
  const end = lf === -1 ? data.length : lf;
  const sp = data.indexOf(0x20, pos);
  const urlEnd = sp === -1 || sp >= end ? -1 : data.indexOf(0x20, sp + 1);
  if (urlEnd === -1 || urlEnd >= end) return undefined;
  const proto = urlEnd + 1;
  const name = otherProtocols.find((n) => end - proto >= n.length && data.latin1Slice(proto, proto + n.length) === n);
  if (name === undefined) return undefined; // (a bad protocol is requestHeadError's)
  const slash = proto + name.length - 1;
  const method = data.latin1Slice(pos, sp);
  if (name === 'RTSP/' ? !rtspRequestMethods.has(method) : method !== 'SOURCE') {
    return ['HPE_INVALID_CONSTANT', name === 'RTSP/' ? 'Invalid method for RTSP/x.x request' : 'Expected SOURCE method for ICE/x.x request', slash];
  }
  if (lf === -1) return null;
  const shift = name.length - 5; // 'ICE/' is one byte shorter than 'HTTP/'
  const head = Buffer.concat([data.subarray(pos, proto), kHttpProtocol, data.subarray(slash)]);
  const r = binding.parseRequest(head, 0, lenient);
  if (r === null || Array.isArray(r)) {
    if (r !== null) r[0] += shift;
    return r;
  }
  const e = requestHeadError(head, 0);
  return e === null ? undefined : [e[0], e[1], pos + e[2] + shift];
}

// llhttp's [code, reason, byte index] for the first fault of a request head httparse refused, read
// from its version on as llhttp reads it (strict), or null to leave it to the mappings below.
function requestHeadError(data, pos) {
  const len = data.length;
  const lineEnd = data.indexOf(LF, pos);
  const end = lineEnd === -1 ? len : lineEnd;
  let i = data.indexOf(0x20, pos);
  if (i === -1 || i >= end) return null;
  if (data[i + 1] === 0x20) return null;
  i = data.indexOf(0x20, i + 1); // the space after the url
  if (i === -1 || i >= end) return null;
  i++;
  // HTTP/, RTSP/ or ICE/ (llhttp matches them as one tree: it fails past the longest prefix of one)
  const proto = data[i] === 0x52 ? 'RTSP/' : data[i] === 0x49 ? 'ICE/' : 'HTTP/';
  for (let k = 0; k < proto.length; k++, i++) {
    if (i >= len) return null;
    if (data[i] !== proto.charCodeAt(k)) return ['HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', i];
  }
  if (i + 2 >= len) return null;
  if (!isDigit(data[i])) return ['HPE_INVALID_VERSION', 'Invalid major version', i];
  if (data[i + 1] !== 0x2e) return ['HPE_INVALID_VERSION', 'Expected dot', i + 1];
  if (!isDigit(data[i + 2])) return ['HPE_INVALID_VERSION', 'Invalid minor version', i + 2];
  const version = data.latin1Slice(i, i + 3);
  i += 3;
  if (version !== '1.1' && version !== '1.0' && version !== '0.9' && version !== '2.0') {
    return ['HPE_INVALID_VERSION', 'Invalid HTTP version', i];
  }
  if (data[i] === LF) return ['HPE_INVALID_VERSION', 'Expected CRLF after version', i + 1];
  if (data[i] !== CR) return ['HPE_INVALID_VERSION', 'Expected CRLF after version', i];
  if (i + 1 < len && data[i + 1] !== LF) return ['HPE_STRICT', 'Expected CRLF after version', i + 1];
  return headerLinesError(data, i + 2);
}
// The first fault in the header lines starting at `i` (see requestHeadError), or null.
function headerLinesError(data, i) {
  const len = data.length;
  for (let first = true; i < len; first = false) {
    const c = data[i];
    if (c === CR) return null; // end of the head
    if (c === LF) return ['HPE_INVALID_HEADER_TOKEN', 'Invalid header field char', i];
    if (c === 0x20 || c === 0x09) {
      return first ? ['HPE_UNEXPECTED_SPACE', 'Unexpected space after start line', i + 1]
        : ['HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value', i];
    }
    const nameStart = i;
    while (i < len && isTchar(data[i])) i++;
    if (i >= len) return null;
    if (data[i] !== 0x3a || i === nameStart) return ['HPE_INVALID_HEADER_TOKEN', 'Invalid header token', i];
    for (i++; i < len; i++) {
      const v = data[i];
      if (v === CR) {
        if (i + 1 >= len) return null;
        if (data[i + 1] !== LF) return ['HPE_LF_EXPECTED', 'Missing expected LF after header value', i + 1];
        i += 2;
        break;
      }
      if (v === LF) return ['HPE_CR_EXPECTED', 'Missing expected CR after header value', i];
      if (v !== 0x09 && (v < 0x20 || v === 0x7f)) return ['HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', i];
    }
  }
  return null;
}

// The same for a response head's line ends and header lines (its status line is left to
// responseHeadError).
function responseLinesError(data, pos) {
  let i = pos;
  while (i < data.length && data[i] !== CR && data[i] !== LF) i++;
  if (i >= data.length || !/^HTTP\/(1\.[01]|2\.0|0\.9) \d{3}( |$)/.test(data.latin1Slice(pos, i))) return null;
  if (data[i] === LF) return ['HPE_CR_EXPECTED', 'Missing expected CR after response line', i + 1];
  if (i + 1 < data.length && data[i + 1] !== LF) return ['HPE_STRICT', 'Expected LF after CR', i + 1];
  return headerLinesError(data, i + 2);
}

// llhttp's reading of the status line of a response head at `pos`: [code, reason, byte index] of
// its first fault, null while incomplete, or { end, version, status, reason } when well formed
// (end: the index of its CR). llhttp takes HTTP/, RTSP/ and ICE/ (matched as one tree: it fails
// past the longest prefix of one), versions 0.9, 1.0, 1.1 and 2.0, three digits and any reason.
function responseStartLine(data, pos) {
  const len = data.length;
  let i = pos;
  const proto = data[i] === 0x52 ? 'RTSP/' : data[i] === 0x49 ? 'ICE/' : 'HTTP/';
  for (let k = 0; k < proto.length; k++, i++) {
    if (i >= len) return null;
    if (data[i] !== proto.charCodeAt(k)) return ['HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', i];
  }
  if (i >= len) return null;
  if (!isDigit(data[i])) return ['HPE_INVALID_VERSION', 'Invalid major version', i];
  if (i + 1 >= len) return null;
  if (data[i + 1] !== 0x2e) return ['HPE_INVALID_VERSION', 'Expected dot', i + 1];
  if (i + 2 >= len) return null;
  if (!isDigit(data[i + 2])) return ['HPE_INVALID_VERSION', 'Invalid minor version', i + 2];
  const version = (data[i] - 0x30) * 10 + (data[i + 2] - 0x30);
  i += 3;
  if (version !== 11 && version !== 10 && version !== 9 && version !== 20) return ['HPE_INVALID_VERSION', 'Invalid HTTP version', i];
  if (i >= len) return null;
  if (data[i] !== 0x20) return ['HPE_INVALID_VERSION', 'Expected space after version', i];
  i++;
  for (let k = 0; k < 3; k++, i++) {
    if (i >= len) return null;
    if (!isDigit(data[i])) return ['HPE_INVALID_STATUS', 'Invalid status code', i];
  }
  if (i >= len) return null;
  const status = Number(data.latin1Slice(i - 3, i));
  if (data[i] === LF) return ['HPE_INVALID_STATUS', 'Invalid response status', i + 1];
  if (data[i] !== 0x20 && data[i] !== CR) return ['HPE_INVALID_STATUS', 'Invalid response status', i];
  const reasonStart = data[i] === 0x20 ? i + 1 : i;
  let end = reasonStart;
  while (end < len && data[end] !== CR && data[end] !== LF) end++;
  if (end >= len) return null;
  return { end, version, status, reason: data.latin1Slice(reasonStart, end) };
}

// A response head httparse refused, read as llhttp reads it: one with a status line llhttp takes
// and httparse does not (RTSP/ICE, HTTP/0.9 or 2.0, control bytes in the reason) is parsed with
// an HTTP/1.1 line in its place and carries its own version and reason; a fault of the status
// line is [code, reason, byte index]; null while incomplete; undefined: left to the mappings
// (the line's own CR/LF faults, responseLinesError's).
function reparseResponse(data, pos, lenient) {
  const line = responseStartLine(data, pos);
  if (line === null || Array.isArray(line)) return line;
  const { end } = line;
  if (data[end] !== CR || (end + 1 < data.length && data[end + 1] !== LF)) return undefined;
  const start = Buffer.from(`HTTP/1.1 ${String(line.status).padStart(3, '0')} `, 'latin1');
  const r = binding.parseResponse(Buffer.concat([start, data.subarray(end)]), 0, lenient);
  if (r === null) return null;
  if (!Array.isArray(r)) {
    const e = headerLinesError(data, end + 2);
    return e !== null ? e : r;
  }
  r[0] += end - pos - start.length;
  r[1] = line.version;
  r[3] = line.reason;
  return r;
}

// [code, reason, offset of the error from the line start (default 1)]
function responseHeadError(code, data, pos) {
  if (code === 'HPE_BARE_LF') {
    let i = pos;
    while (data[i] !== LF || data[i - 1] === CR) i++;
    const statusLine = data.indexOf(LF, pos) === i;
    if (statusLine) return ['HPE_CR_EXPECTED', 'Missing expected CR after response line'];
    if (data[i - 1] === LF) return ['HPE_INVALID_HEADER_TOKEN', 'Invalid header field char'];
    return ['HPE_CR_EXPECTED', 'Missing expected CR after header value'];
  }
  if (code === 'HPE_INVALID_HEADER_TOKEN') return [code, headerTokenReason(data, pos)];
  // llhttp names a bad byte in a value with the token code and its own reason.
  if (code === 'HPE_INVALID_HEADER_VALUE') return ['HPE_INVALID_HEADER_TOKEN', 'Invalid header value char'];
  if (code !== 'HPE_INVALID_VERSION' && code !== 'HPE_INVALID_STATUS') return [code, undefined];
  const at = (i) => data[pos + i];
  const proto = data.latin1Slice(pos, Math.min(pos + 5, data.length));
  if (proto !== 'HTTP/') return ['HPE_INVALID_CONSTANT', undefined];
  if (!isDigit(at(5))) return ['HPE_INVALID_VERSION', 'Invalid major version'];
  if (at(6) !== 0x2e) return ['HPE_INVALID_VERSION', 'Expected dot'];
  if (!isDigit(at(7))) return ['HPE_INVALID_VERSION', 'Invalid minor version'];
  if (at(8) !== 0x20) return ['HPE_INVALID_VERSION', 'Expected space after version'];
  // A well-formed version llhttp does not serve: refused once read, at the space after it.
  if (code === 'HPE_INVALID_VERSION') return [code, undefined, 8];
  if (!isDigit(at(9)) || !isDigit(at(10)) || !isDigit(at(11))) return ['HPE_INVALID_STATUS', 'Invalid status code'];
  return ['HPE_INVALID_STATUS', 'Invalid response status'];
}

HTTPParser.prototype.mapHeadError = function mapHeadError(code, data, pos) {
  if (this.type === REQUEST) {
    // httparse accepts any token as a method; llhttp only knows the registered ones.
    let i = pos;
    while (i < data.length && data[i] !== 0x20 && data[i] !== CR && data[i] !== LF) i++;
    const method = data.latin1Slice(pos, i);
    if (!isLlhttpMethod(method)) return 'HPE_INVALID_METHOD';
    if (code === 'HPE_INVALID_METHOD') return 'HPE_INVALID_URL';
  }
  return code;
};

// A complete head in `r` (see http_parser binding); sets up the body state. Returns an Error or
// undefined.
const isChunked = (coding) => coding.trim().toLowerCase() === 'chunked';
// /^[0-9]+$/ without a regular expression (one costs ~10 us in the engine; this runs per message).
function isDigits(str) {
  if (str.length === 0) return false;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

// llhttp reads Content-Length into a 64-bit integer: where (just past the digit) a value of the
// head at `pos` (its `index`th header line) overflows it, or -1.
const kMaxUint64 = 18446744073709551615n;
function contentLengthOverflowAt(data, pos, index) {
  let i = pos;
  for (let line = 0; line <= index; line++) i = data.indexOf(LF, i) + 1;
  i = data.indexOf(0x3a, i) + 1;
  while (data[i] === 0x20 || data[i] === 0x09) i++;
  let value = 0n;
  for (; isDigit(data[i]); i++) {
    value = value * 10n + BigInt(data[i] - 0x30);
    if (value > kMaxUint64) return i + 1;
  }
  return -1;
}

// Where llhttp stops on a framing header of the head at `pos` (its `index`th header line):
// [just past its colon, its value's first byte, the first byte of its value that is not part of a
// Content-Length (a byte not a digit, or the whitespace before a further byte)].
function headerValueAt(data, pos, index) {
  let i = pos;
  for (let line = 0; line <= index; line++) i = data.indexOf(LF, i) + 1;
  const colon = data.indexOf(0x3a, i) + 1;
  let value = colon;
  while (data[value] === 0x20 || data[value] === 0x09) value++;
  let bad = value;
  while (isDigit(data[bad])) bad++;
  while (data[bad] === 0x20 || data[bad] === 0x09) bad++;
  return [colon, value, bad];
}
// Where llhttp refuses a request's Transfer-Encoding value (the `index`th header line) in which
// 'chunked' is not the last coding: just past the first byte that follows a 'chunked' (one of an
// earlier header when `before`: its value's first byte).
function chunkedNotLastAt(data, pos, index, before) {
  const value = headerValueAt(data, pos, index)[1];
  if (before) return value + 1;
  const m = /chunked[ \t]*,/i.exec(data.latin1Slice(value, data.indexOf(LF, value)));
  return m === null ? value + 1 : value + m.index + m[0].length;
}
// The first byte llhttp refuses in the url of the request line at `pos` (+1 when none is found).
function urlFaultAt(data, pos) {
  let i = data.indexOf(0x20, pos) + 1;
  if (i === 0) return pos + 1;
  for (; i < data.length && data[i] !== 0x20; i++) {
    if (data[i] < 0x21 || data[i] >= 0x7f) return i;
  }
  return pos + 1;
}

HTTPParser.prototype.headComplete = function headComplete(r, data, pos, base = 0) {
  const headBytes = r[0];
  const versionMajor = (r[1] / 10) | 0; // 10 * major + minor: 11, 10 or 9 (HTTP/0.9)
  const versionMinor = r[1] % 10;
  const isRequest = this.type === REQUEST;
  const headers = r.slice(4); // [name, value, ...]
  let contentLength = -1;
  let chunked = false;
  let hasTE = false;
  let connClose = false;
  let connKeepAlive = false;
  let connUpgrade = false;
  let hasUpgrade = false;
  for (let i = 4; i < r.length; i += 2) {
    const name = r[i];
    const value = r[i + 1];
    // (only names as long as content-length 14, transfer-encoding 17, connection 10 or upgrade 7)
    const n = name.length;
    const lname = n === 14 || n === 17 || n === 10 || n === 7 ? name.toLowerCase() : '';
    if (lname === 'content-length') {
      // (llhttp checks, in this order: a second framing header once its name is read, a second
      // Content-Length at its value's first byte, then each byte of the value.)
      if (hasTE && !this.lenient) {
        return this.fail('HPE_INVALID_CONTENT_LENGTH', 'Content-Length can\'t be present with Transfer-Encoding', headerValueAt(data, pos, (i - 4) >> 1)[0] - base);
      }
      if (contentLength !== -1 && value.trim() !== '') return this.fail('HPE_UNEXPECTED_CONTENT_LENGTH', undefined, headerValueAt(data, pos, (i - 4) >> 1)[1] - base);
      if (value.trim() === '') {
        // (llhttp notices at the end of the line)
        return this.fail('HPE_INVALID_CONTENT_LENGTH', 'Empty Content-Length', data.indexOf(LF, headerValueAt(data, pos, (i - 4) >> 1)[1]) + 1 - base);
      }
      if (!isDigits(value.trim())) return this.fail('HPE_INVALID_CONTENT_LENGTH', undefined, headerValueAt(data, pos, (i - 4) >> 1)[2] - base);
      if (value.length >= 20) {
        const over = contentLengthOverflowAt(data, pos, (i - 4) >> 1);
        if (over !== -1) return this.fail('HPE_INVALID_CONTENT_LENGTH', 'Content-Length overflow', over - base);
      }
      if (contentLength !== -1) return this.fail('HPE_UNEXPECTED_CONTENT_LENGTH', undefined, headBytes);
      contentLength = Number(value.trim());
    } else if (lname === 'transfer-encoding') {
      if (contentLength !== -1 && !this.lenient) {
        return this.fail('HPE_INVALID_TRANSFER_ENCODING', 'Transfer-Encoding can\'t be present with Content-Length', headerValueAt(data, pos, (i - 4) >> 1)[0] - base);
      }
      const codings = value.split(',');
      // llhttp (strict) refuses, while reading the head, a request coding that follows 'chunked'.
      if (isRequest && !this.lenient && (chunked || codings.slice(0, -1).some(isChunked))) {
        return this.fail('HPE_INVALID_TRANSFER_ENCODING', 'Invalid `Transfer-Encoding` header value', chunkedNotLastAt(data, pos, (i - 4) >> 1, chunked) - base);
      }
      hasTE = true;
      chunked = isChunked(codings[codings.length - 1]);
    } else if (lname === 'connection') {
      for (const tok of value.toLowerCase().split(',')) {
        const t = tok.trim();
        if (t === 'close') connClose = true;
        else if (t === 'keep-alive') connKeepAlive = true;
        else if (t === 'upgrade') connUpgrade = true;
      }
    } else if (lname === 'upgrade') {
      hasUpgrade = true;
    }
  }
  const badTE = hasTE && !chunked && isRequest && !this.lenient;

  const statusCode = isRequest ? 0 : r[2];
  let keepAlive = versionMajor > 0 && versionMinor > 0 ? !connClose : connKeepAlive;
  let upgrade;
  if (isRequest) upgrade = r[2] === 'CONNECT' || (connUpgrade && hasUpgrade);
  else upgrade = statusCode === 101;

  // Responses without framing are read until the connection closes: not reusable.
  const noBodyStatus = !isRequest && (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode < 200));
  if (!isRequest && !chunked && contentLength === -1 && !noBodyStatus) keepAlive = false;
  this.keepAlive = keepAlive;
  this.headersCompleted = true;

  const skip = this.onHeadersComplete(versionMajor, versionMinor, headers, isRequest ? r[2] : undefined,
    isRequest ? r[3] : undefined, statusCode, isRequest ? undefined : r[3], upgrade, keepAlive);
  // llhttp refuses a request body framed by a Transfer-Encoding other than chunked only after
  // the request has been announced.
  if (badTE && this.state !== S_DEAD) return this.fail('HPE_INVALID_TRANSFER_ENCODING', undefined, headBytes);

  if (skip === 2) {
    // Upgrade / CONNECT: the rest of the bytes belong to the new protocol.
    this.upgraded = true;
    this.messageComplete();
    this.state = S_DEAD;
    return undefined;
  }
  if (skip === 1 || noBodyStatus) {
    this.messageComplete();
    return undefined;
  }
  if (chunked) {
    this.state = S_CHUNK_SIZE;
  } else if (contentLength > 0) {
    this.state = S_BODY_LEN;
    this.remaining = contentLength;
  } else if (contentLength === 0 || (isRequest && !hasTE)) {
    this.messageComplete();
  } else {
    this.state = S_BODY_EOF;
  }
  return undefined;
};

HTTPParser.prototype.body = function body(chunk) {
  const stream = this.incoming;
  if (stream === null || chunk.length === 0) return;
  if (!stream._dumped) {
    const ret = stream.push(chunk);
    if (!ret) readStop(this.socket);
  }
};

HTTPParser.prototype.messageComplete = function messageComplete() {
  const stream = this.incoming;
  const trailers = this.trailers;
  this.trailers = null;
  if (!this.upgraded) this.state = this.type === REQUEST && !this.keepAlive ? S_CLOSED : S_HEAD;
  this.inMessage = false;
  this.headersCompleted = false;
  this.timed = false;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    if (trailers && trailers.length) stream._addHeaderLines(trailers, trailers.length);
    stream.push(null);
  }
  readStart(this.socket);
};

// End of input: a read-until-close body completes; anything else mid-message is an error.
HTTPParser.prototype.finish = function finish() {
  if (this.state === S_BODY_EOF) {
    this.messageComplete();
    this.state = S_DEAD;
    return undefined;
  }
  if (this.state === S_DEAD) return undefined;
  if (this.inMessage && this.state !== S_HEAD) {
    this.state = S_DEAD;
    return parseError('HPE_INVALID_EOF_STATE', undefined, 0, true);
  }
  if (this.inMessage && this.pending !== null && this.pending.length > 0) {
    this.state = S_DEAD;
    return parseError('HPE_INVALID_EOF_STATE', undefined, 0, true);
  }
  this.state = S_DEAD;
  return undefined;
};

HTTPParser.prototype.getCurrentBuffer = function getCurrentBuffer() {
  return this.pending || Buffer.alloc(0);
};

// node's parser hands a head of more than 31 headers over in batches of 31 (names and values:
// 62 entries), and keeps a batch only while fewer than maxHeaderPairs entries were kept: that is
// rawHeaders (req.headers takes the first maxHeaderPairs entries).
const kHeaderBatch = 62;
function keptHeaderLines(headers, max) {
  let kept = 0;
  while (kept < headers.length && kept < max) kept += kHeaderBatch;
  return kept >= headers.length ? headers : headers.slice(0, kept);
}

function parserOnHeadersComplete(parser, versionMajor, versionMinor, headers, method, url,
  statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const socket = parser.socket;
  const Incoming = (socket && socket.server && socket.server[kIncomingMessage]) || IncomingMessage;
  const incoming = parser.incoming = new Incoming(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' : `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = (socket && socket.server && socket.server.joinDuplicateHeaders) || parser.joinDuplicateHeaders;
  incoming.url = url === undefined ? '' : url;
  incoming.upgrade = upgrade;
  let n = headers.length;
  if (parser.maxHeaderPairs > 0) {
    n = Math.min(n, parser.maxHeaderPairs);
    if (headers.length > kHeaderBatch) headers = keptHeaderLines(headers, parser.maxHeaderPairs);
  }
  incoming._addHeaderLines(headers, n);
  if (method !== undefined) {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

// (Parameters spelled out: a spread call runs the iterator protocol, costly in the engine.)
HTTPParser.prototype.onHeadersComplete = function onHeadersComplete(versionMajor, versionMinor, headers, method,
  url, statusCode, statusMessage, upgrade, keepAlive) {
  return parserOnHeadersComplete(this, versionMajor, versionMinor, headers, method, url, statusCode, statusMessage,
    upgrade, keepAlive);
};

// ---- node's internalBinding('http_parser').HTTPParser, as packages reach it through
// require('_http_common') (msw's interceptors, nock 14): callbacks in numbered slots, methods as
// indexes into the binding's list, bodies and message ends handed over instead of pushed. ----
const bindingMethods = ['DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK',
  'MKCOL', 'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT',
  'MKACTIVITY', 'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE',
  'MKCALENDAR', 'LINK', 'UNLINK', 'SOURCE', 'QUERY'];
const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

function callSlot(parser, slot, ...args) {
  const fn = parser[slot];
  return typeof fn === 'function' ? fn.apply(parser, args) : undefined;
}

class BindingHTTPParser extends HTTPParser {
  constructor() {
    super(REQUEST);
  }

  initialize(type, resource, maxHeaderSize, lenientFlags) {
    super.initialize(type, maxHeaderSize, Boolean(lenientFlags));
    this.incoming = null;
  }

  onHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode, statusMessage, upgrade, keepAlive) {
    callSlot(this, kOnMessageBegin);
    const request = method !== undefined;
    this.url = request ? url : '';
    const skip = callSlot(this, kOnHeadersComplete, versionMajor, versionMinor, headers,
      request ? bindingMethods.indexOf(method) : undefined, request ? url : undefined,
      request ? undefined : statusCode, request ? undefined : statusMessage, upgrade, keepAlive);
    // llhttp stops after an upgrade's head whatever the callback says.
    return upgrade ? 2 : skip;
  }

  body(chunk) {
    if (chunk.length > 0) callSlot(this, kOnBody, chunk);
  }

  messageComplete() {
    const trailers = this.trailers;
    super.messageComplete();
    if (trailers && trailers.length) callSlot(this, kOnHeaders, trailers, this.url);
    callSlot(this, kOnMessageComplete);
  }

  close() { this.free(); }
  consume() {}
  unconsume() {}
  duration() { return this.inMessage ? Date.now() - this.messageStart : 0; }
}
Object.assign(BindingHTTPParser, {
  REQUEST, RESPONSE, kOnMessageBegin, kOnHeaders, kOnHeadersComplete, kOnBody, kOnMessageComplete, kOnExecute,
  kOnTimeout, kLenientNone: 0, kLenientHeaders: 1, kLenientChunkedLength: 2, kLenientKeepAlive: 4,
  kLenientTransferEncoding: 8, kLenientVersion: 16, kLenientDataAfterClose: 32, kLenientOptionalLFAfterCR: 64,
  kLenientOptionalCRLFAfterChunk: 128, kLenientOptionalCRBeforeLF: 256, kLenientSpacesAfterChunkSize: 512,
  kLenientAll: 1023,
});

const kIncomingMessage = Symbol('IncomingMessage');

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    parser._headers = [];
    parser._url = '';
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser.onIncoming = null;
    parser.state = S_DEAD;
    parser.pending = null;
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
}

// ---- IncomingMessage ---------------------------------------------------------------------

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}
function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    // No options when the socket's mark is the default one: the same state, made faster.
    const highWaterMark = socket.readableHighWaterMark;
    if (highWaterMark !== Stream.getDefaultHighWaterMark(false)) streamOptions = { highWaterMark };
  }
  // (Constructed as itself: a Readable, not a Duplex, without Readable's instanceof tests.)
  if (new.target === IncomingMessage) initReadable(this, streamOptions, false);
  else Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

function lazyHeaders(key, countKey, rawKey, distinct) {
  return {
    configurable: true,
    get() {
      if (!this[key]) {
        this[key] = distinct ? { __proto__: null } : {};
        const src = this[rawKey];
        const dst = this[key];
        if (distinct) {
          for (let n = 0; n < this[countKey]; n += 2) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
        } else if (this._addHeaderLine === builtinAddHeaderLine) {
          // (the built-in method's steps without a method call per header)
          for (let n = 0; n < this[countKey]; n += 2) addHeaderLine(this, src[n], src[n + 1], dst);
        } else {
          for (let n = 0; n < this[countKey]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
        }
      }
      return this[key];
    },
    set(val) { this[key] = val; },
  };
}
Object.defineProperty(IncomingMessage.prototype, 'headers', lazyHeaders(kHeaders, kHeadersCount, 'rawHeaders', false));
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', lazyHeaders(kHeadersDistinct, kHeadersCount, 'rawHeaders', true));
Object.defineProperty(IncomingMessage.prototype, 'trailers', lazyHeaders(kTrailers, kTrailersCount, 'rawTrailers', false));
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', lazyHeaders(kTrailersDistinct, kTrailersCount, 'rawTrailers', true));

// Whether req.headers would hold a Host (1) and an Expect (2) header (the server asks on every
// request): one look at the raw headers when req.headers is not built yet.
function rawHostExpect(msg) {
  const built = msg[kHeaders];
  if (built) return (built.host !== undefined ? 1 : 0) | (built.expect !== undefined ? 2 : 0);
  const raw = msg.rawHeaders;
  const n = Math.min(msg[kHeadersCount], raw.length);
  let found = 0;
  for (let i = 0; i < n; i += 2) {
    const name = raw[i];
    if (name.length === 4) {
      if (name.toLowerCase() === 'host') found |= 1;
    } else if (name.length === 6 && name.toLowerCase() === 'expect') {
      found |= 2;
    }
  }
  return found;
}

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.aborted && this.socket && !this.socket.destroyed) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onIncomingError, this, e || err, cb);
    });
  } else {
    process.nextTick(onIncomingError, this, err, cb);
  }
};

function onIncomingError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// How node's _addHeaderLine combines a lower-cased name's duplicates (its matchKnownFields
// table): joined with ', ' (also every name not listed), joined with '; ' (cookie), kept in an
// array (set-cookie), or the first one kept (unless joinDuplicateHeaders). A null-prototype
// table of numbers: one look-up per header, no prefix strings to add and strip.
const kJoinComma = 0;
const kSetCookie = 1;
const kJoinSemicolon = 2;
const kFirst = 3;
const knownFields = {
  __proto__: null,
  'age': kFirst, 'host': kFirst, 'from': kFirst, 'etag': kFirst, 'date': kJoinComma, 'vary': kJoinComma,
  'server': kFirst, 'cookie': kJoinSemicolon, 'origin': kJoinComma, 'expect': kJoinComma,
  'accept': kJoinComma, 'referer': kFirst, 'expires': kFirst, 'upgrade': kJoinComma,
  'location': kFirst, 'if-match': kJoinComma, 'user-agent': kFirst, 'set-cookie': kSetCookie,
  'connection': kJoinComma, 'retry-after': kFirst, 'content-type': kFirst,
  'max-forwards': kFirst, 'authorization': kFirst, 'last-modified': kFirst,
  'cache-control': kJoinComma, 'if-none-match': kJoinComma,
  'content-length': kFirst, 'accept-encoding': kJoinComma,
  'accept-language': kJoinComma, 'x-forwarded-for': kJoinComma,
  'content-encoding': kJoinComma, 'x-forwarded-host': kJoinComma,
  'if-modified-since': kFirst, 'transfer-encoding': kJoinComma,
  'x-forwarded-proto': kJoinComma, 'proxy-authorization': kFirst,
  'if-unmodified-since': kFirst,
};

// node's IncomingMessage#_addHeaderLine, for `msg`.
function addHeaderLine(msg, field, value, dest) {
  field = field.toLowerCase();
  const kind = knownFields[field];
  if (kind === undefined || kind === kJoinComma || kind === kJoinSemicolon) {
    if (typeof dest[field] === 'string') dest[field] += (kind === kJoinSemicolon ? '; ' : ', ') + value;
    else dest[field] = value;
  } else if (kind === kSetCookie) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (msg.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
}
const builtinAddHeaderLine = IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  addHeaderLine(this, field, value, dest);
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

// ---- OutgoingMessage ---------------------------------------------------------------------

const HIGH_WATER_MARK = 16 * 1024;
const crlfBuf = Buffer.from('\r\n');
const lastChunkBuf = Buffer.from('\r\n0\r\n\r\n', 'latin1'); // a body chunk's CRLF and the last chunk

function OutgoingMessage(options) {
  EE.init.call(this); // what Stream() does, two calls fewer
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kBytesWritten] = 0;
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this[kErrored] = null;
  this[kHighWaterMark] = (options && options.highWaterMark) ?? HIGH_WATER_MARK;
  this[kRejectNonStandardBodyWrites] = (options && options.rejectNonStandardBodyWrites) ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// node's DEP0066 accessors (util.deprecate, made on first use: util stays unloaded until then).
function deprecated(name, fn) {
  let wrapped;
  return function(...args) {
    wrapped ??= require('util').deprecate(fn, `OutgoingMessage.prototype.${name} is deprecated`, 'DEP0066');
    return wrapped.apply(this, args);
  };
}
Object.defineProperties(OutgoingMessage.prototype, {
  errored: { configurable: true, get() { return this[kErrored]; } },
  closed: { configurable: true, get() { return this._closed; } },
  writableFinished: {
    configurable: true,
    get() { return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0); },
  },
  writableObjectMode: { configurable: true, get() { return false; } },
  writableLength: { configurable: true, get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); } },
  writableHighWaterMark: { configurable: true, get() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; } },
  // node's: the socket's corks plus those taken before there was a socket
  writableCorked: { configurable: true, get() { return (this.socket ? this.socket.writableCorked : 0) + this[kCorked]; } },
  writableNeedDrain: { configurable: true, get() { return !this.destroyed && !this.finished && this[kNeedDrain]; } },
  writableEnded: { configurable: true, get() { return this.finished; } },
  connection: { configurable: true, get() { return this.socket; }, set(val) { this.socket = val; } },
  headersSent: { configurable: true, enumerable: true, get() { return !!this._header; } },
  _headers: {
    configurable: true,
    get: deprecated('_headers', function() { return this.getHeaders(); }),
    set: deprecated('_headers', function(val) {
      if (val == null) this[kOutHeaders] = null;
      else if (typeof val === 'object') {
        const headers = this[kOutHeaders] = Object.create(null);
        for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
      }
    }),
  },
  _headerNames: {
    configurable: true,
    get: deprecated('_headerNames', function() {
      const headers = this[kOutHeaders];
      if (headers === null) return null;
      const out = Object.create(null);
      for (const key of Object.keys(headers)) out[key] = headers[key][0];
      return out;
    }),
    set: deprecated('_headerNames', function(val) {
      const headers = this[kOutHeaders];
      if (typeof val !== 'object' || val === null || !headers) return;
      for (const key of Object.keys(val)) if (headers[key]) headers[key][0] = val[key];
    }),
  },
});

OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};
OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', function socketDestroyOnConnect(socket) { socket.destroy(error); });
  return this;
};

// With captureRejections, a rejected async listener destroys the message with its error (as node's).
OutgoingMessage.prototype[require('events').captureRejectionSymbol] = function (err, event) {
  this.destroy(err);
};

OutgoingMessage.prototype._send = function _send(data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    const header = this._header;
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = header + data;
    } else if (typeof data !== 'string' && data.length < 65536) {
      data = Buffer.concat([Buffer.from(header, 'latin1'), data]);
      encoding = null;
    } else {
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
  const conn = this.socket;
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  // net.Socket's direct path (net.js writeNow). (A writable net.Socket is not destroyed: one
  // accessor call fewer per write.)
  if (conn && conn._httpMessage === this && conn[kWriteNow] !== undefined && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn[kWriteNow](data, encoding || undefined, callback || undefined);
  }
  if (conn && conn.destroyed) return false;
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding || undefined, callback || undefined);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < HIGH_WATER_MARK;
};

// The framing headers _storeHeader has met, as bits (an object per response costs the engine more).
const kSeenConnection = 1;
const kSeenContLen = 2;
const kSeenTE = 4;
const kSeenDate = 8;
const kSeenExpect = 16;
const kSeenTrailer = 32;
// The lengths of the names matchHeader looks for (date 4, expect 6, trailer 7, connection and
// keep-alive 10, content-length 14, transfer-encoding 17).
const kFramingLengths = (1 << 4) | (1 << 6) | (1 << 7) | (1 << 10) | (1 << 14) | (1 << 17);

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  let header = firstLine;
  let seen = 0;
  if (headers) {
    if (headers === this[kOutHeaders]) {
      // (A null-prototype object: its keys are what for-in would visit; Object.keys is cheaper.)
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) {
        const entry = headers[keys[i]];
        const key = entry[0];
        const value = entry[1];
        if (typeof value === 'string' && key.length !== 19) {
          // processHeader's steps for a plain, validated value (19: content-disposition's length).
          header += key + ': ' + value + '\r\n';
          if (key.length < 18 && ((kFramingLengths >> key.length) & 1) !== 0) seen |= matchHeader(this, key, value);
        } else {
          header += processHeader(this, key, value, false);
          seen |= processedSeen;
        }
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          header += processHeader(this, headers[i][0], headers[i][1], true);
          seen |= processedSeen;
        }
      } else {
        if (headers.length % 2 !== 0) throw new (codes().ERR_INVALID_ARG_VALUE)('headers', headers);
        for (let n = 0; n < headers.length; n += 2) {
          header += processHeader(this, headers[n], headers[n + 1], true);
          seen |= processedSeen;
        }
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) {
          header += processHeader(this, key, headers[key], true);
          seen |= processedSeen;
        }
      }
    }
  }

  if (this.sendDate && (seen & kSeenDate) === 0) header += 'Date: ' + utcDate() + '\r\n';

  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if ((seen & kSeenConnection) === 0) {
    const shouldSendKeepAlive = this.shouldKeepAlive && ((seen & kSeenContLen) !== 0 || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) header += keepAliveLine(this);
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }

  if ((seen & (kSeenContLen | kSeenTE)) === 0) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if ((seen & kSeenTrailer) === 0 && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else if (this.statusCode !== undefined && this.statusCode !== 204 && this.statusCode !== 304) {
      // Neither length nor chunked: the body ends when the connection does.
      this._last = true;
    }
  }

  if (this.chunkedEncoding !== true && (seen & kSeenTrailer) !== 0) throw new (codes().ERR_HTTP_TRAILER_INVALID)();

  this._header = header + '\r\n';
  this._headerSent = false;
  if ((seen & kSeenExpect) !== 0) this._send('');
};

function isCookieField(s) { return s.length === 6 && s.toLowerCase() === 'cookie'; }

// The `uniqueHeaders` option: names (any case) whose array values are sent joined by '; '.
function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(headers[i].toLowerCase());
  return unique;
}

// node (RFC 6266 section 4.3): with a Content-Length known, a content-disposition value is taken
// as latin1 bytes and written as their UTF-8 reading (a 'binary' string of UTF-8 goes out as is).
const latin1AsUtf8 = (value) => Buffer.from(value, 'latin1').toString();

// The Keep-Alive line of a response (the last one made is kept: a server's are all alike).
let keepAliveFor = null;
let keepAliveMax = null;
let keepAliveText = '';
function keepAliveLine(msg) {
  const timeout = msg._keepAliveTimeout;
  const maxRequests = msg._maxRequestsPerSocket;
  if (timeout !== keepAliveFor || maxRequests !== keepAliveMax) {
    const timeoutSeconds = Math.floor(timeout / 1000);
    let max = '';
    if (~~maxRequests > 0) max = `, max=${maxRequests}`;
    keepAliveText = `Keep-Alive: timeout=${timeoutSeconds}${max}\r\n`;
    keepAliveFor = timeout;
    keepAliveMax = maxRequests;
  }
  return keepAliveText;
}

// What the last processHeader call saw (kSeen* bits), for its caller to read right after it.
let processedSeen = 0;

// The header lines of one name and its value (an array: one line each, or one joined line).
function processHeader(self, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (self._contentLength && key.length === 19 && key.toLowerCase() === 'content-disposition') {
    value = Array.isArray(value) ? value.map(latin1AsUtf8) : latin1AsUtf8(value);
  }
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) && (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      let lines = '';
      let seen = 0;
      for (let i = 0; i < value.length; i++) {
        if (validate) validateHeaderValue(key, value[i]);
        lines += key + ': ' + value[i] + '\r\n';
        seen |= matchHeader(self, key, value[i]);
      }
      processedSeen = seen;
      return lines;
    }
    value = value.join('; ');
  }
  if (validate) validateHeaderValue(key, value);
  processedSeen = matchHeader(self, key, value);
  return key + ': ' + value + '\r\n';
}

// Notes what a header line means for the message's framing; returns its kSeen* bits.
function matchHeader(self, field, value) {
  if (field.length > 17 || ((kFramingLengths >> field.length) & 1) === 0) return 0;
  switch (field.toLowerCase()) {
    case 'connection':
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      return kSeenConnection;
    case 'transfer-encoding':
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      return kSeenTE;
    case 'content-length':
      self._contentLength = +value;
      self._removedContLen = false;
      return kSeenContLen;
    case 'date':
      return kSeenDate;
    case 'expect':
      return kSeenExpect;
    case 'trailer':
      return kSeenTrailer;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      return 0;
  }
  return 0;
}

// The headers as a plain { rawName: value } object (used by some middleware).
OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new (codes().ERR_HTTP_HEADERS_SENT)('render');
  const headersMap = this[kOutHeaders];
  const headers = {};
  if (headersMap !== null) {
    for (const key of Object.keys(headersMap)) headers[headersMap[key][0]] = headersMap[key][1];
  }
  return headers;
};

// An error thrown at one of node's throw statements that learners' crash reports show (headers
// set after the response went out, a body that is not a string or bytes): node's `frames` in
// place of rjs's, and node's source line above the report. `site`: [place, source line, the
// caret's column (the `throw`)]. A stack without frames (Error.stackTraceLimit = 0) is kept.
function atNodeThrow(err, site, frames) {
  const [place, source, caret] = site;
  withNodeFrames(err, frames);
  require('internal/loop').markThrow(err, `${place}\n${source}\n${' '.repeat(caret - 1)}^\n`);
  return err;
}
// V8's name for a method's receiver in a frame: 'ServerResponse.'.
const typeName = (self) => (typeof self.constructor === 'function' && self.constructor.name ? `${self.constructor.name}.` : '');
// `err`'s leading frames of rjs's http code (and its error constructor) become node's `frames`.
function withNodeFrames(err, frames) {
  const lines = String(err.stack).split('\n');
  const at = lines.findIndex((l) => l.startsWith('    at '));
  if (at === -1) return err;
  let end = at;
  while (end < lines.length && /^ {4}at (?:.* \()?node:internal\/(?:http_|errors:)/.test(lines[end])) end++;
  lines.splice(at, end - at, ...frames.map((f) => `    at ${f}`));
  err.stack = lines.join('\n');
  return err;
}
const kSetHeaderSent = ['node:_http_outgoing:655', "    throw new ERR_HTTP_HEADERS_SENT('set');", 5];

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) {
    throw atNodeThrow(new (codes().ERR_HTTP_HEADERS_SENT)('set'), kSetHeaderSent, [`${typeName(this)}setHeader (node:_http_outgoing:655:11)`]);
  }
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new (codes().ERR_HTTP_HEADERS_SENT)('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new (codes().ERR_HTTP_HEADERS_SENT)('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existingValues = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0, length = value.length; i < length; i++) existingValues.push(value[i]);
  } else {
    existingValues.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  return Object.values(headersMap).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = Object.create(null);
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new (codes().ERR_HTTP_HEADERS_SENT)('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onWriteError(msg, err, callback) {
  process.nextTick(emitErrorNt, msg, err, callback);
}
function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg._closed) msg.emit('error', err);
}

const kChunkType = ['node:_http_outgoing:905', '    throw new ERR_INVALID_ARG_TYPE(', 5];
function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  let len;
  if (chunk === null) {
    throw new (codes().ERR_STREAM_NULL_VALUES)();
  } else if (typeof chunk === 'string') {
    len = Buffer.byteLength(chunk, encoding);
  } else if (chunk instanceof Uint8Array) {
    len = chunk.length;
  } else {
    const err = new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    const caller = fromEnd ? 'end (node:_http_outgoing:1056:5)' : 'write (node:_http_outgoing:860:15)';
    throw atNodeThrow(err, kChunkType, ['write_ (node:_http_outgoing:905:11)', typeName(msg) + caller]);
  }

  let err;
  if (msg.finished) err = withNodeFrames(new (codes().ERR_STREAM_WRITE_AFTER_END)(), ['write_ (node:_http_outgoing:911:11)', `${typeName(msg)}write (node:_http_outgoing:860:15)`]);
  else if (msg.destroyed) err = new (codes().ERR_STREAM_DESTROYED)('write');
  if (err) {
    if (!msg.destroyed) onWriteError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  // As node, checked before the header is made: a first write() is measured only against a
  // length known already, end() against the header's.
  if (msg.strictContentLength) {
    checkStrictLength(msg, len, fromEnd);
    msg[kBytesWritten] += len;
  }

  if (!msg._header) {
    if (fromEnd) msg._contentLength = len;
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new (codes().ERR_HTTP_BODY_NOT_ALLOWED)();
    process.nextTick(callback);
    return true;
  }

  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }

  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    // One write per chunk: size line, data and CRLF together.
    let sizeLine = len.toString(16) + '\r\n';
    if (typeof chunk === 'string' && (!encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii')) {
      // As node: a head still pending goes out in latin1 with the first size line (not in the
      // chunk's encoding, which would re-encode latin1 header values as UTF-8). A head that reads
      // the same in the chunk's encoding (ASCII, or a latin1 chunk) joins the chunk in one
      // write instead (_send's join): the same bytes, one buffered write fewer.
      if (!msg._headerSent && msg._header !== null &&
          !(encoding === 'latin1' || ((!encoding || encoding === 'utf8') && Buffer.byteLength(msg._header, 'utf8') === msg._header.length))) {
        msg._send(sizeLine, 'latin1', null);
        sizeLine = '';
      }
      ret = msg._send(sizeLine + chunk + '\r\n', encoding, callback);
    } else {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      ret = msg._send(Buffer.concat([Buffer.from(sizeLine, 'latin1'), buf, crlfBuf]), null, callback);
    }
  } else {
    ret = msg._send(chunk, encoding, callback);
  }
  return ret;
}

// strictContentLength: the body must add up to the Content-Length header (node's
// ERR_HTTP_CONTENT_LENGTH_MISMATCH), exactly at end(), never beyond it before.
function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody && !msg._removedContLen &&
    !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}
function checkStrictLength(msg, len, fromEnd) {
  const total = msg[kBytesWritten] + len;
  if (strictContentLength(msg) && (fromEnd ? total !== msg._contentLength : total > msg._contentLength)) {
    throw new (codes().ERR_HTTP_CONTENT_LENGTH_MISMATCH)(total, msg._contentLength);
  }
}

function connectionCorkNT(conn) { conn.uncork(); }
// A socket that is not a net.Socket (a Duplex given as the connection).
function isOtherStream(socket) { return socket !== null && socket !== undefined && socket[kWriteNow] === undefined; }

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) { field = headers[key][0]; value = headers[key][1]; }
    else { field = key; value = headers[key]; }
    if (typeof field !== 'string' || !field || !checkIsHttpToken(field)) {
      throw new (codes().ERR_INVALID_HTTP_TOKEN)('Trailer name', field);
    }
    // An array value is sent as one line per element, or joined with '; ' for a unique header.
    const isArrayValue = Array.isArray(value);
    if (isArrayValue && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0; j < value.length; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new (codes().ERR_INVALID_CHAR)('trailer content', field);
        this._trailer += field + ': ' + value[j] + '\r\n';
      }
    } else {
      if (isArrayValue) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new (codes().ERR_INVALID_CHAR)('trailer content', field);
      this._trailer += field + ': ' + value + '\r\n';
    }
  }
};

// end()'s write callback, which emits 'finish' (a closure: binding costs the engine far more).
// The last write of an end() whose whole rest (head and body) is `data`: one socket write whose
// callback is 'finish', then, as node's end(), the connection fully uncorked (res.cork()'s corks,
// or one a failed end() left, would hold the response back).
function endInOneWrite(msg, data, encoding, callback) {
  if (typeof callback === 'function') msg.once('finish', callback);
  msg._send(data, encoding, onFinishOf(msg));
  const ws = msg.socket !== null && msg.socket !== undefined ? msg.socket._writableState : undefined;
  if (ws && ws.corked !== 0) {
    ws.corked = 1;
    msg.socket.uncork();
  }
  msg[kCorked] = 0;
  msg.finished = true;
  if (msg.outputData.length === 0 && msg.socket && msg.socket._httpMessage === msg) msg._finish();
  return msg;
}

// end(chunk) after the head went out: the chunk and the message's end (the last chunk and
// trailers when chunked, else nothing) in one write when they read the same in the chunk's
// encoding: the bytes write_ and end's own final write send, one buffered write fewer. null:
// not that case (write_ and the final write as usual).
function lastWithChunk(msg, chunk, encoding) {
  if (!msg._headerSent || !msg._hasBody || msg.destroyed || msg.strictContentLength || isOtherStream(msg.socket)) return null;
  if (!msg.chunkedEncoding) return typeof chunk === 'string' || chunk instanceof Uint8Array ? chunk : null;
  if (typeof chunk !== 'string') return null;
  const trailer = msg._trailer;
  if (!(encoding === 'latin1' || ((!encoding || encoding === 'utf8' || encoding === 'utf-8') &&
      (trailer === '' || Buffer.byteLength(trailer, 'utf8') === trailer.length)))) return null;
  return Buffer.byteLength(chunk, encoding).toString(16) + '\r\n' + chunk + '\r\n0\r\n' + trailer + '\r\n';
}

function onFinishOf(outmsg) {
  const onFinish = () => {
    if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
    outmsg.emit('finish');
  };
  return onFinish;
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') { callback = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { callback = encoding; encoding = null; }

  if (chunk && !this.finished && !this.destroyed && !this._header &&
      (typeof chunk === 'string' || chunk instanceof Uint8Array) && !isOtherStream(this.socket)) {
    // end(data) as the only write: the header is computed with a Content-Length; when the body
    // is plain (not chunked), head and body go out in one socket write whose callback is 'finish'.
    // (Not on another kind of stream: node's data write and empty final write reach its _write
    // as two calls, the corked net.Socket takes them in one.)
    const len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    this._contentLength = len;
    this._implicitHeader();
    if (this._hasBody && !this.chunkedEncoding) {
      if (this.strictContentLength) checkStrictLength(this, len, true);
      this[kBytesWritten] += len;
      return endInOneWrite(this, chunk, encoding, callback);
    }
  }

  const text = typeof chunk === 'string';
  if ((text ? chunk.length !== 0 && (!encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'latin1')
    : chunk instanceof Uint8Array && chunk.length !== 0) && this._header !== null && !this._headerSent &&
      !this.finished && !this.destroyed && this._hasBody && !this.strictContentLength && this._trailer === '' &&
      !isOtherStream(this.socket)) {
    // end(data) after writeHead(): node corks the socket, writes the head with the body (and, when
    // chunked, the size line and the last chunk) and uncorks: one writev, 'finish' after it. The
    // same bytes in one socket write (a string when the head's latin1 reads the same in the
    // text's encoding; bytes joined in one Buffer), without the stream's buffering of each piece.
    let data = chunk;
    if (!text) {
      encoding = null;
      if (this.chunkedEncoding) {
        data = Buffer.concat([Buffer.from(chunk.length.toString(16) + '\r\n', 'latin1'), chunk, lastChunkBuf]);
      }
    } else if (this.chunkedEncoding) {
      data = Buffer.byteLength(chunk, encoding).toString(16) + '\r\n' + chunk + '\r\n0\r\n\r\n';
    }
    if (!text || encoding === 'latin1' || Buffer.byteLength(this._header, 'utf8') === this._header.length) {
      return endInOneWrite(this, data, encoding, callback);
    }
  }

  let last = null; // the body's last piece joined to the message's end (lastWithChunk)
  // (The socket is corked only around a body write, as node's end() does, so a head with no body
  // leaves in one socket write of its own rather than through the corked socket's buffer. Node
  // also corks around a head made here: only a response Expect header makes that head go out
  // early, and its end then follows in a second socket write rather than in the same writev.)
  if (chunk) {
    if (this.finished) {
      const err = withNodeFrames(new (codes().ERR_STREAM_WRITE_AFTER_END)(), [`${typeName(this)}end (node:_http_outgoing:1047:15)`]);
      onWriteError(this, err, typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    last = lastWithChunk(this, chunk, encoding);
    if (last === null) write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new (codes().ERR_STREAM_ALREADY_FINISHED)('end'));
    }
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
    this._implicitHeader();
  }

  if (typeof callback === 'function') this.once('finish', callback);
  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new (codes().ERR_HTTP_CONTENT_LENGTH_MISMATCH)(this[kBytesWritten], this._contentLength);
  }

  const finish = onFinishOf(this);
  if (last !== null) {
    this._send(last, typeof last === 'string' ? encoding : null, finish);
  } else if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else {
    // Force a flush (and get the callback once everything before it is written).
    this._send('', 'latin1', finish);
  }

  if (this.socket) {
    // Fully uncork the connection on end().
    const ws = this.socket._writableState;
    if (ws) ws.corked = 1;
    this.socket.uncork();
  }
  this[kCorked] = 0;
  this.finished = true;

  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    // Keep the header and the first body chunk in a single write (one segment on the wire).
    ret = socket.write(data, encoding || undefined, callback || undefined);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new (codes().ERR_STREAM_CANNOT_PIPE)());
};

// node's legacy module objects with node's keys, for the _http_common, _http_incoming and
// _http_outgoing built-ins (src/node/mod.rs) to re-export.
const legacyModules = {
  _http_common: {
    _checkInvalidHeaderChar: checkInvalidHeaderChar,
    _checkIsHttpToken: checkIsHttpToken,
    chunkExpression,
    continueExpression,
    CRLF: '\r\n',
    freeParser,
    methods: bindingMethods,
    parsers: { alloc: () => new HTTPParser(REQUEST), free() {} },
    kIncomingMessage,
    HTTPParser: BindingHTTPParser,
    isLenient: () => cliOptions().insecure,
    prepareError,
  },
  _http_incoming: { IncomingMessage, readStart, readStop },
  _http_outgoing: {
    kHighWaterMark, kUniqueHeaders, parseUniqueHeadersOption, validateHeaderName, validateHeaderValue, OutgoingMessage,
  },
};

module.exports = {
  legacyModules,
  STATUS_CODES, METHODS, HTTPParser, IncomingMessage, OutgoingMessage, cliOptions, rawHostExpect,
  checkIsHttpToken, checkInvalidHeaderChar, validateHeaderName, validateHeaderValue,
  continueExpression, chunkExpression, kOutHeaders, kNeedDrain, kIncomingMessage, kUniqueHeaders,
  parseUniqueHeadersOption,
  freeParser, prepareError, connResetException, readStart, readStop, utcDate, nop, atNodeThrow,
  parsers: { alloc: () => new HTTPParser(REQUEST), free() {} },
};
