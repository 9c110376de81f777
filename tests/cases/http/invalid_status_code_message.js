// res.writeHead() with a status code out of 100..999 throws ERR_HTTP_INVALID_STATUS_CODE whose
// message shows the value as util.format's %s does ('{}', '[]', '[ 1, 2 ]', '{ a: 1 }'), not
// String(value); end() with res.statusCode set to an object reports it the same way.
const http = require('http');
const newRes = () => new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
const values = [{}, [], [1, 2], { a: 1 }, [{ b: [] }], null, true, -1, 99, 1000, '1000', 1e21, NaN, Infinity, 'nope', '404 x', undefined, 12.5];
for (const v of values) {
  try { newRes().writeHead(v); console.log('no throw'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}
const res = newRes();
res.statusCode = { code: 200 };
try { res.end('x'); } catch (e) { console.log('end:', e.code, JSON.stringify(e.message)); }
const ok = newRes();
console.log(ok.writeHead(250) === ok, ok.statusCode, ok.statusMessage);
