// The runtime's worker: one script run per worker. The page posts the compiled module
// ({type:'init', module}), then one {type:'run', files, main, args}; the worker writes the
// files into rjs's in-memory file system, starts the script and steps the event loop with
// `tick()`, yielding to its own event loop in between. Output is batched into
// {type:'out', fd, bytes} messages; the end is {type:'exit', code}. Stop = worker.terminate().
import init, * as rjs from './pkg/rjs.js';

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
  self.postMessage({ type: 'out', fd: pendingFd, bytes }, [bytes.buffer]);
  pending = [];
  lastFlush = performance.now();
}

function output(fd, bytes) {
  if (fd !== pendingFd) { flush(); pendingFd = fd; }
  pending.push(bytes);
  // A busy script still shows its output as it goes (postMessage works mid-turn).
  if (performance.now() - lastFlush > FLUSH_MS) flush();
}

const EXIT_MARK = 'rjs:exit:';
let started = 0;

function finish(code) {
  flush();
  self.postMessage({ type: 'exit', code, ms: performance.now() - started });
}

function failed(e) {
  const msg = String(e && e.message || e);
  if (msg.startsWith(EXIT_MARK)) return finish(Number(msg.slice(EXIT_MARK.length)) | 0);
  // A trap (a bug in rjs): the panic hook has already written its message, if any.
  output(2, new TextEncoder().encode(`rjs crashed: ${e && e.name || 'Error'}: ${msg}\n`));
  finish(70);
}

// Yield to the worker's own event loop without timer clamping.
const channel = new MessageChannel();
channel.port1.onmessage = step;
const yieldNow = () => channel.port2.postMessage(null);

function step() {
  let wait;
  try {
    wait = rjs.tick();
  } catch (e) {
    return failed(e);
  }
  flush();
  if (wait < 0) return finish(rjs.exitCode() ?? 0);
  if (wait === 0) yieldNow();
  else setTimeout(step, Math.min(wait, 2 ** 31 - 1));
}

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    try {
      await init({ module_or_path: msg.module });
      rjs.setOutput(output);
      self.postMessage({ type: 'ready', cwd: rjs.cwd() });
    } catch (e) {
      self.postMessage({ type: 'error', message: String(e && e.stack || e) });
    }
  } else if (msg.type === 'run') {
    const enc = new TextEncoder();
    for (const [path, text] of Object.entries(msg.files)) {
      rjs.writeFile(path, typeof text === 'string' ? enc.encode(text) : text);
    }
    started = performance.now();
    try {
      rjs.run(msg.main, msg.args || []);
    } catch (e) {
      return failed(e);
    }
    flush();
    step();
  }
};
