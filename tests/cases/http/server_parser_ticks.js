// node's server parser runs nextTicks and microtasks after each body chunk (not after heads or
// message ends), before parsing the rest of a packet: a handler's ticks run before its request's
// 'data', a bad request after a body and a finished response still gets node's 400, pipelined
// bodyless requests all come before the ticks, and a parse error repeats on every later packet of
// a socket whose clientError handler keeps it open.
const http = require('http');
const net = require('net');

function step(name, handler, input, onError) {
  return new Promise((resolve) => {
    console.log(`-- ${name}`);
    const server = http.createServer(handler);
    if (onError) server.on('clientError', onError);
    server.listen(0, () => {
      const c = net.connect(server.address().port, () => c.write(input(c)));
      let reply = '';
      c.on('data', (d) => { reply += d; });
      c.on('close', () => {
        console.log('reply', JSON.stringify(reply.replace(/Date: [^\r]*\r\n/g, '')));
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await step('body ticks', (req, res) => {
    console.log('request', req.method, req.url);
    process.nextTick(() => console.log('tick from handler'));
    Promise.resolve().then(() => console.log('microtask from handler'));
    req.on('data', (d) => {
      console.log('data', d.length);
      process.nextTick(() => console.log('tick from data'));
    });
    req.on('end', () => {
      console.log('end');
      const s = res.socket;
      res.end('ok', () => s.end());
    });
  }, () => 'POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nbody');

  await step('pipelined', (req, res) => {
    console.log('request', req.url);
    res.on('finish', () => console.log('finish', req.url));
    process.nextTick(() => console.log('tick', req.url));
    res.end(req.url, () => req.url === '/c' && req.socket.end());
  }, () => 'GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\n\r\nGET /c HTTP/1.1\r\nHost: a\r\n\r\n');

  await step('400 after a finished response', (req, res) => {
    res.removeHeader('date');
    res.writeHead(204);
    res.end();
  }, () => 'GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\n1\r\nINVALID');

  let n = 0;
  let client;
  await step('repeated parse error', () => {}, (c) => { client = c; return '*'; }, (err, socket) => {
    console.log('clientError', n, err.code, JSON.stringify(String(err.rawPacket)));
    if (++n < 3) client.write(n === 1 ? 'GET / HTTP/1.1\r\n\r\n' : 'x');
    else socket.destroy();
  });
})();
