// insecureHTTPParser on client and server: control bytes in header values, bare LF, CL with TE.
const http = require('http');
const net = require('net');
const seq = [];
function step(name, fn) { seq.push([name, fn]); }
function run() { const n = seq.shift(); if (!n) return; console.log('--', n[0]); n[1](() => setTimeout(run, 5)); }
const replies = [
  'HTTP/1.1 200 OK\r\nX: a\x01b\x7fc\r\nContent-Length: 2\r\n\r\nok',
  'HTTP/1.1 200 OK\nX: bare\nContent-Length: 2\n\nok',
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX\x01Y: v\r\nContent-Length: 0\r\n\r\n',
];
for (const [i, reply] of replies.entries()) {
  for (const insecure of [false, true]) {
    step(`client reply ${i} insecure=${insecure}`, (done) => {
      const s = net.createServer((c) => { c.on('error', () => {}); c.once('data', () => { c.write(reply); setTimeout(() => c.destroy(), 20); }); });
      s.listen(0, '127.0.0.1', () => {
        let fin = false;
        const end = (m) => { if (fin) return; fin = true; console.log(m); s.close(done); };
        const r = http.get({ host: '127.0.0.1', port: s.address().port, agent: false, insecureHTTPParser: insecure }, (res) => {
          let b = ''; res.on('data', (d) => b += d);
          res.on('end', () => end(`${res.statusCode} ${JSON.stringify(res.headers)} ${JSON.stringify(b)}`));
        });
        r.on('error', (e) => end(`error ${e.code} ${e.reason}`));
      });
    });
  }
}
const requests = [
  'GET / HTTP/1.1\r\nHost: h\r\nX: a\x01b\r\nConnection: close\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
];
for (const [i, request] of requests.entries()) {
  for (const insecure of [false, true]) {
    step(`server request ${i} insecure=${insecure}`, (done) => {
      const srv = http.createServer({ insecureHTTPParser: insecure }, (req, res) => { let b = ''; req.on('data', (d) => b += d); req.on('end', () => { console.log('request', JSON.stringify(req.headers.x), JSON.stringify(b)); res.end('ok'); }); });
      srv.on('clientError', (e, sock) => { console.log('clientError', e.code, e.reason); sock.destroy(); });
      srv.listen(0, '127.0.0.1', () => {
        const c = net.connect(srv.address().port, '127.0.0.1');
        let got = ''; c.setEncoding('latin1'); c.on('data', (d) => got += d);
        c.on('close', () => { console.log('status line', JSON.stringify(got.split('\r\n')[0])); srv.close(done); });
        c.end(request);
      });
    });
  }
}
run();
