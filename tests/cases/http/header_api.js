// OutgoingMessage/ServerResponse header API: validation messages (names rendered as util.format's %s), set/append/get/remove, setHeaders, DEP0066 _headers/_headerNames, writeHead with arrays (node 20: pairs replace earlier ones when headers were set), IncomingMessage header joining.
const http = require('http');
const util = require('util');
function t(label, f) { try { console.log(label, util.inspect(f())); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } }
const { OutgoingMessage, ServerResponse, IncomingMessage, ClientRequest } = http;
t('vhn', () => http.validateHeaderName('x-ok'));
for (const n of [undefined, 1, '', 'a b', 'ä', 'x:y', {}]) t('vhn ' + util.inspect(n), () => http.validateHeaderName(n));
for (const v of [undefined, 'ok', 'a\nb', 'ä', 1, ['a', 'b\r'], {}, null, 'é\t']) t('vhv ' + util.inspect(v), () => http.validateHeaderValue('x-h', v));
t('vhn label', () => http.validateHeaderName('a b', 'Trailer name'));
const m = new OutgoingMessage();
t('set1', () => m.setHeader('X-Foo', 'bar') === m);
t('set2', () => m.setHeader('x-arr', ['a', 'b']) === m);
t('set3', () => m.setHeader('X-Num', 5) === m);
t('append1', () => m.appendHeader('x-foo', 'baz') === m);
t('append2', () => m.appendHeader('x-new', ['1', '2']) === m);
t('append3', () => m.appendHeader('x-num', 6) === m);
t('get', () => [m.getHeader('x-foo'), m.getHeader('X-ARR'), m.getHeader('x-num'), m.getHeader('nope')]);
t('names', () => m.getHeaderNames());
t('raw', () => m.getRawHeaderNames());
t('headers', () => m.getHeaders());
t('has', () => [m.hasHeader('X-FOO'), m.hasHeader('none')]);
t('remove', () => m.removeHeader('X-Foo'));
t('names2', () => m.getHeaderNames());
t('setHeaders map', () => { m.setHeaders(new Map([['a', '1'], ['B', ['2', '3']]])); return m.getHeaders(); });
t('setHeaders Headers', () => { m.setHeaders(new Headers({ 'set-cookie': 'a=1', c: '2' })); return m.getHeaders(); });
t('setHeaders bad', () => m.setHeaders({ a: 1 }));
t('setHeaders bad2', () => m.setHeaders(null));
t('setHeaders undefined', () => m.setHeaders());
t('props', () => [m.headersSent, m.writableEnded, m.writableFinished, m.writableLength, m.writableHighWaterMark, m.writableCorked, m.writableObjectMode, m.chunkedEncoding, m.sendDate, m.finished, m.destroyed, m._header, m.socket, m.connection, m.writable]);
t('inspect keys', () => Object.keys(new OutgoingMessage()));
t('headersSent', () => Object.getOwnPropertyDescriptor(OutgoingMessage.prototype, 'headersSent') ? 'proto' : 'own');
t('_headers', () => { const x = new OutgoingMessage(); x.setHeader('a', 'b'); return [x._headers, x._headerNames]; });
t('STATUS', () => [Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[418], http.STATUS_CODES[425], http.STATUS_CODES[509]]);
t('METHODS', () => http.METHODS.join(','));
t('maxHeaderSize', () => http.maxHeaderSize);
t('exports', () => Object.keys(http).sort().join(','));
t('agent', () => { const a = new http.Agent(); return [a.maxSockets, a.maxFreeSockets, a.maxTotalSockets, a.keepAlive, a.keepAliveMsecs, a.scheduling, a.defaultPort, a.protocol, a.options]; });
t('globalAgent', () => [http.globalAgent.keepAlive, http.globalAgent.options, http.globalAgent.maxSockets]);
t('getName', () => { const a = new http.Agent(); return [a.getName(), a.getName({ host: 'h', port: 80, localAddress: 'l', family: 4 }), a.getName({ socketPath: '/x' })]; });
t('sr', () => { const req = new IncomingMessage(null); req.method = 'GET'; req.httpVersionMajor = 1; req.httpVersionMinor = 1; const r = new ServerResponse(req); return [r.statusCode, r.statusMessage, r.sendDate, r.shouldKeepAlive, r.useChunkedEncodingByDefault, r.req === req, r._hasBody]; });
t('sr writeHead', () => { const req = new IncomingMessage(null); req.method = 'GET'; req.httpVersionMajor = 1; req.httpVersionMinor = 1; const r = new ServerResponse(req); r.setHeader('x-a', '1'); r.writeHead(201, 'Yay', [['x-b', '2'], ['x-c', '3']]); return r._header; });
t('sr writeHead flat', () => { const req = new IncomingMessage(null); req.method = 'GET'; req.httpVersionMajor = 1; req.httpVersionMinor = 1; const r = new ServerResponse(req); r.writeHead(200, ['x-b', '2', 'x-b', '3']); return r._header.replace(/Date: .*\r\n/, ''); });
t('sr writeHead odd', () => { const req = new IncomingMessage(null); req.method = 'GET'; req.httpVersionMajor = 1; req.httpVersionMinor = 1; const r = new ServerResponse(req); r.writeHead(200, ['x-b', '2', 'x-b']); return r._header; });
t('sr writeHead obj', () => { const req = new IncomingMessage(null); req.method = 'HEAD'; req.httpVersionMajor = 1; req.httpVersionMinor = 0; const r = new ServerResponse(req); r.setHeader('X-A', '1'); r.writeHead(204, { 'x-a': '2', 'Content-Length': 5 }); return [r._header.replace(/Date: .*\r\n/, ''), r._hasBody]; });
t('sr statusMessage bad', () => { const req = new IncomingMessage(null); req.method = 'GET'; const r = new ServerResponse(req); r.writeHead(200, 'a\nb'); });
t('sr status chain', () => { const req = new IncomingMessage(null); req.method = 'GET'; const r = new ServerResponse(req); return r.writeHead(200) === r; });
t('im', () => { const i = new IncomingMessage(null); return [i.headers, i.rawHeaders, i.trailers, i.rawTrailers, i.complete, i.aborted, i.url, i.method, i.statusCode, i.statusMessage, i.httpVersion, i.upgrade, i.headersDistinct, i.trailersDistinct, i.socket]; });
t('im set headers', () => { const i = new IncomingMessage(null); i.headers = { a: 1 }; i.trailers = { b: 2 }; return [i.headers, i.trailers]; });
t('im addHeaderLine', () => { const i = new IncomingMessage(null); const h = {}; for (const [k, v] of [['Set-Cookie', 'a'], ['set-cookie', 'b'], ['Cookie', 'x'], ['cookie', 'y'], ['X-A', '1'], ['x-a', '2'], ['Content-Type', 'a'], ['content-type', 'b'], ['Host', 'h1'], ['host', 'h2']]) i._addHeaderLine(k, v, h); return h; });
{
const { IncomingMessage, ServerResponse } = http;
const mk = () => { const req = new IncomingMessage(null); req.method = 'GET'; req.httpVersionMajor = 1; req.httpVersionMinor = 1; const r = new ServerResponse(req); r.sendDate = false; return r; };
let r = mk(); r.setHeader('x-a', '1'); r.writeHead(200, ['x-b', '2', 'x-b', '3', 'X-A', '4']); console.log(JSON.stringify(r._header));
r = mk(); r.setHeader('x-a', '1'); r.writeHead(200, { 'x-b': ['2', '3'] }); console.log(JSON.stringify(r._header));
r = mk(); r.writeHead(200, ['x-b', '2', 'x-b', '3']); console.log(JSON.stringify(r._header));
r = mk(); r.writeHead(200, [['x-b', '2'], ['x-c', '3']]); console.log(JSON.stringify(r._header));
r = mk(); r.writeHead('201'); console.log(JSON.stringify(r._header), r.statusCode);
r = mk(); r.writeHead(200.7, 'X'); console.log(JSON.stringify(r._header), r.statusCode);
r = mk(); r.statusMessage = 'Custom'; r.writeHead(404); console.log(JSON.stringify(r._header));
r = mk(); try { r.writeHead(200, { 'bad name': 1 }); } catch (e) { console.log(e.code, e.message); }
r = mk(); try { r.writeHead(200, { 'x': 'a\nb' }); } catch (e) { console.log(e.code, e.message); }
r = mk(); try { r.writeHead(200, { 'x': undefined }); } catch (e) { console.log(e.code, e.message); }
r = mk(); r.setHeader('a', 'b'); try { r.writeHead(200, { 'x': undefined }); } catch (e) { console.log(e.code, e.message); }
}
