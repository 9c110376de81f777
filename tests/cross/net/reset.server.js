// @servers: node (an rjs server cannot make the kernel send RST: wasmtime shuts a socket's write
// side down (FIN) before closing it, and wasi:sockets has no SO_LINGER; so only rjs's client side
// of a reset is compared here)
// Reset: the server destroys a connection whose data it never read; the kernel answers with RST
// and the client sees ECONNRESET.
const net = require('net');
const { log, listening } = require('../lib');

const server = net.createServer({ pauseOnConnect: true }, (sock) => {
  sock.on('close', (hadError) => {
    log('close', hadError);
    server.close();
  });
  // The client writes, then waits: destroy with its bytes unread.
  setTimeout(() => { log('destroying'); sock.destroy(); }, 200);
});
server.listen(0, '127.0.0.1', () => listening(server));
