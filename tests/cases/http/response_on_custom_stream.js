// A ServerResponse on a stream that is not a net.Socket: end(data) reaches it as node's two writes
// (head + body, then an empty one), one by one through _write or together through _writev.
const { ServerResponse } = require('http');
const { Writable } = require('stream');

function run(label, withWritev) {
  return new Promise((resolve) => {
    const res = new ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
    res.sendDate = false;
    const options = {
      write(chunk, encoding, cb) { console.log(label, 'write', JSON.stringify(String(chunk))); setImmediate(cb); },
    };
    if (withWritev) {
      options.writev = (chunks, cb) => {
        console.log(label, 'writev', JSON.stringify(chunks.map((c) => String(c.chunk))));
        setImmediate(cb);
      };
    }
    res.assignSocket(new Writable(options));
    res.on('finish', () => { console.log(label, 'finish'); resolve(); });
    res.setHeader('X-A', '1');
    res.end('hello world');
  });
}
run('plain', false).then(() => run('writev', true));
