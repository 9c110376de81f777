// destroy() after a write; ECONNREFUSED on a port nobody listens on (error fields); then a clean
// connection; 'close' ordering on each.
const net = require('net');
const { log, port } = require('../lib');

function first() {
  const sock = net.connect(port, '127.0.0.1', () => {
    sock.write('y'.repeat(100), () => {
      setTimeout(() => {
        sock.destroy();
        log('1 destroyed', sock.destroyed, sock.readyState, sock.writable, sock.readable);
      }, 100);
    });
  });
  sock.on('error', (e) => log('1 error', e.code));
  sock.on('close', (hadError) => { log('1 close', hadError); refused(); });
}

function refused() {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const free = probe.address().port;
    probe.close(() => {
      const sock = net.connect(free, '127.0.0.1');
      sock.on('connect', () => log('connected?!'));
      sock.on('error', (e) => log('refused', e.code, e.errno, e.syscall, e.address, e.port === free,
        e.message.replace(String(free), 'FREE'), sock.destroyed));
      sock.on('close', (hadError) => { log('refused close', hadError); second(); });
    });
  });
}

function second() {
  const sock = net.connect(port, '127.0.0.1', () => sock.end('z'));
  sock.on('end', () => log('2 end'));
  sock.on('finish', () => log('2 finish'));
  sock.on('close', (hadError) => log('2 close', hadError));
}

first();
