// A tls.TLSSocket can be constructed over a net.Socket or any Duplex (packages such as got's
// http2-wrapper do it at load time to reach _handle._parentWrap); it is a net.Socket.
const stream = require('stream');
const net = require('net');
const tls = require('tls');
const s = new tls.TLSSocket(new stream.PassThrough());
console.log(s instanceof net.Socket, s instanceof tls.TLSSocket, s.encrypted, typeof s._handle._parentWrap.constructor);
const s2 = new tls.TLSSocket(new net.Socket());
console.log(s2._handle._parentWrap instanceof net.Socket, s2.authorized, s2.alpnProtocol);
