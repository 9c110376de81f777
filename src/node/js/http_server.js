// internal/http_server: node's http.Server and ServerResponse (node 20 semantics) over net.
'use strict';

const net = require('net');
const EE = require('events');
const { Buffer } = require('buffer');
const { setInterval, clearInterval } = require('internal/loop');
const common = require('internal/http_common');
const {
  STATUS_CODES, HTTPParser, IncomingMessage, OutgoingMessage, validateHeaderName, validateHeaderValue,
  checkInvalidHeaderChar, continueExpression, chunkExpression, kOutHeaders, kNeedDrain, kIncomingMessage,
  kUniqueHeaders, parseUniqueHeadersOption, freeParser, prepareError, connResetException, rawHostExpect,
} = common;
const { validateInteger, validateBoolean, validateObject } = require('internal/validators');
const codes = () => require('internal/errors').codes;
const dc = require('diagnostics_channel');

// node's diagnostics channels: published only while someone subscribes.
const onRequestStartChannel = dc.channel('http.server.request.start');
const onResponseFinishChannel = dc.channel('http.server.response.finish');

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new (codes().ERR_HTTP_SOCKET_ASSIGNED)();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

// node 20's internal/validators link check (RFC 8288): <uri> then `; param[=value]` pairs.
const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const kLinkFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';
function validateLinkHeaderFormat(value) {
  if (typeof value === 'undefined' || !linkValueRegExp.exec(value)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('hints', value, kLinkFormat);
  }
}
function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat(hints);
    return hints;
  }
  if (!Array.isArray(hints)) throw new (codes().ERR_INVALID_ARG_VALUE)('hints', hints, kLinkFormat);
  for (const link of hints) validateLinkHeaderFormat(link);
  return hints.join(', ');
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  head += `Link: ${link}\r\n`;
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

const kWriteHeadSent = ['node:_http_server:344', "    throw new ERR_HTTP_HEADERS_SENT('write');", 5];
ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) {
    const err = new (codes().ERR_HTTP_HEADERS_SENT)('write');
    throw common.atNodeThrow(err, kWriteHeadSent, [`${this.constructor.name}.writeHead (node:_http_server:344:11)`]);
  }
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    // Node's message formats the value with util.format's %s: '{}', '[ 1, 2 ]', not String(value).
    throw new (codes().ERR_HTTP_INVALID_STATUS_CODE)(require('util').format('%s', originalStatusCode));
  }

  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (obj === undefined || obj === null) obj = reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    let k;
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new (codes().ERR_INVALID_ARG_VALUE)('headers', obj);
      // node 20 sets each pair in turn: a later duplicate replaces an earlier one.
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n + 0];
        if (k) this.setHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }

  if (checkInvalidHeaderChar(this.statusMessage)) throw new (codes().ERR_INVALID_CHAR)('statusMessage');

  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server --------------------------------------------------------------------------------

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;

  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;

  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300000;
  }

  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new (codes().ERR_OUT_OF_RANGE)('headersTimeout', '<= requestTimeout', headersTimeout);
  }

  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5000;
  }

  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30000;
  }

  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }

  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;

  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

function setupConnectionsTracking() {
  if (!this[kConnections]) this[kConnections] = new Set();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  const interval = this.connectionsCheckingInterval;
  if (interval > 0) {
    this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), interval);
    this[kConnectionsCheckingInterval].unref();
  }
}

// As node's: the connections checker is stopped, and stays on the server (destroyed).
function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay === undefined ? true : options.noDelay,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close() {
  httpServerPreClose(this);
  net.Server.prototype.close.apply(this, arguments);
  return this;
};

if (Symbol.asyncDispose) {
  Server.prototype[Symbol.asyncDispose] = function () {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };
}

Server.prototype.closeAllConnections = function closeAllConnections() {
  const conns = this[kConnections];
  if (!conns) return;
  for (const socket of Array.from(conns)) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  const conns = this[kConnections];
  if (!conns) return;
  for (const socket of Array.from(conns)) {
    const parser = socket.parser;
    if (parser && parser.inMessage) continue; // receiving a request
    if (socket._httpMessage && !socket._httpMessage.finished) continue;
    const state = socket[kState];
    if (state && (state.incoming.length > 0 || state.outgoing.length > 0)) continue;
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EE.captureRejectionSymbol] = function (err, event, ...args) {
  switch (event) {
    case 'request': {
      const res = args[1];
      if (!res.headersSent && !res.writableEnded) {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      break;
    }
    default:
      if (typeof net.Server.prototype[EE.captureRejectionSymbol] === 'function') {
        net.Server.prototype[EE.captureRejectionSymbol].call(this, err, event, ...args);
      } else {
        process.nextTick(() => { throw err; });
      }
  }
};

function checkConnections() {
  const headersTimeout = Number.isFinite(this.headersTimeout) && this.headersTimeout >= 0 ? this.headersTimeout : 0;
  const requestTimeout = Number.isFinite(this.requestTimeout) && this.requestTimeout >= 0 ? this.requestTimeout : 0;
  if (headersTimeout === 0 && requestTimeout === 0) return;
  const conns = this[kConnections];
  if (!conns) return;
  const now = Date.now();
  for (const socket of Array.from(conns)) {
    const parser = socket.parser;
    // As node's connections list: a connection is timed from its start until its first message
    // begins, then each message from its first byte to its end; one that expires is timed again
    // only from its next message.
    if (!parser || !parser.timed) continue;
    const elapsed = now - parser.messageStart;
    if ((headersTimeout > 0 && !parser.headersCompleted && elapsed > headersTimeout) ||
        (requestTimeout > 0 && elapsed > requestTimeout)) {
      parser.timed = false;
      socketOnError.call(socket, new (codes().ERR_HTTP_REQUEST_TIMEOUT)());
    }
  }
}

const kState = Symbol('kHttpConnectionState');
const kOnRead = Symbol.for('rjs.net.onRead');

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

function connectionListenerInternal(server, socket) {
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = new HTTPParser(HTTPParser.REQUEST);
  parser.initialize(HTTPParser.REQUEST, server.maxHeaderSize || 0, server.insecureHTTPParser);
  parser.socket = socket;
  parser.ownTicks = socket instanceof net.Socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;
  parser.messageStart = Date.now(); // timed from the connection's start (checkConnections)
  parser.timed = true;

  const state = {
    onData: null, onEnd: null, onClose: null, onDrain: null, onPendingData: null, socket, server,
    outgoing: [], incoming: [], outgoingData: 0, requestsCount: 0, keepAliveTimeoutSet: false,
  };
  socket[kState] = state;
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  state.onPendingData = updateOutgoingData.bind(undefined, socket, state);
  socket.on('data', state.onData);
  socket[kOnRead] = state.onData; // net.Socket hands its reads to the parser directly
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);
  socket.setEncoding = socketSetEncoding;
  socket._paused = false;

  if (!server[kConnections]) server[kConnections] = new Set();
  server[kConnections].add(socket);
}

function socketSetEncoding() {
  throw new (codes().ERR_HTTP_SOCKET_ENCODING)();
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  const server = socket.server;
  if (server && server[kConnections]) server[kConnections].delete(socket);
  freeParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
  abortOutgoing(state.outgoing);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function abortOutgoing(outgoing) {
  while (outgoing.length) {
    const res = outgoing.shift();
    res.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen && state.outgoing.length && state.outgoing.every((res) => res.finished)) {
    // Pipelined responses already ended but queued behind one the socket is still taking: node
    // has handed them to the kernel's buffers by the time it reads the FIN, so they all arrive;
    // the socket ends after the last of them.
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

const noop = () => {};
const badRequestResponse = Buffer.from(`HTTP/1.1 400 ${STATUS_CODES[400]}\r\nConnection: close\r\n\r\n`, 'ascii');
const requestTimeoutResponse = Buffer.from(`HTTP/1.1 408 ${STATUS_CODES[408]}\r\nConnection: close\r\n\r\n`, 'ascii');
const requestHeaderFieldsTooLargeResponse = Buffer.from(`HTTP/1.1 431 ${STATUS_CODES[431]}\r\nConnection: close\r\n\r\n`, 'ascii');
const requestChunkExtensionsTooLargeResponse = Buffer.from(`HTTP/1.1 413 ${STATUS_CODES[413]}\r\nConnection: close\r\n\r\n`, 'ascii');

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse; break;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    socket.removeListener('data', state.onData);
    if (socket[kOnRead] === state.onData) socket[kOnRead] = null;
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    delete socket.setEncoding;
    parser.finish();
    freeParser(parser, req, socket);
    if (server[kConnections]) server[kConnections].delete(socket);
    if (server.listenerCount(eventName) > 0) {
      const bodyHead = d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();
  }
  if (socket._paused && socket.parser) socket.parser.pause();
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

// node's 'finish' listener is a bound resOnFinish: a closure costs the engine far less.
function resFinishListener(req, res, socket, state, server) {
  const onResFinish = () => resOnFinish(req, res, socket, state, server);
  return onResFinish;
}

function resOnFinish(req, res, socket, state, server) {
  if (onResponseFinishChannel.hasSubscribers) {
    onResponseFinishChannel.publish({ request: req, response: res, socket, server });
  }
  state.incoming.shift();
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);

  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      // As node 20: the socket outlives the advertised timeout by a second, so that a client
      // reusing it at the last moment is not reset.
      socket.setTimeout(server.keepAliveTimeout + 1000);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }

  state.incoming.push(req);

  const highWaterMark = socket.writableHighWaterMark;
  if (!socket._paused) {
    const ws = socket._writableState;
    if ((ws && ws.needDrain) || state.outgoingData >= highWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }

  const res = new server[kServerResponse](req, {
    highWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = state.onPendingData;
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  if (onRequestStartChannel.hasSubscribers) {
    onRequestStartChannel.publish({ request: req, response: res, socket, server });
  }

  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  res.on('finish', resFinishListener(req, res, socket, state, server));

  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // (The server's own IncomingMessage: both answers from one look at the raw headers.)
    const builtin = server[kIncomingMessage] === IncomingMessage;
    const seen = builtin ? rawHostExpect(req) : 0;
    if (server.requireHostHeader && (builtin ? (seen & 1) === 0 : req.headers.host === undefined)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const isRequestsLimitSet = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (isRequestsLimitSet && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (builtin ? (seen & 2) !== 0 : req.headers.expect !== undefined) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return 0;
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  httpServerPreClose,
  kConnectionsCheckingInterval,
};
