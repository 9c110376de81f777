// A paused socket still reads into its buffer (node stops reading only for onread sockets or a
// full buffer): the peer's end is seen while paused, then 'end' and 'close' follow once the
// buffered data is consumed. A paused server socket with nothing buffered ends at once.
const net = require('net');
let step = 0;
const server = net.createServer((conn) => {
  const n = ++step;
  conn.pause();
  conn.on('end', () => console.log(n, 'end while paused', conn.isPaused(), conn.readableLength));
  conn.on('close', () => {
    console.log(n, 'close', conn.bytesRead);
    if (n === 1) second();
    else server.close();
  });
  if (n === 2) {
    // data then FIN: both arrive while paused; reading the buffer lets 'end' come
    const wait = () => (conn.readableLength === 5 ? console.log(2, 'buffered', conn.read().toString()) : setImmediate(wait));
    wait();
  }
});
server.listen(0, () => net.connect(server.address().port, '127.0.0.1', function () { this.end(); }));
function second() {
  net.connect(server.address().port, '127.0.0.1', function () { this.end('hello'); });
}
