// A head just under and one over the server's maxHeaderSize (the latter: 431, then the server
// closes), then an idle keep-alive connection that the server closes after keepAliveTimeout.
const net = require('net');
const http = require('http');
const { log, port, readAll, showHttp } = require('../lib');

function raw(name, text) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1', () => sock.write(text));
    readAll(sock).then((got) => { log(`${name}:`); console.log(showHttp(got)); resolve(); });
  });
}

function get(path, headers) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => { log(path, res.statusCode, res.statusMessage, res.headers.connection, JSON.stringify(data)); resolve(); });
    }).on('error', (e) => { log(path, 'error', e.code, e.message); resolve(); });
  });
}

(async () => {
  await get('/small', { 'X-Fill': 'a'.repeat(1500) });
  await get('/big', { 'X-Fill': 'a'.repeat(3000) });
  await raw('raw big', `GET /raw-big HTTP/1.1\r\nHost: x\r\nX-Fill: ${'b'.repeat(4000)}\r\n\r\n`);
  await raw('many headers', `GET /many HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${'X-H: v\r\n'.repeat(300)}\r\n`);
  // Keep-alive: the server must close this connection after ~1 s of idleness.
  const t0 = Date.now();
  await new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1', () => sock.write('GET /idle HTTP/1.1\r\nHost: x\r\n\r\n'));
    readAll(sock).then((got) => {
      const waited = Date.now() - t0;
      log('idle connection closed by the server after >= 900 ms:', waited >= 900, 'and < 4000 ms:', waited < 4000);
      console.log(showHttp(got));
      resolve();
    });
  });
  await get('/last', {});
})();
