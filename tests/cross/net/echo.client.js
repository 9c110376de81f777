// Echo client: connect, two writes, end; the echo and 'bye' come back; address fields,
// bytesRead/bytesWritten, setEncoding, events in order.
const net = require('net');
const { log, port } = require('../lib');

const sock = net.connect(port, '127.0.0.1', () => {
  log('connect', sock.remoteAddress, sock.remotePort, sock.remoteFamily,
    sock.localAddress, typeof sock.localPort, sock.readyState, sock.connecting);
  sock.write('hello ');
  sock.write(Buffer.from('wörld'), () => log('write cb', sock.bytesWritten));
  sock.end();
  log('after end', sock.readyState, sock.writableEnded);
});
log('connecting', sock.connecting, sock.readyState, sock.remoteAddress);
sock.on('lookup', (err, address, family) => log('lookup', err, address, family));
sock.on('ready', () => log('ready'));
sock.setEncoding('utf8');
let got = '';
sock.on('data', (d) => { got += d; });
sock.on('end', () => log('end', JSON.stringify(got), 'bytesRead', sock.bytesRead));
sock.on('close', (hadError) => log('close', hadError, 'bytesRead', sock.bytesRead, 'bytesWritten', sock.bytesWritten, sock.readyState));
