// The headers undici's dispatcher takes itself: the framing goes last in lower case (a
// content-length given, the body's length, or transfer-encoding: chunked for a stream body);
// connection may be 'close' or 'keep-alive' only; keep-alive, upgrade, transfer-encoding, expect
// and an unparsable content-length fail with undici's errors (its frames, the first dispatch to
// an origin with one more); a content-length longer than the body fails once it is sent.
import http from 'node:http';
import { Readable } from 'node:stream';
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(JSON.stringify({ h: req.rawHeaders.filter((v, i) => i % 2 === 0 || !/^127\./.test(v)), body })));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const show = async (label, init) => {
  try {
    const r = await fetch(url, init);
    console.log(label, r.status, await r.text());
  } catch (e) {
    console.log(label, e.name, e.message);
    console.log(e.cause, Object.keys(e.cause), e.cause instanceof Error);
  }
};
await show('bad connection', { method: 'POST', body: 'abc', headers: { connection: 'upgrade' } });
await show('bad connection again', { method: 'POST', body: 'abc', headers: { connection: 'foo' } });
await show('keep-alive', { headers: { 'keep-alive': 'timeout=5' } });
await show('upgrade', { headers: { upgrade: 'websocket' } });
await show('transfer-encoding', { method: 'POST', body: 'abc', headers: { 'transfer-encoding': 'chunked' } });
await show('expect', { method: 'POST', body: 'abc', headers: { expect: '100-continue' } });
await show('content-length nan', { method: 'POST', body: 'abc', headers: { 'content-length': 'abc' } });
await show('content-length long', { method: 'POST', body: new Uint8Array(3), headers: { 'content-length': '5' } });
await show('connection close', { method: 'POST', body: 'abc', headers: { Connection: 'Close', 'X-A': 'b' } });
await show('connection keep-alive', { method: 'POST', body: 'abc', headers: { connection: 'keep-alive' } });
await show('content-length given', { method: 'POST', body: 'abc', headers: { 'Content-Length': '3', 'x-b': 'c' } });
await show('content-length no body', { method: 'POST', headers: { 'content-length': '1' } });
await show('web stream', { method: 'POST', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }), duplex: 'half' });
await show('web stream sized', { method: 'POST', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }), duplex: 'half', headers: { 'content-length': '1' } });
await show('node stream', { method: 'PUT', body: Readable.from(['x', 'y']), duplex: 'half' });
await show('async iterable', { method: 'POST', body: (async function* () { yield 'a'; yield new Uint8Array([98]); })(), duplex: 'half' });
server.close();
