// The module surface: exports, constants, Agent defaults, class relationships.
const http = require('http');
const https = require('https');
const stream = require('stream');
const net = require('net');

console.log(Object.keys(http));
console.log(http.METHODS.length, http.METHODS.includes('QUERY'), http.STATUS_CODES[418], http.STATUS_CODES[431], Object.keys(http.STATUS_CODES).length);
console.log(http.maxHeaderSize, typeof http.setMaxIdleHTTPParsers);
const ga = http.globalAgent;
console.log(ga instanceof http.Agent, ga.keepAlive, ga.maxSockets, ga.maxFreeSockets, ga.scheduling, ga.keepAliveMsecs, ga.defaultPort, ga.protocol);
console.log(JSON.stringify({ ...ga.options }));
const a = new http.Agent();
console.log(a.keepAlive, a.maxSockets, a.maxTotalSockets, a.totalSocketCount, JSON.stringify({ ...a.options }));
console.log(a.getName({ host: 'h', port: 80 }), a.getName({}), a.getName({ host: 'h', port: 1, localAddress: 'l', family: 4 }));
try { new http.Agent({ scheduling: 'x' }); } catch (e) { console.log(e.code, e.message); }
try { http.setMaxIdleHTTPParsers('x'); } catch (e) { console.log(e.code); }
console.log(Object.getPrototypeOf(http.ServerResponse.prototype) === http.OutgoingMessage.prototype,
  Object.getPrototypeOf(http.ClientRequest.prototype) === http.OutgoingMessage.prototype,
  Object.getPrototypeOf(http.OutgoingMessage.prototype) === stream.Stream.prototype,
  Object.getPrototypeOf(http.IncomingMessage.prototype) === stream.Readable.prototype,
  Object.getPrototypeOf(http.Server.prototype) === net.Server.prototype);
const s = http.createServer();
console.log(s instanceof net.Server, s.timeout, s.keepAliveTimeout, s.headersTimeout, s.requestTimeout, s.maxHeadersCount, s.maxRequestsPerSocket, s.listening);
console.log(typeof https.request, typeof https.get, typeof https.createServer, https.globalAgent.defaultPort, https.globalAgent.protocol);
const om = new http.OutgoingMessage();
om.setHeader('X-One', 1);
console.log(om.getHeader('x-one'), om.headersSent, om.writableEnded, om.writableFinished, om.getHeaderNames());
