// node:https — the http API shape; TLS is not available in rjs yet, so creating a server or
// sending a request fails with a clear error (ERR_TLS_UNAVAILABLE).
'use strict';

const http = require('http');
const { Agent: HttpAgent } = require('internal/http_client');

const unavailable = (what) => new (require('internal/errors').codes.ERR_TLS_UNAVAILABLE)(what);

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = function createConnection() {
  throw unavailable('https.request()');
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function Server(opts, requestListener) {
  throw unavailable('https.createServer()');
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(...args) {
  throw unavailable('https.request()');
}

function get(...args) {
  throw unavailable('https.get()');
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
