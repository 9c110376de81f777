// The malformed-request steps the raw drivers send (shared by default.raw.mjs and
// listener.raw.mjs): each one's answer (status line and headers, dates masked) and whether the
// server closed the connection are recorded, then a normal request checks it still serves.
import net from 'node:net';

const H = 'Host: x\r\n';
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

// Sends `parts` (strings or { wait }, { end: true }, { destroy: true }) and reads what comes
// back until the server closes or `idleMs` pass without data.
function exchange(port, parts, idleMs = 400) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    const chunks = [];
    let closed = false;
    let error = null;
    let timer = null;
    let done = false;
    const finish = (how) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), how: closed ? 'closed by server' : how, error });
    };
    const idle = () => { clearTimeout(timer); timer = setTimeout(() => finish('still open'), idleMs); };
    sock.on('data', (d) => { chunks.push(d); idle(); });
    sock.on('end', () => { closed = true; finish('closed by server'); });
    sock.on('error', (e) => { error = e.code; closed = true; finish('reset'); });
    sock.on('connect', async () => {
      for (const p of parts) {
        if (sock.destroyed) return;
        if (typeof p === 'string' || Buffer.isBuffer(p)) sock.write(p);
        else if (p.wait) await delay(p.wait);
        else if (p.end) sock.end();
        else if (p.destroy) {
          sock.destroy();
          // Give the server time to see it before the next step's connection arrives.
          await delay(100);
          finish('destroyed by us');
          return;
        }
      }
      idle();
    });
  });
}

function describe(r) {
  const masked = r.text.replace(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT/g, 'DATE');
  const lines = masked.split('\r\n').map((l) => `  | ${l}`);
  return [...lines, `  -> ${r.how}${r.error ? ` (${r.error})` : ''}`];
}

const bytewise = (s) => s.split('').flatMap((c) => [c, { wait: 5 }]);

export const steps = [
  ['garbage bytes', ['\x00\x01\x02garbage\xff\r\n\r\n']],
  ['unknown method', [`FOO / HTTP/1.1\r\n${H}\r\n`]],
  ['bad version', [`GET / HTTP/9.9\r\n${H}\r\n`]],
  ['no version', [`GET /\r\n\r\n`]],
  ['space in header name', [`GET / HTTP/1.1\r\n${H}Bad Name: x\r\n\r\n`]],
  ['control char in header value', [`GET / HTTP/1.1\r\n${H}X: a\x01b\r\n\r\n`]],
  ['bad content-length', [`POST / HTTP/1.1\r\n${H}Content-Length: abc\r\n\r\n`]],
  ['two content-lengths', [`POST / HTTP/1.1\r\n${H}Content-Length: 1\r\nContent-Length: 2\r\n\r\nab`]],
  ['content-length and chunked', [`POST / HTTP/1.1\r\n${H}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`]],
  ['bad chunk size', [`POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`]],
  ['missing CRLF after chunk', [`POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n`]],
  ['unsupported transfer-encoding', [`POST / HTTP/1.1\r\n${H}Transfer-Encoding: gzip\r\n\r\n`]],
  ['bare LF line endings', ['GET /lf HTTP/1.1\nHost: x\n\n']],
  ['HTTP/1.1 without Host', ['GET /nohost HTTP/1.1\r\n\r\n']],
  ['oversized header', [`GET /big HTTP/1.1\r\n${H}X-Big: ${'a'.repeat(20000)}\r\n\r\n`]],
  ['oversized header sent slowly', [`GET /big2 HTTP/1.1\r\n${H}`, ...Array.from({ length: 20 }, () => [`X-Part: ${'b'.repeat(1000)}\r\n`, { wait: 40 }]).flat(), '\r\n']],
  ['oversized url', [`GET /${'u'.repeat(20000)} HTTP/1.1\r\n${H}\r\n`]],
  ['slow client, byte by byte', bytewise(`POST /slow HTTP/1.1\r\n${H}Content-Length: 5\r\nConnection: close\r\n\r\nhello`)],
  ['disconnects mid-head', ['GET /gone HTTP/1.1\r\nHo', { wait: 50 }, { destroy: true }]],
  ['disconnects mid-body', [`POST /gone-body HTTP/1.1\r\n${H}Content-Length: 100\r\n\r\nonly part`, { wait: 100 }, { destroy: true }]],
  ['half head then end', ['GET /half HTTP/1.1\r\nHost: x\r\n', { end: true }]],
  ['half body then end', [`POST /half-body HTTP/1.1\r\n${H}Content-Length: 10\r\n\r\nabc`, { end: true }]],
  ['full request then end', [`GET /then-end HTTP/1.1\r\n${H}\r\n`, { end: true }]],
  ['data after Connection: close', [`GET /close HTTP/1.1\r\n${H}Connection: close\r\n\r\nGET /after HTTP/1.1\r\n${H}\r\n`]],
  ['empty lines before request', [`\r\n\r\nGET /empty-lines HTTP/1.1\r\n${H}Connection: close\r\n\r\n`]],
  ['connect and say nothing', [{ wait: 50 }, { destroy: true }]],
];

// Runs every step, each followed by a normal request; then GET /quit.
export async function runAll(port) {
  const out = [];
  const check = async () => {
    const r = await exchange(port, [`GET /check HTTP/1.1\r\n${H}Connection: close\r\n\r\n`]);
    return /^HTTP\/1\.1 200 OK\r\n/.test(r.text) ? 'still serving' : `NOT SERVING: ${JSON.stringify(r.text.slice(0, 80))} ${r.how}`;
  };
  for (const [name, parts] of steps) {
    const r = await exchange(port, parts);
    out.push(`${name}:`, ...describe(r), `  ${await check()}`);
  }
  // Many at once, each slow.
  const many = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    exchange(port, [`GET /many-${i} HTTP/1.1\r\n`, { wait: 20 }, `${H}Connection: close\r\n\r\n`])));
  out.push(`20 concurrent slow requests: ${many.filter((r) => /^HTTP\/1\.1 200 OK/.test(r.text)).length} answered 200`);
  const quit = await exchange(port, [`GET /quit HTTP/1.1\r\n${H}Connection: close\r\n\r\n`]);
  out.push('quit:', ...describe(quit));
  return out;
}
