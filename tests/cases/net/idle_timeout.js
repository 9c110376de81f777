// Socket idle timeouts: 'timeout' after the idle time; activity afterwards arms it again (node
// refreshes its fired timer); setTimeout(0) turns it off; a shorter timeout replaces a longer
// one already running; steady activity keeps it from firing; destroyed sockets ignore it.
const net = require('net');
const t0 = Date.now();
let client;
const server = net.createServer((conn) => {
  let n = 0;
  conn.setTimeout(80);
  let dots = 0;
  conn.on('data', (d) => {
    const s = String(d).replace(/\./g, () => { dots++; return ''; });
    if (s) console.log('server got', s);
  });
  conn.on('timeout', () => {
    n++;
    console.log('timeout', n, 'after >= 70 ms:', Date.now() - t0 >= 70);
    if (n === 1) client.write('wake');
    else if (n === 2) {
      conn.setTimeout(0);
      client.write('quiet');
      setTimeout(() => {
        // A long timeout replaced by a short one.
        conn.setTimeout(5000);
        conn.setTimeout(30, () => console.log('short timeout fired'));
      }, 150);
    } else if (n === 3) {
      conn.setTimeout(60);
      // Writes every 20 ms for 200 ms keep it from firing.
      let k = 0;
      const iv = setInterval(() => {
        client.write('.');
        if (++k === 10) {
          clearInterval(iv);
          conn.once('timeout', () => {
            console.log('fired once the writes stopped; dots received:', dots);
            conn.destroy();
            console.log('destroyed setTimeout returns the socket:', conn.setTimeout('not a number') === conn);
            client.end();
            server.close();
          });
        }
      }, 20);
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.on('error', () => {});
});
