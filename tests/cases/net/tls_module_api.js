// node:tls loads with node 20's API (constants, cipher list, ALPN conversion, checkServerIdentity); TLS sockets themselves are unavailable.
const tls = require('tls');
console.log(Object.keys(tls), tls.getCiphers().length, tls.DEFAULT_CIPHERS.length, Object.isFrozen(tls.rootCertificates));
const o = {}; tls.convertALPNProtocols(['h2', 'http/1.1'], o); console.log(o);
try { tls.convertALPNProtocols(['x'.repeat(300)], {}); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(tls.createSecureContext({}), tls.checkServerIdentity('a.example.com', { subjectaltname: 'DNS:*.example.com' }));
for (const [h, cert] of [['b.example.org', { subjectaltname: 'DNS:*.example.com, DNS:example.com' }], ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }], ['10.0.0.1', { subjectaltname: 'IP Address:127.0.0.1, IP Address:::1' }], ['x.com', { subject: { CN: 'x.com' } }],
  ['y.com', { subject: { CN: ['a.com', 'y.com'] } }], ['z.com', { subject: { CN: 'x.com' } }], ['z.com', {}], ['Foo.Example.com.', { subjectaltname: 'DNS:foo.example.com' }],
  ['a.b.com', { subjectaltname: 'DNS:"a.b.com"' }], ['q.com', { subjectaltname: 'DNS:"bad' }], ['a.com', { subjectaltname: 'DNS:*.com' }], ['fooa.x.com', { subjectaltname: 'DNS:foo*.x.com' }]]) {
  let r; try { r = tls.checkServerIdentity(h, cert); } catch (e) { r = e; }
  console.log(h, r === undefined ? 'ok' : [r.code, r.message, r.reason, r.host]);
}

console.log(typeof tls.TLSSocket, tls.TLSSocket.prototype instanceof require('net').Socket, tls.Server.prototype instanceof require('net').Server);
