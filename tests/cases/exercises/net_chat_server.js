// A TCP chat server broadcasting to all other clients: names on connect, broadcast on data,
// leave notices on end, and server shutdown once everyone has left.
const net = require('net');
const clients = new Set();
const server = net.createServer((sock) => {
  let name = null;
  sock.setEncoding('utf8');
  sock.on('data', (data) => {
    for (const line of data.split('\n').filter(Boolean)) {
      if (name === null) {
        name = line;
        clients.add(sock);
        sock.write(`welcome ${name}, ${clients.size} online\n`);
        continue;
      }
      for (const c of clients) if (c !== sock) c.write(`${name}: ${line}\n`);
    }
  });
  sock.on('end', () => {
    clients.delete(sock);
    for (const c of clients) c.write(`${name} left\n`);
    sock.end();
  });
  sock.on('error', (e) => console.log('server socket error', e.code));
});
function client(name) {
  return new Promise((resolve) => {
    const s = net.connect(server.address().port, '127.0.0.1', () => s.write(name + '\n'));
    s.setEncoding('utf8');
    s.lines = [];
    let buf = '';
    s.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        s.lines.push(line);
        if (s.waiter && s.lines.length >= s.waiter.n) s.waiter.resolve();
      }
    });
    s.until = (n) => new Promise((r) => (s.lines.length >= n ? r() : (s.waiter = { n, resolve: r })));
    s.until(1).then(() => resolve(s));
  });
}
server.listen(0, async () => {
  const ada = await client('ada');
  const bob = await client('bob');
  ada.write('hi bob\n');
  await bob.until(2);
  bob.write('hello ada\nhow are you?\n');
  await ada.until(3);
  bob.end();
  await ada.until(4);
  console.log('ada', ada.lines);
  console.log('bob', bob.lines);
  ada.end();
  ada.on('close', () => server.close(() => console.log('server closed', clients.size)));
});
