// node:https -- the client goes through the host (internalBinding('host_http'): wasi:http under
// wasmtime `-S http` and the rjs launcher, the browser's fetch in the playground), so TLS stays
// in the host. https.Agent's connections are HostHttpSocket objects: the ClientRequest writes
// its request to one as to a TLS socket; the socket sends the whole request through host_http
// once it is complete and feeds the response back as HTTP/1.1 bytes, so the usual parser,
// IncomingMessage, keep-alive and timeouts all apply. Servers need TLS in rjs: not available.
'use strict';

const { Agent: HttpAgent, ClientRequest, urlToHttpOptions } = require('internal/http_client');

const codes = () => require('internal/errors').codes;
const unavailable = (what) => new (codes().ERR_TLS_UNAVAILABLE)(what);

// ---- the socket ------------------------------------------------------------------------------

let Duplex = null;
let HostHttpSocket = null;
const CRLF2 = Buffer.from('\r\n\r\n');

// The request the ClientRequest wrote, once all of it is there: { method, path, headers, body }
// (headers flat [name, value, ...]); null while incomplete; an Error if it cannot be parsed.
function parseRequest(buf, socket) {
  const end = buf.indexOf(CRLF2);
  if (end === -1) return null;
  const lines = buf.toString('latin1', 0, end).split('\r\n');
  const m = /^(\S+) (\S+) HTTP\/1\.[01]$/.exec(lines[0]);
  if (!m) return new Error('malformed request line');
  const headers = [];
  let length = 0;
  let chunked = false;
  let expectContinue = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    const lower = name.toLowerCase();
    if (lower === 'content-length') length = Number(value) || 0;
    else if (lower === 'expect' && /^100-continue$/i.test(value)) expectContinue = true;
    else if (lower === 'transfer-encoding') {
      if (/chunked/i.test(value)) chunked = true;
      continue;
    }
    headers.push(name, value);
  }
  let pos = end + 4;
  // `Expect: 100-continue`: the client holds its body back until told to go on; the host's
  // HTTP stack deals with the server's 100 itself, so the go-ahead is given here.
  if (expectContinue && socket && !socket._continued && buf.length === pos) {
    socket._continued = true;
    socket.push(Buffer.from('HTTP/1.1 100 Continue\r\n\r\n', 'latin1'));
  }
  let body;
  if (chunked) {
    const parts = [];
    for (;;) {
      const eol = buf.indexOf('\r\n', pos);
      if (eol === -1) return null;
      const size = parseInt(buf.toString('latin1', pos, eol), 16);
      if (Number.isNaN(size)) return new Error('malformed chunk');
      pos = eol + 2;
      if (size === 0) {
        const tEnd = buf.indexOf('\r\n', pos);
        if (tEnd === -1) return null;
        pos = tEnd + 2; // trailers are not carried
        break;
      }
      if (buf.length < pos + size + 2) return null;
      parts.push(buf.subarray(pos, pos + size));
      pos += size + 2;
    }
    body = Buffer.concat(parts);
  } else {
    if (buf.length < pos + length) return null;
    body = buf.subarray(pos, pos + length);
    pos += length;
  }
  const noBody = body.length === 0 && !chunked && length === 0;
  return { method: m[1], path: m[2], headers, body: noBody ? null : body, rest: buf.subarray(pos) };
}

// node's error for a failed exchange (as net/dns/tls build them for a real connection).
function exchangeError(code, message, host, port) {
  let err;
  if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    const ip = require('net').isIP(host) ? host : (host === 'localhost' ? '127.0.0.1' : host);
    err = new Error(`connect ${code} ${ip}:${port}`);
    err.errno = { ECONNREFUSED: -111, ETIMEDOUT: -110, EHOSTUNREACH: -113 }[code];
    err.code = code;
    err.syscall = 'connect';
    err.address = ip;
    err.port = port;
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    err = new Error(`getaddrinfo ${code} ${host}`);
    err.errno = code === 'ENOTFOUND' ? -3008 : -3001;
    err.code = code;
    err.syscall = 'getaddrinfo';
    err.hostname = host;
  } else if (code === 'ECONNRESET') {
    err = new Error(message || 'socket hang up');
    err.code = 'ECONNRESET';
  } else if (code === 'EACCES') {
    err = new Error(`connect EACCES ${host}:${port}` + (process.env.RJS_LAUNCHER
      ? ' (rjs: no network access was granted; run rjs with --allow-net)'
      : ' (rjs: the host refused the request)'));
    err.errno = -13;
    err.code = 'EACCES';
    err.syscall = 'connect';
    err.address = host;
    err.port = port;
  } else {
    err = new Error(message || code);
    err.code = code;
  }
  return err;
}

function defineSocket() {
  Duplex = require('stream').Duplex;
  const loop = require('internal/loop');
  const binding = internalBinding('host_http');
  const { STATUS_CODES } = require('internal/http_common');

  // One connection-like object per agent socket: requests go one after another (keep-alive).
  HostHttpSocket = function HostHttpSocket(options) {
    Duplex.call(this, { allowHalfOpen: false });
    this._host = options.host || 'localhost';
    this._protocol = options.protocol || 'https:';
    this._port = Number(options.port) || (this._protocol === 'http:' ? 80 : 443);
    this._pending = [];
    this._pendingLength = 0;
    this._id = -1;
    this._refed = true;
    this._noBody = false;
    this._framing = 'raw';
    this._timeoutMs = 0;
    this._timer = null;
    this._hadError = false;
    this.connecting = false;
    this.encrypted = this._protocol === 'https:';
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = false;
    this.servername = options.servername || null;
    this.remoteAddress = undefined;
    this.remotePort = undefined;
    this.timeout = 0;
    this.bytesWritten = 0;
    this._onReady = () => this._pump();
  };
  Object.setPrototypeOf(HostHttpSocket.prototype, Duplex.prototype);
  Object.setPrototypeOf(HostHttpSocket, Duplex);

  HostHttpSocket.prototype._read = function _read() {};

  HostHttpSocket.prototype._write = function _write(chunk, encoding, cb) {
    if (chunk.length === 0) {
      cb();
      return;
    }
    // A response the parser found complete (by its length) may still have its 'end' event
    // queued in the host: the next request on this keep-alive socket retires it.
    if (this._id !== -1) this._finish();
    this._pending.push(chunk);
    this._pendingLength += chunk.length;
    this.bytesWritten += chunk.length;
    const buf = this._pending.length === 1 ? this._pending[0] : Buffer.concat(this._pending, this._pendingLength);
    const req = parseRequest(buf, this);
    if (req === null) {
      this._pending = [buf];
      cb();
      return;
    }
    this._pending = [];
    this._pendingLength = 0;
    this._continued = false;
    if (req instanceof Error) {
      cb(req);
      return;
    }
    this._start(req);
    cb();
  };

  HostHttpSocket.prototype._start = function _start(req) {
    let host = this._host;
    if (host.includes(':') && host[0] !== '[') host = `[${host}]`;
    const defaultPort = this._protocol === 'https:' ? 443 : 80;
    const authority = this._port === defaultPort ? host : `${host}:${this._port}`;
    const url = `${this._protocol}//${authority}${req.path[0] === '/' ? req.path : '/' + req.path}`;
    this._noBody = req.method === 'HEAD';
    const r = binding.request(req.method, url, req.headers, req.body);
    if (typeof r !== 'number') {
      const err = r.code === 'ERR_HOST_HTTP_UNAVAILABLE' ? hostUnavailable(r.message) : exchangeError(r.code, r.message, this._host, this._port);
      process.nextTick(() => this.destroy(err));
      return;
    }
    this._id = r;
    loop.watchFd(r, 1, this._onReady, this._refed);
    this._touch();
  };

  HostHttpSocket.prototype._pump = function _pump() {
    for (;;) {
      if (this._id === -1) return;
      const ev = binding.read(this._id);
      if (ev === null) return;
      this._touch();
      const kind = ev[0];
      if (kind === 'head') this._head(ev[1], ev[2], ev[3]);
      else if (kind === 'data') this._data(ev[1]);
      else if (kind === 'end') {
        this._finish();
        return;
      } else if (kind === 'error') {
        // A failed exchange ends without the chunked terminator: the body is not complete.
        this._finish(false);
        this.destroy(exchangeError(ev[1], ev[2], this._host, this._port));
        return;
      }
    }
  };

  HostHttpSocket.prototype._head = function _head(status, statusText, flat) {
    if (!this.authorized && this.encrypted) {
      this.authorized = true;
      this.emit('connect');
      this.emit('secureConnect');
    }
    let chunked = false;
    let length = false;
    let head = `HTTP/1.1 ${status} ${statusText || STATUS_CODES[status] || 'unknown'}\r\n`;
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const name = flat[i];
      const lower = name.toLowerCase();
      if (lower === 'transfer-encoding' && /chunked/i.test(flat[i + 1])) chunked = true;
      else if (lower === 'content-length') length = true;
      head += `${name}: ${flat[i + 1]}\r\n`;
    }
    const bodiless = this._noBody || status === 204 || status === 304 || (status >= 100 && status < 200);
    // wasi:http (and the browser's fetch) hand out the body already de-chunked and drop the
    // transfer-encoding header; an HTTP/1.1 body without a length was chunked on the wire, so
    // the head says so again and the body is re-chunked (which also keeps the socket reusable).
    if (!bodiless && !length && !chunked) {
      chunked = true;
      head += 'transfer-encoding: chunked\r\n';
    }
    this._framing = bodiless ? 'none' : chunked ? 'chunked' : 'raw';
    this.push(Buffer.from(head + '\r\n', 'latin1'));
  };

  HostHttpSocket.prototype._data = function _data(chunk) {
    if (this._framing === 'none' || chunk.length === 0) return;
    if (this._framing === 'chunked') {
      this.push(Buffer.from(`${chunk.length.toString(16)}\r\n`, 'latin1'));
      this.push(chunk);
      this.push(Buffer.from('\r\n', 'latin1'));
    } else {
      this.push(chunk);
    }
  };

  HostHttpSocket.prototype._finish = function _finish(complete = true) {
    if (this._id === -1) return;
    if (complete && this._framing === 'chunked') this.push(Buffer.from('0\r\n\r\n', 'latin1'));
    // The next exchange on this (keep-alive) socket starts with no head of its own yet.
    this._framing = 'none';
    loop.unwatchFd(this._id);
    binding.close(this._id);
    this._id = -1;
  };

  HostHttpSocket.prototype._final = function _final(cb) {
    cb();
    if (this._id === -1) process.nextTick(() => this.destroy());
  };

  HostHttpSocket.prototype._destroy = function _destroy(err, cb) {
    if (this._id !== -1) {
      loop.unwatchFd(this._id);
      binding.close(this._id);
      this._id = -1;
    }
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
    cb(err);
  };

  HostHttpSocket.prototype._touch = function _touch() {
    if (this._timer !== null) this._timer.refresh();
  };

  HostHttpSocket.prototype.setTimeout = function setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (this._timer !== null) {
      clearTimeout(this._timer);
      this._timer = null;
    }
    if (msecs > 0) {
      this._timer = globalThis.setTimeout(() => {
        this._timer = null;
        this.emit('timeout');
      }, msecs);
      this._timer.unref();
    }
    if (callback) {
      if (msecs === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    return this;
  };
  HostHttpSocket.prototype.setNoDelay = function setNoDelay() { return this; };
  HostHttpSocket.prototype.setKeepAlive = function setKeepAlive() { return this; };
  HostHttpSocket.prototype.ref = function ref() {
    this._refed = true;
    if (this._id !== -1) loop.refFd(this._id, true);
    return this;
  };
  HostHttpSocket.prototype.unref = function unref() {
    this._refed = false;
    if (this._id !== -1) loop.refFd(this._id, false);
    return this;
  };
  HostHttpSocket.prototype.destroySoon = function destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  };
  HostHttpSocket.prototype.address = function address() { return {}; };
  HostHttpSocket.prototype.getPeerCertificate = function getPeerCertificate() { return {}; };
  HostHttpSocket.prototype.getProtocol = function getProtocol() { return null; };
  HostHttpSocket.prototype.getCipher = function getCipher() { return undefined; };
}

function hostUnavailable(message) {
  const err = new Error(message);
  err.code = 'ERR_HOST_HTTP_UNAVAILABLE';
  return err;
}

function createConnection(options, cb) {
  if (HostHttpSocket === null) defineSocket();
  const socket = new HostHttpSocket(options || {});
  if (typeof cb === 'function') process.nextTick(cb, null, socket);
  return socket;
}

// ---- Agent -----------------------------------------------------------------------------------

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = function (options, cb) {
  // The agent passes the callback; with it, the socket is handed over through it only.
  const socket = createConnection(options);
  return socket;
};

const nameFields = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername',
  'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions',
  'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];
Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const f of nameFields) {
    name += ':';
    if (options[f] !== undefined && options[f] !== null) name += options[f];
  }
  return name;
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- server (no TLS in rjs) ------------------------------------------------------------------

function Server(opts, requestListener) {
  throw unavailable('https.createServer()');
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---- request / get ---------------------------------------------------------------------------

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    const { URL } = require('url');
    options = urlToHttpOptions(new URL(args.shift()));
  } else if (args[0] instanceof require('url').URL) {
    options = urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
// For http_client in the browser (outside hosts go through the host's fetch); not enumerable.
Object.defineProperty(module.exports, '_hostConnection', { value: createConnection, writable: true, configurable: true });
