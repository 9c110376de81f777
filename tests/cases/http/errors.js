// Malformed requests: default clientError answer (400/431 + close), clientError event codes,
// header validation errors, and ECONNREFUSED on the client.
const http = require('http');
const net = require('net');

function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('error', (e) => chunks.push(Buffer.from(`<error ${e.code}>`)));
    c.on('close', () => resolve(Buffer.concat(chunks).toString('latin1').replace(/Date: [^\r]*\r\n/g, '')));
    c.end(text);
  });
}

const inputs = [
  'GARBAGE\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nBad Header: v\r\n\r\n',
  'GET / HTTX/1.1\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX: ' + 'a'.repeat(17000) + '\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n',
];

async function main() {
  const s1 = http.createServer((req, res) => res.end('ok'));
  await new Promise((r) => s1.listen(0, '127.0.0.1', r));
  for (const inp of inputs) console.log('default', JSON.stringify(await raw(s1.address().port, inp)));
  s1.close();

  const s2 = http.createServer((req, res) => res.end('ok'));
  s2.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, err instanceof Error, Buffer.isBuffer(err.rawPacket));
    socket.end('HTTP/1.1 418 Custom\r\n\r\n');
  });
  await new Promise((r) => s2.listen(0, '127.0.0.1', r));
  for (const inp of inputs) console.log('custom', JSON.stringify(await raw(s2.address().port, inp)));
  const port = s2.address().port;
  await new Promise((r) => s2.close(r));

  // Validation errors thrown synchronously.
  const s3 = http.createServer((req, res) => {
    const tryIt = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
    tryIt(() => res.setHeader('bad name', 'x'));
    tryIt(() => res.setHeader('X-Ok', undefined));
    tryIt(() => res.setHeader('X-Ok', 'a\nb'));
    tryIt(() => res.writeHead(99));
    tryIt(() => res.writeHead(1000));
    tryIt(() => http.validateHeaderName(''));
    tryIt(() => http.validateHeaderValue('x', '\u0000'));
    tryIt(() => res.getHeader(1));
    res.end('done');
    tryIt(() => res.setHeader('X-After', '1'));
    tryIt(() => res.removeHeader('X-After'));
    tryIt(() => res.writeHead(200));
    res.write('more', (err) => console.log('write cb', err && err.code));
    res.on('error', (e) => console.log('res error', e.code, e.message));
  });
  await new Promise((r) => s3.listen(0, '127.0.0.1', r));
  await new Promise((r) => http.get({ port: s3.address().port, host: '127.0.0.1' }, (res) => { res.resume(); res.on('end', r); }));
  s3.close();

  // ECONNREFUSED: the server is closed now.
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', agent: false });
    req.on('error', (e) => console.log('client error', e.code, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT')));
    req.on('close', () => { console.log('client close'); resolve(); });
  });
  try { http.request({ port, method: 'BAD METHOD' }); } catch (e) { console.log(e.code, e.message); }
  try { http.request({ port, path: '/a b' }); } catch (e) { console.log(e.code, e.message); }
  try { http.request({ port, protocol: 'ftp:' }); } catch (e) { console.log(e.code, e.message); }
}
main();
