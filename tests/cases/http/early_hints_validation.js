// response.writeEarlyHints validates the Link value as node 20 does (RFC 8288 shape, strings or
// arrays of them) before anything is written; valid hints reach the client's 'information'.
const http = require('http');

const hints = [
  'bad', { link: '</>; ' }, { link: 'rel=preload; </scripts.js>' }, { link: 'invalid string' },
  { link: 5 }, { link: ['</a.css>', 'bad'] }, { link: [] }, { link: null },
  { link: '</a.css>; rel=preload; as=style' }, { link: ['</a.js>; rel=preload', '<b>; crossorigin'], 'x-extra': 'y' },
  { link: '</q>; title="a b"' },
];
const server = http.createServer((req, res) => {
  for (const h of hints) {
    try {
      res.writeEarlyHints(h);
      console.log('sent', JSON.stringify(h));
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  res.end('done');
});

server.listen(0, () => {
  const req = http.get({ port: server.address().port }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => server.close());
  });
  req.on('information', (info) => console.log('information', info.statusCode, JSON.stringify(info.headers)));
});
