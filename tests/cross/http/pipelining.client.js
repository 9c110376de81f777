// Raw sockets: pipelined requests in one write; HEAD; HTTP/1.0 with and without keep-alive;
// `Connection: close`; every answer byte for byte (dates masked).
const net = require('net');
const { log, port, readAll, showHttp } = require('../lib');

const H = 'Host: x\r\n';
function exchange(name, text) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1', () => sock.write(text));
    readAll(sock).then((got) => {
      log(`${name}:`);
      console.log(showHttp(got));
      resolve();
    });
  });
}

(async () => {
  await exchange('pipelined', `GET /slow HTTP/1.1\r\n${H}\r\nGET /fast HTTP/1.1\r\n${H}\r\n` +
    `HEAD /head HTTP/1.1\r\n${H}\r\nGET /chunked HTTP/1.1\r\n${H}\r\n` +
    `POST /post HTTP/1.1\r\n${H}Content-Length: 3\r\n\r\nabcGET /close HTTP/1.1\r\n${H}Connection: close\r\n\r\n`);
  await exchange('http/1.0', `GET /ten HTTP/1.0\r\n\r\n`);
  await exchange('http/1.0 keep-alive', `GET /ten-ka HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /ten-2 HTTP/1.0\r\n\r\n`);
  await exchange('last', `GET /last HTTP/1.1\r\n${H}Connection: close\r\n\r\n`);
})();
