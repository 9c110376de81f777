// node's legacy underscore built-ins (_stream_*, _http_*, _tls_*) load and hold the public classes; builtinModules lists them.
const stream = require('stream');
const http = require('http');
console.log(require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough);
console.log(require('_http_agent').Agent === http.Agent, require('_http_agent').globalAgent === http.globalAgent);
console.log(require('_http_client').ClientRequest === http.ClientRequest, require('_http_incoming').IncomingMessage === http.IncomingMessage);
console.log(require('_http_outgoing').OutgoingMessage === http.OutgoingMessage, require('_http_server').ServerResponse === http.ServerResponse);
console.log(require('_http_common').methods.length === http.METHODS.length, require('_http_common').CRLF === '\r\n');
console.log(typeof require('_tls_wrap').TLSSocket, typeof require('_tls_common').createSecureContext);
const { builtinModules, isBuiltin } = require('module');
console.log(builtinModules.filter((m) => m.startsWith('_')));
console.log(isBuiltin('_stream_readable'), isBuiltin('node:_http_server'));
class R extends require('_stream_readable') { _read() { this.push('x'); this.push(null); } }
new R().on('data', (d) => console.log(String(d)));
