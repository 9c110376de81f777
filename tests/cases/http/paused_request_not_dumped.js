// A request the handler started reading ('data' listener added in the handler) and then paused is
// not dumped when the response finishes (its 'data' listeners stay), also when the whole body came
// in the same packet as the head (node's parser lets the handler's resume reach _read first).
const http = require('http');

function serve(bodyLater) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      req.on('data', () => {
        req.pause();
        res.end('ok');
      });
      res.on('finish', () => {
        console.log('finish: data listeners', req.listenerCount('data'), 'paused', req.isPaused());
        req.resume();
        server.close(resolve);
      });
    });
    server.listen(0, () => {
      const req = http.request({ port: server.address().port, method: 'POST', headers: { 'content-length': 10 } }, (res) => {
        res.resume();
        res.on('end', () => {
          console.log('client got', res.statusCode);
          if (bodyLater) req.end('23456789');
        });
      });
      if (bodyLater) req.write('01');
      else req.end('0123456789');
    });
  });
}

serve(false).then(() => serve(true));
