// node:http -- server and client over net (see internal/http_common, _server, _client).
'use strict';

const common = require('internal/http_common');
const server = require('internal/http_server');
const client = require('internal/http_client');
const { validateInteger } = require('internal/validators');

const { Agent, ClientRequest } = client;
const { Server, ServerResponse } = server;

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: server._connectionListener,
  METHODS: common.METHODS.slice().sort(),
  STATUS_CODES: common.STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage: common.IncomingMessage,
  OutgoingMessage: common.OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true,
  enumerable: true,
  get() { return common.cliOptions().maxHeaderSize; },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return client.globalAgent; },
  set(value) { client.globalAgent = value; },
});
