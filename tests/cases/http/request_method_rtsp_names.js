// Request methods as llhttp reads them: RTSP's methods (FLUSH, DESCRIBE, GET_PARAMETER, ...) are known
// prefixes, so a mismatch is found further in, and a complete RTSP method in an HTTP/1.x request is
// HPE_INVALID_CONSTANT 'Invalid method for HTTP/x.x request' at the '/' after HTTP.
const http = require('http'); const net = require('net');
const payloads = ['FLUSH / HTTP/1.1\r\nHost: x\r\n\r\n', 'FLUSHX / HTTP/1.1\r\n\r\n', 'DESCRIBE / HTTP/1.1\r\nHost: x\r\n\r\n', 'DESCRIBX / HTTP/1.1\r\n\r\n', 'ANNOUNCE / HTTP/1.1\r\nHost: x\r\n\r\n', 'SETUP / HTTP/1.1\r\nHost: x\r\n\r\n', 'PLAY / HTTP/1.1\r\nHost: x\r\n\r\n', 'PLAX / HTTP/1.1\r\n\r\n', 'TEARDOWN / HTTP/1.1\r\nHost: x\r\n\r\n', 'GET_PARAMETER / HTTP/1.1\r\nHost: x\r\n\r\n', 'GET_X / HTTP/1.1\r\nHost: x\r\n\r\n', 'SET_PARAMETER / HTTP/1.1\r\n\r\n', 'REDIRECT / HTTP/1.1\r\n\r\n', 'RECORD / HTTP/1.1\r\n\r\n', 'RECORX / HTTP/1.1\r\n\r\n', 'PAUSE / HTTP/1.1\r\n\r\n', 'PAUSX / HTTP/1.1\r\n\r\n', 'FOO /\r\n', 'G\r\n', 'PUX / HTTP/1.1\r\n\r\n', 'X', 'get / HTTP/1.1\r\n\r\n'];
const server = http.createServer((req, res) => { console.log(JSON.stringify(cur), 'request', req.method); res.end(); });
let cur;
server.on('clientError', (e, s) => { console.log(JSON.stringify(cur), e.code, e.bytesParsed, JSON.stringify(e.reason)); s.destroy(); });
server.listen(0, async () => {
  for (const p of payloads) {
    cur = p;
    await new Promise((resolve) => { const c = net.connect(server.address().port, () => c.write(p)); c.resume(); c.on('error', () => {}); c.on('close', resolve); setTimeout(() => c.destroy(), 200); });
  }
  server.close();
});
