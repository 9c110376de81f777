// The runtime's worker: one script run per worker. The page posts the compiled module
// ({type:'init', module}); the worker instantiates it, answers {type:'ready'} and then builds a
// bootstrapped runtime ahead of time (`prepare`, then {type:'prepared'}). Then one {type:'run', files, main, args}: the
// worker writes the files into rjs's in-memory file system, starts the script and steps the event loop with
// `tick()`, yielding to its own event loop in between. Output is batched into
// {type:'out', fd, bytes} messages; the end is {type:'exit', code}. Stop = worker.terminate().
// {type:'started'} says the script starts; {type:'ping'} is answered {type:'pong'} between loop
// turns (the page tells a script stuck busy by the missing answer).
//
// stdin: {type:'stdin', bytes} carries what the user typed in the terminal (whole lines; the
// page does the line editing), {type:'stdin-end'} is Ctrl+D on an empty line. The first time
// the script's stdin stream waits for input the worker posts {type:'stdin-wait'}. The exit message
// says whether a synchronous read of stdin found nothing typed (stdinMissed). Outgoing fetches
// (rjs's host_http) call the wake callback when a response part arrives. Both run the loop.
//
// Servers: when the script listens on a port of rjs's virtual loopback network the worker
// posts {type:'net', kind:'listen'|'close', port}, then {type:'idle'} once its loop waits. The page forwards the preview's requests as
// {type:'request', id, port, method, path, headers, body}; the worker opens a connection to the
// port, writes the raw HTTP/1.1 request (Connection: close), reads the response between ticks
// and posts {type:'response', id, part:'head'|'body'|'end'|'error', ...} back.
import init, * as rjs from './pkg/rjs.js';

const marks = [];
const mark = (name) => marks.push(['w: ' + name, performance.timeOrigin + performance.now()]);
mark('module loaded');

const FLUSH_MS = 25;
let pending = [];
let pendingFd = -1;
let lastFlush = 0;

function flush() {
  if (pending.length === 0) return;
  let size = 0;
  for (const c of pending) size += c.length;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of pending) { bytes.set(c, at); at += c.length; }
  self.postMessage({ type: 'out', fd: pendingFd, bytes, marks: marks.splice(0) }, [bytes.buffer]);
  pending = [];
  lastFlush = performance.now();
}

let wroteAny = false;
function output(fd, bytes) {
  if (!wroteAny) { wroteAny = true; mark('first output'); }
  if (fd !== pendingFd) { flush(); pendingFd = fd; }
  pending.push(bytes);
  // A busy script still shows its output as it goes (postMessage works mid-turn).
  if (performance.now() - lastFlush > FLUSH_MS) flush();
}

// A listener came or went. After a new one, the first loop wait of IDLE_MS or more is
// reported as {type:'idle'}: the script has settled and its server waits for requests.
const IDLE_MS = 50;
let idleReported = true;
function netEvent(kind, port) {
  flush();
  if (kind === 'listen') idleReported = false;
  self.postMessage({ type: 'net', kind, port });
}

const EXIT_MARK = 'rjs:exit:';
let started = 0;
let finished = false;

function finish(code) {
  finished = true;
  flush();
  try { pump(); } catch { /* the instance trapped: what arrived so far is all there is */ }
  syncFiles();
  for (const c of conns.values()) c.fail('The script exited before it finished answering this request.');
  conns.clear();
  let stdinMissed = false;
  try { stdinMissed = rjs.syncStdinMissed(); } catch { /* trapped */ }
  self.postMessage({ type: 'exit', code, ms: performance.now() - started, stdinMissed });
}

function failed(e) {
  const msg = String(e && e.message || e);
  if (msg.startsWith(EXIT_MARK)) return finish(Number(msg.slice(EXIT_MARK.length)) | 0);
  // A trap (a bug in rjs): the panic hook has already written its message, if any.
  output(2, new TextEncoder().encode(`rjs crashed: ${e && e.name || 'Error'}: ${msg}\n`));
  finish(70);
}

// ---- the project's files ------------------------------------------------------------------
// Files the script creates, changes or removes in the project directory (the cwd it starts in)
// go back to the page as {type:'files', changed: {name: text}, removed: [name]}, which shows
// them in its file tree and saves them with the project: once a second while the script runs
// and when it exits. Only UTF-8 text files of at most MAX_FILE_BYTES are taken (the editor
// holds text), and at most MAX_NEW_FILES new ones a run; others stay in the run's memory.
const MAX_FILE_BYTES = 1 << 20;
const MAX_NEW_FILES = 200;
let newFiles = 0;
const SYNC_MS = 1000;
let projectDir = '/home/user';
let stamps = new Map(); // project-relative name → "mtime:size" as last seen
let lastSync = 0;

function currentStamps() {
  const now = new Map();
  const prefix = projectDir.replace(/\/$/, '') + '/';
  for (const entry of rjs.fileStamps(projectDir)) {
    const a = entry.indexOf(':');
    const b = entry.indexOf(':', a + 1);
    const path = entry.slice(b + 1);
    if (path.startsWith(prefix)) now.set(path.slice(prefix.length), entry.slice(0, b));
  }
  return now;
}

function syncFiles() {
  lastSync = performance.now();
  let now;
  try {
    now = currentStamps();
  } catch {
    return; // the instance trapped: nothing more can be read from it
  }
  const changed = {};
  const removed = [];
  const dec = new TextDecoder('utf-8', { fatal: true });
  let any = false;
  for (const [name, stamp] of now) {
    if (stamps.get(name) === stamp) continue;
    const size = Number(stamp.slice(stamp.indexOf(':') + 1));
    const isNew = !stamps.has(name);
    if (isNew && newFiles >= MAX_NEW_FILES) {
      now.delete(name); // not taken: not tracked either
      continue;
    }
    if (size > MAX_FILE_BYTES) continue;
    try {
      changed[name] = dec.decode(rjs.readFile(`${projectDir}/${name}`));
      any = true;
      if (isNew) newFiles++;
    } catch { /* not UTF-8 text, or gone */ }
  }
  for (const name of stamps.keys()) {
    if (!now.has(name)) { removed.push(name); any = true; }
  }
  stamps = now;
  if (any) self.postMessage({ type: 'files', changed, removed });
}

// ---- stepping the loop ------------------------------------------------------------------
// `tick()` returns how long to wait: 0 = at once (after yielding, without timer clamping),
// n = until the next timer, a huge number = until new I/O (a request injected below).
const channel = new MessageChannel();
self.rjsStats = { ticks: 0 }; // for the tests: an idle server must not keep the worker busy
let queued = false;
let timer = 0;
channel.port1.onmessage = () => { queued = false; step(); };

function schedule(wait) {
  clearTimeout(timer);
  timer = 0;
  if (wait > 0) timer = setTimeout(() => { timer = 0; step(); }, Math.min(wait, 2 ** 31 - 1));
  else if (!queued) { queued = true; channel.port2.postMessage(null); }
}

function step() {
  if (finished) return;
  let wait;
  self.rjsStats.ticks++;
  try {
    wait = rjs.tick();
  } catch (e) {
    return failed(e);
  }
  flush();
  // Reading a server's output frees room on its socket: the next turn must come at once, not
  // when the loop's idle wait ends, or every buffer-full of a large response costs a sleep.
  if (pump() && wait > 0) wait = 0;
  if (wait < 0) return finish(rjs.exitCode() ?? 0);
  if (performance.now() - lastSync >= SYNC_MS) syncFiles();
  if (wait >= IDLE_MS && !idleReported) {
    idleReported = true;
    self.postMessage({ type: 'idle' });
  }
  if (!stdinAwaitReported && rjs.stdinAwaited()) {
    stdinAwaitReported = true;
    self.postMessage({ type: 'stdin-wait' });
  }
  schedule(wait);
}

// ---- input and wake-ups ------------------------------------------------------------------
let running = false;
let stdinAwaitReported = false; // {type:'stdin-wait'} posted: the script waits for typed input
let earlyInput = []; // typed before the run started

function stdin(msg) {
  if (msg.type === 'stdin') rjs.pushStdin(msg.bytes);
  else rjs.endStdin();
  wake();
}

// Runs the loop at once (if it sleeps): typed input or a response part of a fetch arrived.
function wake() {
  if (running && !finished) schedule(0);
}

// ---- HTTP requests from the page ----------------------------------------------------------
const conns = new Map(); // connection id → Exchange
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'upgrade',
  'host', 'content-length', 'accept-encoding', 'proxy-connection', 'trailer']);

function latin1(text) {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function text(bytes, from = 0, to = bytes.length) {
  let s = '';
  for (let i = from; i < to; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 0x8000)));
  return s;
}

function concat(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function indexOfCrlf(bytes, from = 0) {
  for (let i = from; i + 1 < bytes.length; i++) if (bytes[i] === 13 && bytes[i + 1] === 10) return i;
  return -1;
}

function indexOfHeadEnd(bytes) {
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) return i;
  }
  return -1;
}

// One request/response exchange: parses the response as it arrives (status line, headers,
// then a body framed by Content-Length, chunked encoding or the end of the connection).
class Exchange {
  constructor(id, method, conn) {
    this.id = id;
    this.head = method === 'HEAD';
    this.conn = conn;
    this.buf = new Uint8Array(0);
    this.state = 'head'; // head → length | chunk-size | chunk-data | chunk-crlf | trailer | eof → done
    this.remaining = 0;
    this.sentHead = false;
  }

  post(part, extra = {}, transfer = []) {
    self.postMessage({ type: 'response', id: this.id, part, ...extra }, transfer);
  }

  fail(message) {
    if (this.state === 'done') return;
    this.state = 'done';
    if (this.sentHead) this.post('end');
    else this.post('error', { status: 502, message });
  }

  body(bytes) {
    if (bytes.length === 0) return;
    const copy = bytes.slice();
    this.post('body', { bytes: copy }, [copy.buffer]);
  }

  done() {
    this.state = 'done';
    this.post('end');
  }

  // Feeds bytes from the server; an empty array is the end of the connection.
  push(bytes) {
    if (this.state === 'done') return;
    if (bytes.length === 0) return this.closed();
    this.buf = concat(this.buf, bytes);
    for (;;) {
      const before = this.state;
      const had = this.buf.length;
      this.advance();
      if (this.state === 'done' || (this.state === before && this.buf.length === had)) return;
    }
  }

  advance() {
    const b = this.buf;
    switch (this.state) {
      case 'head': {
        const end = indexOfHeadEnd(b);
        if (end < 0) return;
        const lines = text(b, 0, end).split('\r\n');
        this.buf = b.subarray(end + 4);
        const m = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0]);
        if (!m) return this.fail(`The server sent something that is not an HTTP response: ${JSON.stringify(lines[0].slice(0, 80))}`);
        const status = Number(m[1]);
        const headers = [];
        for (const line of lines.slice(1)) {
          const i = line.indexOf(':');
          if (i > 0) headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
        }
        if (status < 200) return; // 100 Continue, 103 Early Hints: the real head follows
        const get = (name) => headers.find(([k]) => k.toLowerCase() === name)?.[1];
        this.sentHead = true;
        this.post('head', { status, statusText: m[2] || '', headers });
        if (this.head || status === 204 || status === 304) return this.done();
        if (/chunked/i.test(get('transfer-encoding') || '')) this.state = 'chunk-size';
        else if (get('content-length') !== undefined) {
          this.remaining = Number(get('content-length')) || 0;
          this.state = 'length';
          if (this.remaining === 0) return this.done();
        } else this.state = 'eof';
        return;
      }
      case 'length': {
        const take = b.subarray(0, Math.min(this.remaining, b.length));
        this.body(take);
        this.remaining -= take.length;
        this.buf = b.subarray(take.length);
        if (this.remaining === 0) this.done();
        return;
      }
      case 'eof':
        this.body(b);
        this.buf = new Uint8Array(0);
        return;
      case 'chunk-size': {
        const end = indexOfCrlf(b);
        if (end < 0) return;
        const size = parseInt(text(b, 0, end).split(';')[0].trim(), 16);
        this.buf = b.subarray(end + 2);
        if (!(size >= 0)) return this.fail('The server sent a malformed chunked body.');
        if (size === 0) this.state = 'trailer';
        else { this.remaining = size; this.state = 'chunk-data'; }
        return;
      }
      case 'chunk-data': {
        const take = b.subarray(0, Math.min(this.remaining, b.length));
        this.body(take);
        this.remaining -= take.length;
        this.buf = b.subarray(take.length);
        if (this.remaining === 0) this.state = 'chunk-crlf';
        return;
      }
      case 'chunk-crlf':
        if (b.length < 2) return;
        this.buf = b.subarray(2);
        this.state = 'chunk-size';
        return;
      case 'trailer': {
        const end = indexOfCrlf(b);
        if (end < 0) return;
        this.buf = b.subarray(end + 2);
        if (end === 0) this.done();
        return;
      }
    }
  }

  closed() {
    if (this.state === 'eof') return this.done();
    if (this.state === 'head' && !this.sentHead) {
      return this.fail(this.buf.length === 0
        ? 'The server closed the connection without sending a response.'
        : 'The server closed the connection in the middle of the response head.');
    }
    this.fail('The server closed the connection before the end of the response.');
  }
}

function request(msg) {
  const fail = (message, status = 502) => self.postMessage({ type: 'response', id: msg.id, part: 'error', status, message });
  if (finished) return fail('The script has exited: nothing listens on this port any more.');
  let conn;
  try {
    conn = rjs.connectPort(msg.port);
  } catch (e) {
    return fail(`Nothing listens on port ${msg.port} (${String(e.message || e).split(',')[0]}). ` +
      `Start a server in the script, e.g. http.createServer(…).listen(${msg.port}).`);
  }
  let head = `${msg.method} ${msg.path} HTTP/1.1\r\nHost: localhost:${msg.port}\r\n`;
  for (const [name, value] of msg.headers || []) {
    if (!HOP_BY_HOP.has(name.toLowerCase())) head += `${name}: ${value}\r\n`;
  }
  const body = msg.body ? new Uint8Array(msg.body) : null;
  if (body && (body.length > 0 || !/^(GET|HEAD)$/.test(msg.method))) head += `Content-Length: ${body.length}\r\n`;
  head += 'Connection: close\r\n\r\n';
  try {
    rjs.sendBytes(conn, latin1(head));
    if (body && body.length > 0) rjs.sendBytes(conn, body);
  } catch (e) {
    rjs.closeConnection(conn);
    return fail(`The connection to port ${msg.port} failed: ${e.message || e}`);
  }
  conns.set(conn, new Exchange(msg.id, msg.method, conn));
  schedule(0);
}

// Moves what the servers sent into the exchanges; finished ones are closed. Returns whether
// anything moved.
function pump() {
  let moved = false;
  for (const [conn, ex] of conns) {
    for (let i = 0; i < 64 && ex.state !== 'done'; i++) {
      const bytes = rjs.receiveBytes(conn);
      if (bytes === undefined) break;
      moved = true;
      ex.push(bytes);
    }
    if (ex.state === 'done') {
      rjs.closeConnection(conn);
      conns.delete(conn);
    }
  }
  return moved;
}

// Built-ins the prepared runtime loads before Run. Only console: a Run clicked while more
// loaded would wait for them (the first load of a module in a fresh instance also compiles
// the wasm functions it reaches), and other modules cost the same when the script loads them.
const WARM = ['console'];

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    mark('init msg');
    try {
      await init({ module_or_path: msg.module });
      rjs.setOutput(output);
      rjs.setNetEvents(netEvent);
      rjs.setWake(wake);
      projectDir = rjs.cwd();
      mark('instantiated');
      self.postMessage({ type: 'ready', cwd: rjs.cwd(), marks: marks.splice(0) });
    } catch (e) {
      self.postMessage({ type: 'error', message: String(e && e.stack || e) });
      return;
    }
    // Run works from here on; meanwhile the runtime's context and bootstrap are built ahead
    // (a 'run' arriving now waits for this, then only configures it and starts main.js).
    try {
      if (rjs.prepare) rjs.prepare(WARM);
      mark('prepared');
      self.postMessage({ type: 'prepared', marks: marks.splice(0) });
    } catch (e) {
      mark(`prepare failed: ${e && e.message || e}`); // run() builds the runtime itself then
    }
  } else if (msg.type === 'run') {
    mark('run msg');
    const enc = new TextEncoder();
    for (const [path, text] of Object.entries(msg.files)) {
      rjs.writeFile(path, typeof text === 'string' ? enc.encode(text) : text);
    }
    stamps = currentStamps();
    lastSync = performance.now();
    mark('files written');
    started = performance.now();
    running = true;
    self.postMessage({ type: 'started' }); // (after prepare(), which a run waits for)
    for (const m of earlyInput) stdin(m);
    earlyInput = [];
    try {
      rjs.run(msg.main, msg.args || []);
    } catch (e) {
      return failed(e);
    }
    mark('run() returned');
    flush();
    step();
  } else if (msg.type === 'request') {
    request(msg);
  } else if (msg.type === 'ping') {
    self.postMessage({ type: 'pong' }); // answered between loop turns: the script is not stuck
  } else if (msg.type === 'stdin' || msg.type === 'stdin-end') {
    if (running) stdin(msg); else earlyInput.push(msg);
  }
};
