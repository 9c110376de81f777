// The server's per-request Host and Expect checks (HTTP/1.1): Host missing, in any case, past
// maxHeadersCount, Expect 100-continue or other values, and a custom IncomingMessage class
// whose headers the checks read instead of the raw ones.
const http = require('http');
const net = require('net');

function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    c.on('error', (e) => resolve('error ' + e.code));
    c.end(text);
  });
}
const show = (t) => t.replace(/Date: [^\r]*\r\n/g, '').split('\r\n').join('|');

class Custom extends http.IncomingMessage {
  get headers() { const h = super.headers; return { ...h, host: h['x-host'], expect: h['x-expect'] }; }
  set headers(v) { super.headers = v; }
}

async function main() {
  const handler = (req, res) => res.end(`ok ${req.headers.host} ${req.headers.expect}`);
  const a = http.createServer(handler);
  a.maxHeadersCount = 2;
  const b = http.createServer({ IncomingMessage: Custom }, handler);
  const c = http.createServer({ requireHostHeader: false }, handler);
  for (const s of [a, b, c]) await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const reqs = [
    'GET / HTTP/1.1\r\nConnection: close\r\n\r\n',
    'GET / HTTP/1.1\r\nHOST: up\r\nConnection: close\r\n\r\n',
    'GET / HTTP/1.1\r\nX-A: 1\r\nX-B: 2\r\nHost: late\r\nConnection: close\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\nEXPECT: 100-continue\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: h\r\nExpect: something\r\nConnection: close\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\nX-Expect: 100-continue\r\nX-Host: xh\r\n\r\n',
    'GET / HTTP/1.0\r\nConnection: close\r\n\r\n',
  ];
  for (const [name, s] of [['default', a], ['custom', b], ['no-host-needed', c]]) {
    for (const text of reqs) console.log(name, JSON.stringify(text.split('\r\n')[1]), show(await raw(s.address().port, text)));
  }
  for (const s of [a, b, c]) s.close();
}
main();
