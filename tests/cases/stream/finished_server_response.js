// finished() on an http ServerResponse that already closed calls back (node recognises OutgoingMessage by its fields).
const http = require('http');
const { finished } = require('stream');
const server = http.createServer((req, res) => {
  res.on('close', () => {
    console.log('res closed', res.closed);
    finished(res, (err) => { console.log('finished after close', err); server.close(); });
  });
  finished(res, (err) => console.log('finished while open', err));
  res.end('ok');
});
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => console.log('client end', res.statusCode));
  });
});
