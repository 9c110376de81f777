// A client that destroy()s its socket mid-stream: the server sees its data, 'end' and 'close';
// a later client connects cleanly.
const net = require('net');
const { log, listening } = require('../lib');

// Each connection's events are printed when the server closes, in connection order (the first
// one's close and the second one's arrival race).
let n = 0;
const lines = [];
const server = net.createServer((sock) => {
  const id = ++n;
  const out = lines[id] = [];
  let bytes = 0;
  sock.on('data', (d) => { bytes += d.length; });
  sock.on('end', () => out.push([id, 'end', bytes]));
  sock.on('error', (e) => out.push([id, 'error', e.code]));
  sock.on('close', (hadError) => {
    out.push([id, 'close', hadError]);
    if (id === 2) {
      server.close(() => {
        for (const l of lines) if (l) for (const args of l) log(...args);
        log('server closed');
      });
    }
  });
});
server.listen(0, '127.0.0.1', () => listening(server));
