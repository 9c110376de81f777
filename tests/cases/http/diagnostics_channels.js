// node 20's diagnostics channels for http and net: http.client.request.start/error, http.client.response.finish,
// http.server.request.start/response.finish, net.client.socket, net.server.socket and the net.server.listen
// tracing channel (asyncStart with the listen options, asyncEnd, error) -- their order among the events and
// their message objects. Unsubscribing stops them.
const dc = require('diagnostics_channel');
const http = require('http');
const net = require('net');
const names = ['http.client.request.start', 'http.client.request.error', 'http.client.response.finish',
  'http.server.request.start', 'http.server.response.finish', 'net.client.socket', 'net.server.socket'];
const shape = (m) => Object.entries(m).map(([k, v]) => `${k}:${v && v.constructor && v.constructor.name}`).join(' ');
const subs = names.map((n) => { const f = (m) => console.log('dc', n, shape(m)); dc.subscribe(n, f); return [n, f]; });
const listen = {
  asyncStart: (m) => console.log('listen asyncStart', shape(m), JSON.stringify({ ...m.options, port: typeof m.options.port })),
  asyncEnd: (m) => console.log('listen asyncEnd', shape(m)),
  error: (m) => console.log('listen error', shape(m), m.error.code),
};
dc.tracingChannel('net.server.listen').subscribe(listen);
const server = http.createServer((req, res) => {
  console.log('server request', req.url);
  res.on('finish', () => console.log('res finish'));
  res.end('done');
});
server.on('connection', () => console.log('server connection'));
server.listen({ port: 0, extra: 1 }, () => {
  const { port } = server.address();
  const req = http.get(`http://127.0.0.1:${port}/a`, (res) => {
    console.log('client response', res.statusCode);
    res.resume();
    res.on('end', () => {
      const again = net.createServer();
      again.on('error', (e) => {
        console.log('again error', e.code);
        const bad = http.get({ port, host: '127.0.0.1', path: '/b', createConnection: (o, cb) => cb(new Error('nope')) });
        bad.on('error', (e) => {
          console.log('client error', e.message);
          for (const [n, f] of subs) dc.unsubscribe(n, f);
          dc.tracingChannel('net.server.listen').unsubscribe(listen);
          http.get(`http://127.0.0.1:${port}/c`, (r) => { r.resume(); r.on('end', () => server.close(() => console.log('done'))); });
        });
      });
      again.listen({ port, host: '::', exclusive: true });
    });
  });
  req.on('finish', () => console.log('req finish'));
});
