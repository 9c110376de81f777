// Helpers for the cross-process scenario scripts (tests/cross/run.mjs): the port a client is
// given, the `listening <port>` line a server prints, and output with what differs between runs
// (the server's port, Date values) masked.
'use strict';

const port = Number(process.argv[2]) || 0;
const masks = [];
if (port) masks.push([String(port), 'PORT']);

const dateRe = /(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT/g;

function mask(s) {
  s = String(s).replace(dateRe, 'DATE');
  for (const [from, to] of masks) s = s.split(from).join(to);
  return s;
}

function show(v) {
  if (typeof v === 'string') return v;
  if (v instanceof Error) return `${v.name} ${v.code} ${v.message}`;
  if (Buffer.isBuffer(v)) return `<Buffer ${v.length}> ${JSON.stringify(v.toString('latin1'))}`;
  if (v === undefined) return 'undefined';
  return JSON.stringify(v);
}

// console.log with ports and dates masked; objects as JSON.
function log(...args) {
  console.log(mask(args.map(show).join(' ')));
}

// A server's first line: what the runner waits for.
function listening(server) {
  const p = server.address().port;
  masks.push([String(p), 'PORT']);
  console.log(`listening ${p}`);
  return p;
}

// Reads a raw HTTP exchange from a socket until it closes; resolves with the text.
function readAll(socket) {
  return new Promise((resolve) => {
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e) => chunks.push(Buffer.from(`<error ${e.code}>`)));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

// Raw HTTP text with CRLFs visible, one line per header line.
function showHttp(text) {
  return mask(text).split('\r\n').map((l) => `  | ${l}`).join('\n');
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = { port, host: '127.0.0.1', log, mask, listening, readAll, showHttp, delay };
