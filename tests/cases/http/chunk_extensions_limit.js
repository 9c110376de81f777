// A chunk head whose extensions exceed node's 16 KiB is refused with HPE_CHUNK_EXTENSIONS_OVERFLOW and
// node's 413 response, whether it arrives in one packet or two; the count restarts at each chunk.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => res.end(`got ${n}`));
});

function send(parts) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, () => {
      for (const p of parts.slice(0, -1)) c.write(p);
      setTimeout(() => c.end(parts[parts.length - 1]), 20);
    });
    let reply = '';
    c.on('data', (d) => { reply += d; });
    c.on('close', () => {
      console.log(JSON.stringify(reply.replace(/Date: [^\r]*\r\n/g, '')));
      resolve();
    });
  });
}

const head = 'POST / HTTP/1.1\r\nHost: a\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n';
server.listen(0, async () => {
  await send([head + '2;' + 'a'.repeat(17000) + '\r\nAA\r\n0\r\n\r\n']);
  await send([head + '2;' + 'a'.repeat(8500), 'a'.repeat(8500) + '\r\nAA\r\n0\r\n\r\n']);
  await send([head + ('2;' + 'a'.repeat(10000) + '=bar\r\nAA\r\n').repeat(3) + '0\r\n\r\n']);
  server.close();
});
