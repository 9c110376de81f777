// Half-open: with allowHalfOpen the server keeps writing after the client's end, then ends.
const net = require('net');
const { log, listening, delay } = require('../lib');

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', async () => {
    log('end', JSON.stringify(got), sock.readyState, sock.writable, sock.readable);
    await delay(50);
    sock.write('late 1;');
    await delay(50);
    sock.end('late 2', () => log('finished', sock.bytesWritten, sock.readyState));
  });
  sock.on('close', (hadError) => {
    log('close', hadError);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => listening(server));
