// ECONNRESET from a server that drops unread data: error fields, then 'close' with hadError.
const net = require('net');
const { log, port } = require('../lib');

const sock = net.connect(port, '127.0.0.1', () => sock.write('x'.repeat(1000)));
sock.on('error', (e) => log('error', e.code, e.errno, e.syscall, e.message, sock.destroyed));
sock.on('end', () => log('end'));
sock.on('close', (hadError) => {
  log('close', hadError, sock.destroyed, sock.readyState);
  // Writing to a destroyed socket.
  sock.write('more', (e) => log('write after destroy', e && e.code));
});
