// A suite whose test fails after a network round trip reports '1 subtest failed' with no stack,
// as node's ERR_TEST_FAILURE shows none of node's frames: rjs kept the frames of node:net's
// callbacks that happened to run the runner (only node:test's own were dropped).
// @normalize: duration_ms:? [\d.]+
// @normalize: (\n +(async )?([^\n(]*\((node:[^)\n]*|<anonymous>)\)|node:[^\n]*))+
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert');
const http = require('node:http');

describe('api', () => {
  let server;
  let base;
  before(async () => {
    server = http.createServer((req, res) => { res.statusCode = req.url === '/' ? 200 : 404; res.end('x'); });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));
  it('root', async () => {
    const res = await fetch(`${base}/`);
    assert.strictEqual(res.status, 200);
  });
  it('missing page answers 200', async () => {
    const res = await fetch(`${base}/nope`);
    await res.text();
    assert.strictEqual(res.status, 200);
  });
});
