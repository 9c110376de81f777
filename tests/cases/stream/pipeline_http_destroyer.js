// pipeline() tears down http messages as node's destroyer does: a client response whose sink fails aborts its
// request (no 'error' on the ClientRequest), a client request in a failed pipeline is aborted.
const http = require('http');
const { pipeline, Writable, Readable } = require('stream');
const server = http.createServer((req, res) => {
  if (req.url === '/upload') { req.resume(); req.on('end', () => res.end('up')); return; }
  let n = 0;
  const t = setInterval(() => { res.write('hello'); if (++n === 20) { clearInterval(t); res.end(); } }, 1);
  res.on('close', () => clearInterval(t));
});
server.listen(0, () => {
  const port = server.address().port;
  const req = http.request({ port });
  req.on('error', (e) => console.log('req error (unexpected)', e.message));
  req.on('abort', () => console.log('req abort'));
  req.on('close', () => console.log('req close', req.destroyed));
  req.end();
  req.on('response', (res) => {
    let cnt = 3;
    const sink = new Writable({ write(d, e, cb) { cb(--cnt === 0 ? new Error('kaboom') : null); } });
    pipeline(res, sink, (err) => {
      console.log('pipeline cb', err && err.message, 'aborted', req.aborted);
      setTimeout(second, 20);
    });
  });
  function second() {
    const up = http.request({ port, path: '/upload', method: 'POST' });
    up.on('error', (e) => console.log('up error', e.code || e.message));
    up.on('abort', () => console.log('up abort'));
    const src = new Readable({ read() { this.destroy(new Error('src failed')); } });
    pipeline(src, up, (err) => {
      console.log('upload pipeline cb', err && err.message, 'aborted', up.aborted);
      setTimeout(() => server.close(), 20);
    });
  }
});
