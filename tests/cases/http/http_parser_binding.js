// Exercise node's binding-style HTTPParser (as msw's interceptors use it).
const http = require('http');
const common = require('_http_common');
const { HTTPParser } = common;
function run(type, chunks, label) {
  const parser = new HTTPParser();
  parser.initialize(type, {});
  const log = [];
  parser[HTTPParser.kOnHeadersComplete] = (maj, min, headers, method, url, status, msg, upgrade, keep) => {
    log.push(['head', maj, min, headers, method, method !== undefined ? common.methods[method] : undefined, url, status, msg, upgrade, keep]);
  };
  parser[HTTPParser.kOnHeaders] = (h, url) => log.push(['headers', h, url]);
  parser[HTTPParser.kOnBody] = (b) => log.push(['body', String(b)]);
  parser[HTTPParser.kOnMessageComplete] = () => log.push(['complete']);
  const rets = chunks.map((c) => { const r = parser.execute(Buffer.from(c)); return r instanceof Error ? `${r.code}:${r.reason}:${r.bytesParsed}` : r; });
  const fin = parser.finish();
  parser.free();
  console.log(label, JSON.stringify(rets), fin instanceof Error ? fin.code : fin);
  for (const l of log) console.log('  ', JSON.stringify(l));
}
run(HTTPParser.REQUEST, ['POST /a?b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhel', 'lo'], 'req cl');
run(HTTPParser.REQUEST, ['PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\n\r\n'], 'req chunked trailers');
run(HTTPParser.REQUEST, ['GET / HTTP/1.0\r\n\r\nGET /2 HTTP/1.1\r\nConnection: close\r\n\r\n'], 'two requests');
run(HTTPParser.RESPONSE, ['HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\nno'], 'res');
run(HTTPParser.RESPONSE, ['HTTP/1.1 200 OK\r\n\r\nuntil close'], 'res eof');
run(HTTPParser.REQUEST, ['BAD\x01 / HTTP/1.1\r\n\r\n'], 'bad');
run(HTTPParser.REQUEST, ['GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nraw'], 'upgrade');
console.log(Object.keys(HTTPParser).join());
console.log(typeof common.isLenient, common.isLenient(), common.methods.length, common.methods[1]);
