// A server listening with no host (node's dual-stack '::') takes IPv6 loopback clients as well as
// IPv4 ones: [::1] reaches it (rjs's 0.0.0.0 stand-in for '::' took none, ECONNREFUSED), with
// node's names on both sides, and ::1 on its port is taken while it listens. http and fetch
// to [::1] reach it the same way.
const net = require('net');
const http = require('http');

const server = net.createServer((c) => {
  console.log('server sees', c.remoteAddress, c.remoteFamily, c.localAddress, c.localPort === port);
  c.end('hi');
});
let port;
const connect = (host) => new Promise((resolve) => {
  const c = net.connect(port, host, () => console.log('client', host, c.remoteAddress, c.remoteFamily));
  let got = '';
  c.on('data', (d) => (got += d));
  c.on('error', (e) => console.log('client error', host, e.code));
  c.on('close', () => { console.log('got', JSON.stringify(got)); resolve(); });
});
server.listen(0, async () => {
  port = server.address().port;
  console.log(server.address().address, server.address().family);
  await connect('::1');
  await connect('127.0.0.1');
  const other = net.createServer();
  await new Promise((resolve) => {
    other.on('error', (e) => { console.log('second on ::1', e.code, e.syscall); resolve(); });
    other.listen(port, '::1', () => { console.log('second on ::1 listening'); other.close(resolve); });
  });
  server.close(() => {
    const web = http.createServer((req, res) => res.end(`${req.socket.remoteAddress} ${req.url}`));
    web.listen(0, async () => {
      const p = web.address().port;
      await new Promise((resolve) => http.get({ host: '::1', port: p, path: '/get' }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (d) => console.log('http.get', d));
        res.on('end', resolve);
      }));
      console.log('fetch', await (await fetch(`http://[::1]:${p}/fetch`)).text());
      web.close(() => console.log('closed'));
    });
  });
});
