// llhttp serves RTSP/x.y requests (RTSP's methods, GET and POST) and ICE/x.y ones (SOURCE alone)
// as HTTP requests of that version; another method fails just past the protocol's name, a bad
// protocol past its longest prefix of HTTP/, RTSP/ or ICE/, a bad version at the digit or dot
// llhttp expected (for HTTP too).
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log(`  request ${req.method} ${req.url} ${req.httpVersion} ${JSON.stringify(req.headers)}`);
  res.end('ok');
});
server.on('clientError', (e, s) => {
  console.log(`  clientError ${e.code} ${JSON.stringify(e.reason)} ${e.bytesParsed}`);
  s.destroy();
});
const lines = [
  'DESCRIBE rtsp://h/a RTSP/1.0', 'OPTIONS * RTSP/1.0', 'GET /a RTSP/1.0', 'POST /a RTSP/1.0', 'SETUP /a RTSP/2.0',
  'PLAY /a RTSP/0.9', 'TEARDOWN /a RTSP/1.1', 'DESCRIBE /a RTSP/3.0', 'PUT /a RTSP/1.0', 'HEAD /a RTSP/1.0',
  'SOURCE /a RTSP/1.0', 'SOURCE /a ICE/1.0', 'SOURCE /a ICE/2.0', 'GET /a ICE/1.0', 'PLAY /a HTTP/1.1',
  'DESCRIBE /a RTSP1.0', 'DESCRIBE /a RTS/1.0', 'GET /a HTTX/1.1', 'GET /a IC/1.0', 'DESCRIBE /a RTSP/x.0',
  'DESCRIBE /a RTSP/10.0', 'DESCRIBE /a RTSP/1.x', 'GET /a HTTP/1.x', 'GET /a HTTP/x.1', 'GET /a HTTP/11.1',
  'SOURCE /a ICE/x.0', 'DESCRIBE /a RTSP/1.0 x',
];

server.listen(0, '127.0.0.1', async () => {
  for (const line of lines) {
    console.log(line);
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end(`${line}\r\nCSeq: 1\r\nHost: h\r\n\r\n`));
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('error', () => {});
      c.on('close', () => {
        console.log(`  response ${JSON.stringify(got.split('\r\n').filter((l) => /^HTTP|^Connection/.test(l)).join('|'))}`);
        resolve();
      });
    });
  }
  server.close();
});
