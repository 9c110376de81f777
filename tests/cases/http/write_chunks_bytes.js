// The exact bytes of chunked responses made with write(): a head that is ASCII or carries a
// latin1 header value, first chunks in utf8 / utf-8 / latin1 / binary / hex or as a Buffer, the
// write callbacks' order and return values, writableLength while corked, and a HEAD request;
// then end(chunk) after write(): chunked with ASCII / latin1 trailers and latin1 / hex / Buffer
// last chunks, and sized (Content-Length) with a string, hex or Buffer last chunk.
const http = require('http');
const net = require('net');

const shapes = {
  ascii_utf8: (res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); return [res.write('héllo €'), res.write(' more')]; },
  latin1_header_utf8: (res) => { res.setHeader('X-Name', 'caf\u00e9'); return [res.write('\u00e9 utf8')]; },
  latin1_header_latin1: (res) => { res.setHeader('X-Name', 'caf\u00e9'); return [res.write('\u00e9 latin1', 'latin1')]; },
  ascii_latin1: (res) => [res.write('\u00ff\u00fe', 'latin1')],
  utf_dash_8: (res) => [res.write('\u20ac', 'utf-8')],
  binary: (res) => [res.write('\u00e9', 'binary')],
  hex: (res) => [res.write('414243', 'hex')],
  buffer: (res) => [res.write(Buffer.from([0, 1, 255]))],
  surrogate: (res) => [res.write('a\ud83d'), res.write('\ude00b')],
  empty_then: (res) => [res.write(''), res.write('x')],
  end_latin1: (res) => [res.write('a'), (cb) => res.end('\u00e9', 'latin1', cb)],
  end_hex_chunked: (res) => [res.write('a'), (cb) => res.end('4243', 'hex', cb)],
  end_buffer_chunked: (res) => [res.write('a'), (cb) => res.end(Buffer.from([0xe9]), cb)],
  trailer_ascii: (res) => { res.setHeader('Trailer', 'X-T'); res.addTrailers({ 'X-T': 'v' }); return [res.write('a'), (cb) => res.end('\u00e9', cb)]; },
  trailer_latin1: (res) => { res.setHeader('Trailer', 'X-T'); res.addTrailers({ 'X-T': 'caf\u00e9' }); return [res.write('a'), (cb) => res.end('\u00e9', cb)]; },
  sized_string: (res) => { res.setHeader('Content-Length', 6); return [res.write('ab'), (cb) => res.end('c\u00e9d', cb)]; },
  sized_hex: (res) => { res.setHeader('Content-Length', 3); return [res.write('a'), (cb) => res.end('6263', 'hex', cb)]; },
  sized_buffer: (res) => { res.setHeader('Content-Length', 3); return [res.write('a'), (cb) => res.end(Buffer.from([0, 255]), cb)]; },
  sized_uint8: (res) => { res.setHeader('Content-Length', 2); return [res.write('a'), (cb) => res.end(new Uint8Array([66]), cb)]; },
};

const server = http.createServer((req, res) => {
  const name = req.url.slice(1);
  const order = [];
  res.on('finish', () => order.push('finish'));
  const rets = shapes[name](res);
  const end = typeof rets[rets.length - 1] === 'function' ? rets.pop() : (cb) => res.end('!', cb);
  order.push(`len>0=${res.writableLength > 0}`);
  const ret = end(() => { order.push('end-cb'); console.log(name.padEnd(22), req.method, rets.join(','), order.join(' ')); });
  order.push(`end returns res: ${ret === res}`, `finished=${res.finished}`);
});

function raw(port, path, method = 'GET') {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(`${method} /${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    const got = [];
    c.on('data', (d) => got.push(d));
    c.on('close', () => resolve(Buffer.concat(got)));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const name of Object.keys(shapes)) {
    const bytes = await raw(port, name);
    const text = bytes.toString('latin1').replace(/Date: [^\r]*\r\n/, 'Date: <d>\r\n');
    console.log(JSON.stringify(text));
  }
  console.log(JSON.stringify((await raw(port, 'ascii_utf8', 'HEAD')).toString('latin1').replace(/Date: [^\r]*\r\n/, '')));
  server.close();
});
