// The bytes a latin1 / 'binary' header value goes out as: with chunked encoding the head leaves in
// latin1 with the first size line (rjs re-encoded it with the chunk as UTF-8); with a Content-Length
// a content-disposition value is read as latin1 bytes of UTF-8 (node's RFC 6266 handling).
const http = require('http');
const net = require('net');
const B = 'b\u00c3\u00a5r';
const variants = {
  wa: (res) => { res.writeHead(200, ['x-v', B]); res.end('hello'); },
  wan: (res) => { res.writeHead(200, ['x-v', [B]]); res.end('hello'); },
  wo: (res) => { res.writeHead(200, { 'x-v': B }); res.end('hello'); },
  wu: (res) => { res.writeHead(200, { 'x-v': 'bår' }); res.end('hello'); },
  sh: (res) => { res.setHeader('x-v', B); res.end('hello'); },
  sh2: (res) => { res.setHeader('x-v', B); res.writeHead(200); res.end('hello'); },
  wcl: (res) => { res.writeHead(200, ['Content-Length', '5', 'x-v', B]); res.end('hello'); },
  wclu: (res) => { res.writeHead(200, ['Content-Length', '5', 'x-v', 'bår']); res.end('hello'); },
  shcl: (res) => { res.setHeader('Content-Length', '5'); res.setHeader('x-v', B); res.end('hello'); },
  wcl2: (res) => { res.writeHead(200, ['Content-Length', '5', 'x-v', B]); res.write('hel'); res.end('lo'); },
  wchunk: (res) => { res.writeHead(200, ['x-v', B]); res.write(''); res.end(); },
  cd: (res) => { res.writeHead(200, ['Content-Length', '5', 'content-disposition', B]); res.end('hello'); },
  cda: (res) => { res.writeHead(200, ['Content-Length', '5', 'content-disposition', [B, B]]); res.end('hello'); },
  cdimpl: (res) => { res.setHeader('content-disposition', B); res.end('hello'); },
  cdchunk: (res) => { res.writeHead(200, ['content-disposition', B]); res.end('hello'); },
  cdfirst: (res) => { res.writeHead(200, ['content-disposition', B, 'Content-Length', '5']); res.end('hello'); },
  ap: (res) => { res.appendHeader('x-v', B); res.end('hello'); },
};
const server = http.createServer((req, res) => variants[req.url.slice(1)](res));
server.listen(0, async () => {
  for (const k of Object.keys(variants)) {
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, () => c.end(`GET /${k} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
      const bufs = [];
      c.on('data', (d) => bufs.push(d));
      c.on('close', () => {
        const b = Buffer.concat(bufs);
        const m = /x-v: |content-disposition: /i.exec(b.toString('latin1')); const i = m ? m.index + m[0].length - 5 : -1;
        console.log(k, b.subarray(i + 5, b.indexOf('\r\n', i)).toString('hex'));
        resolve();
      });
    });
  }
  server.close();
});
