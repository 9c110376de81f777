// A refused connect's error is made in libuv's callback: its stack is node's one frame
// (TCPConnectWrap.afterConnect), whatever called connect; none with Error.stackTraceLimit = 0.
// A connect to a Unix socket path that is not there has the PipeConnectWrap frame.
const net = require('net');
const http = require('http');
const server = net.createServer().listen(0, () => {
  const port = server.address().port;
  const show = (label, err) => console.log(label, err.stack.split(String(port)).join('PORT'));
  server.close(() => {
    net.connect(port, '127.0.0.1').on('error', (err) => {
      show('net', err);
      http.get(`http://127.0.0.1:${port}/`).on('error', (err) => {
        show('http', err);
        Error.stackTraceLimit = 0;
        net.connect({ port, host: '127.0.0.1' }).on('error', (err) => {
          show('no frames', err);
          Error.stackTraceLimit = 10;
          net.connect('/nonexistent-dir/app.sock').on('error', (err) => show('path', err));
        });
      });
    });
  });
});
