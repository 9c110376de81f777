// listen(port, '::') is node's dual-stack listener: it reports '::'/IPv6 and IPv4 clients reach it.
const net = require('net');
const http = require('http');
const s = http.createServer((q, r) => r.end('ok')).listen(0, '::', () => {
  const a = s.address();
  console.log(a.address, a.family, s._connectionKey.replace(/\d+$/, 'P'));
  http.get({ host: '127.0.0.1', port: a.port }, (res) => { res.resume(); res.on('end', () => { console.log('v4 client reached', res.statusCode); s.close(); }); });
});
