// The floor under server.js: a net server that answers each GET head it reads with a fixed
// keep-alive response (no http module: no parser, IncomingMessage or ServerResponse), on the
// port given as the first argument. `BENCH_HTTP_SERVER=net_server.js bench/http/run.sh` measures
// what the socket, stream and loop layers cost per request; run.sh's own figure minus this one
// is the http layer's share.
const net = require("net");
const port = Number(process.argv[2] || process.env.PORT || 3000);
const response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: keep-alive\r\nContent-Length: 13\r\n\r\nHello, World!";
const server = net.createServer((socket) => {
  socket.setNoDelay(true);
  let pending = "";
  socket.setEncoding("latin1");
  socket.on("data", (text) => {
    pending += text;
    let end;
    while ((end = pending.indexOf("\r\n\r\n")) !== -1) {
      pending = pending.slice(end + 4);
      socket.write(response);
    }
  });
  socket.on("error", () => {});
});
server.listen(port, "127.0.0.1", () => console.log(`Server running on http://localhost:${server.address().port}/`));
