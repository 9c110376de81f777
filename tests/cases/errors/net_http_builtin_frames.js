// Stacks through net and the http client as node shows them: a second listen's EADDRINUSE
// (emitListeningNT / emitErrorNT of node:net), 'socket hang up' from socketOnEnd (a server
// that ends or destroys the socket) and from a request destroyed before its socket
// (_destroy / onSocketNT), and a listener's frames below the http client's error event
// (emitErrorEvent, Socket.socketErrorListener, Socket.emit).
// @normalize: :::\d+
const http = require('http');
const net = require('net');
const srv = http.createServer((req, res) => {
  if (req.url === '/end') { req.socket.end(); return; }
  req.socket.destroy();
});
const port = () => srv.address().port;
const steps = [
  (next) => {
    const second = net.createServer();
    second.on('error', (e) => { console.log('listen', e.code, e.stack); next(); });
    second.listen(port());
  },
  (next) => { const r = http.get({ port: port(), path: '/end' }); r.on('error', (e) => { console.log('end', e.code, e.stack); next(); }); },
  (next) => { const r = http.get({ port: port() }); r.on('error', (e) => { console.log('destroy', e.code, e.stack); next(); }); },
  (next) => { const r = http.get({ port: port() }); r.destroy(); r.on('error', (e) => { console.log('req.destroy', e.code, e.stack); next(); }); },
  (next) => {
    const r = http.get({ port: port(), path: '/end' });
    r.on('error', function onError() { console.log('listener', new Error('in listener').stack); next(); });
  },
];
srv.listen(0, () => {
  let i = 0;
  const next = () => { if (i < steps.length) steps[i++](next); else srv.close(); };
  next();
});
