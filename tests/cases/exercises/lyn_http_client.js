// learnyounode: http client (data events with setEncoding), http collect (concatenate the
// body), juggling async (three GETs printed in request order), against a local server.
const http = require('http');
const server = http.createServer((req, res) => {
  const words = { '/a': ['one', 'two'], '/b': ['three'], '/c': ['four', 'five', 'six'] }[req.url] || ['?'];
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  let i = 0;
  const next = () => (i < words.length ? res.write(words[i++] + '\n', next) : res.end());
  // delay so that responses finish in reverse order of the requests
  setTimeout(next, { '/a': 30, '/b': 15, '/c': 1 }[req.url] || 0);
});
server.listen(0, () => {
  const base = `http://localhost:${server.address().port}`;
  http.get(base + '/a', (res) => {
    res.setEncoding('utf8');
    console.log('status', res.statusCode, res.headers['content-type'], res.headers['transfer-encoding']);
    // (each 'data' is a string; how many arrive depends on TCP timing, so they are joined)
    const seen = [];
    res.on('data', (d) => seen.push(typeof d + ':' + d));
    res.on('error', console.error);
    res.on('end', () => {
      console.log(JSON.stringify(seen.join('').replace(/string:/g, '')), seen.every((s) => s.startsWith('string:')));
      collect();
    });
  }).on('error', console.error);
  function collect() {
    http.get(base + '/c', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        console.log(body.length);
        console.log(body);
        juggle();
      });
    });
  }
  function juggle() {
    const results = [];
    let count = 0;
    ['/a', '/b', '/c'].forEach((p, i) => {
      http.get(base + p, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          results[i] = Buffer.concat(chunks).toString();
          if (++count === 3) {
            results.forEach((r) => console.log(r.trim().split('\n').join(',')));
            server.close(() => console.log('closed'));
          }
        });
      });
    });
  }
});
