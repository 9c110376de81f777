// The playground page: files (persisted in IndexedDB, shareable in the URL hash), a
// CodeMirror 6 editor (editor.js) and an xterm.js output terminal (terminal.js), both loaded
// lazily while the runtime compiles. Each run happens in a fresh Web Worker holding one
// rjs instance; the compiled WebAssembly module is shared by all of them. index.html's inline
// script starts the compile and the first worker before anything else loads; each worker
// bootstraps a runtime as soon as it is instantiated, and the next one is started shortly
// after a run begins (or when it ends), so Run is instant and Stop is `terminate()`.
//
// Servers the script starts show in the preview pane: a service worker (sw.js) turns requests
// for `preview/<port>/…` into messages to this page, which hands them to the running worker;
// the worker answers them with the script's own `http.Server` (see worker.js).
import { examples } from './examples.js';

// Started by index.html's inline script: the wasm compile and the first worker; timing marks
// (absolute ms) that bench/web/profile.mjs reads through `__rjs.marks()`.
const { spawn, marks, mark } = window.rjsBoot;
mark('app start');

const STORE_KEY = 'rjs-playground:v1'; // localStorage, before IndexedDB
let saveTimer = 0;
const MAIN = 'main.js';
const $ = (id) => document.getElementById(id);

// ---- files -----------------------------------------------------------------------------
let state = { files: { ...examples.hello.files }, active: MAIN };

function validState(s) {
  return s && typeof s === 'object' && s.files && typeof s.files === 'object' &&
    Object.values(s.files).every((v) => typeof v === 'string');
}

// The project lives in IndexedDB (database DB_NAME, store 'state', key 'project'): no 5 MB
// localStorage quota, and no synchronous JSON of every file on each save. Earlier versions kept
// it in localStorage under STORE_KEY: loadState moves it over once. Without IndexedDB (some
// private modes) localStorage is used as before.
const DB_NAME = 'rjs-playground';
const DB_KEY = 'project';
let dbOpen = null;

function db() {
  if (!dbOpen) {
    dbOpen = new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('state');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('IndexedDB is blocked'));
    });
  }
  return dbOpen;
}

async function dbRequest(mode, op) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction('state', mode);
    const req = op(tx.objectStore('state'));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction failed'));
  });
}

let useLocalStorage = typeof indexedDB === 'undefined';

function saveLocal() {
  try { localStorage.setItem(STORE_KEY, JSON.stringify(state)); } catch { /* quota or privacy mode */ }
}

/** Stores the project (transactions on one store complete in order: the last save wins). */
function save() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  if (useLocalStorage) return saveLocal();
  const snapshot = { files: { ...state.files }, active: state.active };
  return dbRequest('readwrite', (store) => store.put(snapshot, DB_KEY)).catch((e) => {
    console.warn('IndexedDB save failed; using localStorage', e);
    useLocalStorage = true;
    saveLocal();
  });
}

// An edit still waiting for its debounced save is written when the page goes away: to
// localStorage too, synchronously, since the page may be gone before an IndexedDB transaction
// commits (a reload right after typing lost the edit). The next load takes it from there as it
// takes an earlier version's project (newer than IndexedDB's, moved over, then removed).
addEventListener('pagehide', () => {
  if (!saveTimer) return;
  saveLocal();
  save();
});

function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 250);
}

function b64url(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unb64url(text) {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function pipeBytes(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

async function encodeShare(files) {
  const json = new TextEncoder().encode(JSON.stringify({ files }));
  return 'code=' + b64url(await pipeBytes(json, new CompressionStream('deflate-raw')));
}

async function decodeShare(hash) {
  const m = /^#?code=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m) return null;
  const json = await pipeBytes(unb64url(m[1]), new DecompressionStream('deflate-raw'));
  const parsed = JSON.parse(new TextDecoder().decode(json));
  return validState(parsed) ? parsed.files : null;
}

async function loadState() {
  if (location.hash.length > 1) {
    try {
      const files = await decodeShare(location.hash);
      if (files) {
        state = { files, active: files[MAIN] !== undefined ? MAIN : Object.keys(files)[0] };
        save();
        // Edits after opening a link are the user's own: the hash must not win on reload.
        history.replaceState(null, '', location.pathname + location.search);
        return;
      }
    } catch (e) {
      console.warn('bad share link', e);
    }
  }
  let saved = null;
  let legacy = null;
  try { legacy = JSON.parse(localStorage.getItem(STORE_KEY)); } catch { /* nothing saved there */ }
  if (!useLocalStorage) {
    try {
      saved = await dbRequest('readonly', (store) => store.get(DB_KEY));
    } catch (e) {
      console.warn('IndexedDB unavailable; using localStorage', e);
      useLocalStorage = true;
    }
  }
  // A project in localStorage was saved by an earlier version of the page, or as the page went
  // away with an edit unsaved (this one removes it once IndexedDB holds it): it is the newer one.
  if (validState(legacy) && Object.keys(legacy.files).length > 0) saved = legacy;
  if (validState(saved) && Object.keys(saved.files).length > 0) {
    state = saved;
    if (state.files[state.active] === undefined) state.active = Object.keys(state.files)[0];
    if (saved === legacy && !useLocalStorage) {
      // Not awaited: the page goes on while IndexedDB stores it.
      save().then(() => { if (!useLocalStorage) localStorage.removeItem(STORE_KEY); });
    }
  }
}

// ---- file list and editor ---------------------------------------------------------------
// Started before anything else, so the chunks load while the wasm compiles.
const editorChunk = import('./editor.js');
const terminalChunk = import('./terminal.js');
let editor = null; // createEditor()'s handle once loaded

function renderFiles() {
  const list = $('files');
  list.textContent = '';
  const names = Object.keys(state.files).sort((a, b) => (a === MAIN ? -1 : b === MAIN ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const li = document.createElement('li');
    li.dataset.name = name;
    // The name is a button, so the keyboard reaches it (Tab, then Enter opens the file).
    const label = document.createElement('button');
    label.className = 'name';
    label.textContent = name;
    if (name === state.active) {
      li.classList.add('active');
      label.setAttribute('aria-current', 'true');
    }
    li.append(label);
    if (name !== MAIN) {
      li.append(fileButton('rename', '✎', `Rename ${name}`, () => renameFile(name)));
      li.append(fileButton('delete', '×', `Delete ${name}`, () => {
        if (!confirm(`Delete ${name}?`)) return;
        delete state.files[name];
        if (state.active === name) state.active = MAIN;
        save();
        renderFiles();
        showActive();
      }));
    }
    li.addEventListener('click', (e) => {
      state.active = name;
      save();
      renderFiles();
      showActive();
      if (e.detail === 0) editor?.focus(); // chosen with the keyboard: its button is gone now
    });
    list.append(li);
  }
}

/** A small button of a file's row (shown on hover or focus), named by `label`. */
function fileButton(className, text, label, onClick) {
  const b = document.createElement('button');
  b.className = className;
  b.title = label;
  b.setAttribute('aria-label', label);
  b.textContent = text;
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}

/** A file name as typed in a prompt (leading ./ dropped), or null (and a message) when it cannot
 * name a file of the project. */
function fileNameFrom(input) {
  const name = (input || '').trim().replace(/^\.?\/+/, '');
  if (!name) return null;
  if (name.split('/').some((p) => p === '' || p === '.' || p === '..')) {
    alert('Not a valid file name.');
    return null;
  }
  return name;
}

function renameFile(name) {
  const to = fileNameFrom(prompt(`Rename ${name} to (require() and import use the new name)`, name));
  if (!to || to === name) return;
  if (to === MAIN || state.files[to] !== undefined) return alert(`${to} exists already.`);
  state.files[to] = state.files[name];
  delete state.files[name];
  if (state.active === name) state.active = to;
  save();
  renderFiles();
  showActive();
}

function showActive() {
  if (state.files[state.active] === undefined) state.active = MAIN;
  if (state.files[state.active] === undefined) state.files[MAIN] = '';
  if (editor) editor.show(state.active, state.files[state.active]);
  $('editor-title').textContent = state.active;
  // Another script than main.js can be run on its own, as `node lib.js` would.
  const runFile = $('run-file');
  runFile.hidden = state.active === MAIN || !/\.[cm]?js$/.test(state.active);
  runFile.textContent = `▶ Run ${state.active}`;
  runFile.title = `Run ${state.active} instead of main.js (node ${state.active})`;
}

/** Files the running script wrote (or removed) in its project directory join the project:
 * the tree shows them and they are saved with it (main.js itself is never dropped). */
function mergeFiles(changed, removed) {
  for (const [name, text] of Object.entries(changed)) state.files[name] = text;
  for (const name of removed) if (name !== MAIN) delete state.files[name];
  if (state.files[state.active] === undefined) state.active = MAIN;
  if (state.files[MAIN] === undefined) state.files[MAIN] = '';
  save();
  renderFiles();
  showActive();
}

function onEdit(text) {
  state.files[state.active] = text;
  saveSoon();
}

$('add-file').addEventListener('click', () => {
  const name = fileNameFrom(prompt('New file name (e.g. utils.js, data/config.json)'));
  if (!name) return;
  if (state.files[name] === undefined) state.files[name] = '';
  state.active = name;
  save();
  renderFiles();
  showActive();
  editor?.focus();
});

const exampleMenu = $('examples');
for (const [key, ex] of Object.entries(examples)) {
  const opt = document.createElement('option');
  opt.value = key;
  opt.textContent = ex.title;
  exampleMenu.append(opt);
}
/** Whether the project holds work of the user's own (text in a file, and not just an example's
 * files as the menu gave them), which an example replacing it would lose. */
function hasOwnWork() {
  const files = Object.entries(state.files);
  if (files.every(([, text]) => text.trim() === '')) return false;
  return !Object.values(examples).some((ex) =>
    files.length === Object.keys(ex.files).length && files.every(([name, text]) => ex.files[name] === text));
}

exampleMenu.addEventListener('change', () => {
  const ex = examples[exampleMenu.value];
  exampleMenu.value = '';
  if (!ex) return;
  if (hasOwnWork() && !confirm(`Replace your files with the "${ex.title}" example? They are not kept anywhere else (Share makes a link to them).`)) return;
  state = { files: { ...ex.files }, active: MAIN };
  editor?.forget();
  save();
  renderFiles();
  showActive();
});

$('share').addEventListener('click', async () => {
  save();
  const url = `${location.origin}${location.pathname}#${await encodeShare(state.files)}`;
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url);
    setStatus('share link copied to the clipboard');
  } catch {
    setStatus('share link is in the address bar');
  }
});

// ---- output: the xterm.js terminal ----------------------------------------------------
// Output before the terminal chunk has loaded waits in `queued`. `written[fd]` keeps the
// decoded text per stream (the test hook tells stdout and stderr apart with it).
let terminal = null;
let queued = [];
const decoders = new Map();
let written = { 1: '', 2: '' };
let lastChar = '\n';

function writeTerminal(fd, text) {
  if (!text) return;
  if (fd === 1 || fd === 2) written[fd] += text;
  lastChar = text[text.length - 1];
  if (terminal) terminal.write(text); else queued.push(text);
}

function writeBytes(fd, bytes) {
  let dec = decoders.get(fd);
  if (!dec) decoders.set(fd, (dec = new TextDecoder()));
  writeTerminal(fd, dec.decode(bytes, { stream: true }));
}

/** A line from the playground itself (dim), on a line of its own. */
function note(text) {
  writeTerminal(0, `${lastChar === '\n' ? '' : '\n'}\x1b[0;2m${text}\x1b[0m\n`);
}

// ---- input: the terminal as a line-mode (cooked) tty ----------------------------------------
// While a script runs, what is typed is echoed and edited here (Backspace, Ctrl+U) and sent to
// its stdin a line at a time on Enter; Ctrl+D sends the partial line, or ends the input on an
// empty line; Ctrl+C stops the run (not while text is selected). The script sees a TTY stdin
// in line mode and a piped stdout (like `node app.js | cat` in a terminal), so readline reads
// lines without echoing them again. setRawMode(true) does not reach the page: it stays in
// line mode.
let inputLine = '';
const encoder = new TextEncoder();

function sendInput(run, msg) {
  run.worker.postMessage(msg, msg.bytes ? [msg.bytes.buffer] : []);
}

function onTerminalData(data) {
  const run = current;
  if (!run || run.inputEnded) return;
  if (data.startsWith('\x1b')) return; // arrows, function keys: no history or cursor moves
  for (const ch of data) {
    if (ch === '\r' || ch === '\n') {
      writeTerminal(0, '\r\n');
      sendInput(run, { type: 'stdin', bytes: encoder.encode(inputLine + '\n') });
      inputLine = '';
    } else if (ch === '\x7f' || ch === '\b') {
      if (inputLine) {
        inputLine = [...inputLine].slice(0, -1).join('');
        writeTerminal(0, '\b \b');
      }
    } else if (ch === '\x15') { // Ctrl+U
      writeTerminal(0, '\b \b'.repeat([...inputLine].length));
      inputLine = '';
    } else if (ch === '\x04') { // Ctrl+D
      if (inputLine) {
        sendInput(run, { type: 'stdin', bytes: encoder.encode(inputLine) });
        inputLine = '';
      } else {
        run.inputEnded = true;
        sendInput(run, { type: 'stdin-end' });
        return;
      }
    } else if (ch === '\x03') { // Ctrl+C (with text selected, it only copies)
      if (terminal?.hasSelection()) return;
      writeTerminal(0, '^C');
      inputLine = '';
      stop();
      return;
    } else if (ch >= ' ' || ch === '\t') {
      inputLine += ch;
      writeTerminal(0, ch);
    }
  }
}

/** The script waits for typed input (its first read of stdin found nothing): what is typed
 * must reach the terminal, so the keyboard focus moves there (from the Run button, or from
 * the editor after Ctrl+Enter, where typing would change the code). */
function awaitInput(run) {
  terminal?.focus();
  setRunStatus(run, 'running, reading input: type below (Ctrl+D ends it)');
}

// After a run in which fs.readFileSync(0) or fs.readSync(0, …) found nothing typed.
const SYNC_STDIN_NOTE = 'A synchronous read of stdin (fs.readFileSync(0), fs.readSync(0, …)) found nothing typed ' +
  'yet and failed with EAGAIN, as in node when stdin does not block: in the browser a script cannot wait ' +
  'synchronously while you type. Read stdin with process.stdin or readline (they wait for your input).';

function clearOutput() {
  queued = [];
  if (terminal) terminal.reset();
  decoders.clear();
  written = { 1: '', 2: '' };
  lastChar = '\n';
  inputLine = '';
}
$('clear').addEventListener('click', clearOutput);

const flushTerminal = () => (terminal ? terminal.flush() : Promise.resolve());

// For tests and the curious: what the terminal shows, and what each stream wrote.
window.__rjs = {
  terminalText: () => (terminal ? terminal.text() : queued.join('')),
  written: (fd) => written[fd],
  editorText: () => (editor ? editor.text() : null),
  marks: () => marks,
};

function setStatus(text) {
  $('status').textContent = text;
}

// ---- workers ----------------------------------------------------------------------------
/** The status line while `run` runs (kept, so it comes back after a busy spell). */
function setRunStatus(run, text) {
  run.status = text;
  if (!run.busy) setStatus(text);
}

// A script that never pauses (while (true) {}, a long computation) keeps its worker from
// answering messages: the page pings it each second, and once no answer has come for BUSY_MS
// since the script started (the worker's {type:'started'}, after its runtime's bootstrap) the
// status line says so and how to end it (the run itself goes on, as node's would).
const BUSY_MS = 3000;
function watchBusy(run, worker) {
  run.busyTimer = setInterval(() => {
    const busyFor = performance.now() - run.lastPong;
    if (run.lastPong !== undefined && busyFor >= BUSY_MS && current === run) {
      run.busy = true;
      setStatus(`running, busy for ${Math.round(busyFor / 1000)} s without a pause (an endless loop?): Stop or Esc ends it`);
    }
    worker.postMessage({ type: 'ping' });
  }, 1000);
}

let spare = window.rjsBoot.first; // { worker, ready }: the next run's worker (spawn: index.html)
let current = null; // { worker, started }

const SPARE_DELAY_MS = 300;
function warmSpare() {
  if (!spare) spare = spawn();
}

function setRunning(running) {
  document.body.dataset.state = running ? 'running' : 'idle';
  terminal?.showCursor(running);
  $('run').disabled = false;
  $('stop').disabled = !running;
}

/** Runs `main` (a project file; main.js unless the user asked for another) in a worker. */
async function run(main = MAIN) {
  mark('run clicked');
  if (current) stop(true);
  const slot = spare || spawn();
  spare = null;
  const run = {
    worker: slot.worker, main, started: performance.now(), ports: new Set(), requests: new Map(), previewShown: false, settleTimer: 0,
  };
  current = run;
  // A ready worker gets its run message first: the page's own updates below happen while it
  // starts main.js (its output arrives in later tasks, after the terminal is cleared).
  if (slot.isReady) launch(run, slot.worker);
  save();
  clearOutput();
  previewHidden = false;
  setRunning(true);
  setRunStatus(run, 'running…');
  delete document.body.dataset.exitCode;
  if (slot.isReady) return;
  let worker;
  try {
    worker = await slot.ready;
  } catch (e) {
    note(`rjs failed to load: ${e.message}`);
    current = null;
    setRunning(false);
    setStatus('failed to load');
    return;
  }
  if (current !== run) return; // stopped while loading
  launch(run, worker);
}

/** Hands the project to `worker` and follows the run. */
function launch(run, worker) {
  // The next run's worker starts once this one is under way (its bootstrap would compete with
  // this script's start for the CPU), or when this run ends, whichever comes first.
  run.spareTimer = setTimeout(warmSpare, SPARE_DELAY_MS);
  watchBusy(run, worker);
  worker.onmessage = (e) => {
    const msg = e.data;
    if (msg.type === 'out') { if (!run.firstOut) { run.firstOut = true; mark('first out'); marks.push(...(msg.marks || [])); } writeBytes(msg.fd, msg.bytes); }
    else if (msg.type === 'response') relayResponse(run, msg);
    else if (msg.type === 'net') {
      if (msg.kind === 'listen') run.ports.add(msg.port); else run.ports.delete(msg.port);
      if (current === run) previewNet(run, msg.kind, msg.port);
    } else if (msg.type === 'prepared') {
      marks.push(...msg.marks);
    } else if (msg.type === 'files') {
      mergeFiles(msg.changed, msg.removed);
    } else if (msg.type === 'idle') {
      if (current === run) previewSettled(run);
    } else if (msg.type === 'stdin-wait') {
      if (current === run) awaitInput(run);
    } else if (msg.type === 'pong' || msg.type === 'started') {
      run.lastPong = performance.now();
      if (run.busy && current === run) setStatus(run.status);
      run.busy = false;
    } else if (msg.type === 'exit') {
      for (const [fd, dec] of decoders) writeTerminal(fd, dec.decode());
      worker.terminate();
      warmSpare();
      endRun(run, `the script exited with code ${msg.code}`);
      if (msg.stdinMissed) note(SYNC_STDIN_NOTE);
      if (current === run) current = null;
      const ms = Math.round(performance.now() - run.started);
      setStatus(`exited with code ${msg.code} · ${ms} ms`);
      setRunning(false);
      // The terminal parses asynchronously: the exit code shows once all output is on it.
      flushTerminal().then(() => {
        if (current === null && !document.body.dataset.exitCode) document.body.dataset.exitCode = String(msg.code);
      });
    }
  };
  worker.onerror = (e) => note(`worker error: ${e.message}`);
  worker.postMessage({ type: 'run', files: state.files, main: run.main, args: [] });
}

function stop(quiet = false) {
  if (!current) return;
  current.worker.terminate();
  endRun(current, quiet ? 'a new run started' : 'the run was stopped');
  current = null;
  warmSpare();
  if (!quiet) {
    note('[stopped]');
    setStatus('stopped');
    flushTerminal().then(() => {
      if (current === null && !document.body.dataset.exitCode) document.body.dataset.exitCode = 'stopped';
    });
  }
  setRunning(false);
}

$('run').addEventListener('click', () => run());
$('run-file').addEventListener('click', () => run(state.active));
$('stop').addEventListener('click', () => stop());
document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented) return; // the editor's own Mod-Enter already ran
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  } else if (e.key === 'Escape' && current) {
    stop();
  } else if (e.key.toLowerCase() === 's' && (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey) {
    // Out of habit after an edit: the project saves itself, so not the browser's "Save page as".
    e.preventDefault();
    save();
    if (!current) setStatus('saved: the project is kept in this browser (Share makes a link)');
  }
});

// ---- preview: the script's servers, through the service worker ---------------------------
const previewPane = $('preview-pane');
const frame = $('preview-frame');
const portSelect = $('preview-port');
const pathInput = $('preview-path');
const PREVIEW_BASE = new URL('preview/', location.href);
let requestSeq = 0;
let shownPort = 0;
let previewHidden = false; // the user closed the pane during this run

// Why the preview cannot work here, or '' when it can.
const previewMissing = location.protocol === 'file:'
  ? 'this page was opened from a file (file://); service workers need it served over http://localhost or https.'
  : !window.isSecureContext
    ? `${location.origin} is not a secure context; service workers need https or http://localhost.`
    : !('serviceWorker' in navigator)
      ? 'this browser (or its private mode) offers no service workers.'
      : '';
const SW_WAIT_MS = 5000;
// The service worker is registered once the page is idle (SW_DELAY_MS later, so its start does
// not compete with the page's own start or a first Run), or as soon as a server needs the
// preview, whichever comes first.
const SW_DELAY_MS = 1500;
let swReady = null;
function serviceWorkerReady() {
  if (!swReady) {
    swReady = navigator.serviceWorker.register('sw.js').then(() => navigator.serviceWorker.ready);
    swReady.catch(() => {});
  }
  return swReady;
}
if (!previewMissing) {
  navigator.serviceWorker.addEventListener('message', onServiceWorkerMessage);
  navigator.serviceWorker.startMessages();
}

function onServiceWorkerMessage(e) {
  const msg = e.data;
  if (!msg || msg.type !== 'rjs-preview-request' || !e.ports[0]) return;
  const reply = e.ports[0];
  const run = current;
  if (!run || !run.ports.has(msg.port)) {
    reply.postMessage({ type: 'none' });
    return;
  }
  reply.postMessage({ type: 'accepted' });
  const id = ++requestSeq;
  run.requests.set(id, reply);
  const { port, method, path, headers, body } = msg;
  run.worker.postMessage({ type: 'request', id, port, method, path, headers, body }, body ? [body] : []);
}

// The worker's answer, passed on to the service worker.
function relayResponse(run, msg) {
  const reply = run.requests.get(msg.id);
  if (!reply) return;
  if (msg.part === 'head') reply.postMessage({ type: 'head', status: msg.status, statusText: msg.statusText, headers: msg.headers });
  else if (msg.part === 'body') reply.postMessage({ type: 'body', bytes: msg.bytes }, [msg.bytes.buffer]);
  else {
    reply.postMessage(msg.part === 'end' ? { type: 'end' } : { type: 'error', status: msg.status, message: msg.message });
    run.requests.delete(msg.id);
  }
}

// A run is over: requests still waiting fail, the preview says the server stopped.
function endRun(run, why) {
  for (const reply of run.requests.values()) {
    reply.postMessage({ type: 'error', status: 502, message: `The server stopped before it answered: ${why}.` });
  }
  run.requests.clear();
  clearTimeout(run.settleTimer);
  clearTimeout(run.spareTimer);
  clearInterval(run.busyTimer);
  const ports = [...run.ports];
  run.ports.clear();
  if (current === run && run.previewShown && ports.length > 0) {
    setPreviewState('stopped', `The server on port ${ports.join(', ')} stopped: ${why}.\nRun the script again to bring it back.`);
  }
}

function setPreviewState(state, message = '') {
  previewPane.dataset.state = state;
  $('preview-message').textContent = message;
  if (state !== 'live') frame.removeAttribute('data-port');
}

function previewUrl(port, path) {
  const p = path.startsWith('/') ? path : `/${path}`;
  return new URL(`${port}${p}`, PREVIEW_BASE).href;
}

function renderPorts() {
  const ports = current ? [...current.ports].sort((a, b) => a - b) : [];
  portSelect.textContent = '';
  for (const p of ports.length ? ports : [shownPort]) {
    const opt = document.createElement('option');
    opt.value = String(p);
    opt.textContent = `localhost:${p}`;
    portSelect.append(opt);
  }
  portSelect.value = String(shownPort);
}

async function showPort(port, path = pathInput.value || '/') {
  shownPort = port;
  renderPorts();
  if (previewHidden) return;
  previewPane.hidden = false;
  if (previewMissing) {
    setPreviewState('unsupported', `The script's server is listening on port ${port}, but the preview cannot show it: ${previewMissing}\nThe script itself can still reach it (fetch / http.get to http://localhost:${port}/).`);
    return;
  }
  setPreviewState('loading', `Connecting to localhost:${port}…`);
  try {
    const started = await Promise.race([serviceWorkerReady().then(() => true), new Promise((r) => setTimeout(r, SW_WAIT_MS, false))]);
    if (!started) {
      if (shownPort === port) {
        setPreviewState('unsupported', `The script's server is listening on port ${port}, but the preview's service worker has not started (blocked by the browser, or still installing).\nThe script itself can still reach it (fetch / http.get to http://localhost:${port}/).`);
      }
      await swReady;
    }
  } catch (e) {
    setPreviewState('unsupported', `The preview's service worker could not start (${e && e.message || e}).\nThe script itself can still reach its server (fetch / http.get to http://localhost:${port}/).`);
    return;
  }
  if (shownPort !== port || !current || !current.ports.has(port)) return;
  setPreviewState('live');
  frame.dataset.port = String(port);
  frame.src = previewUrl(port, path);
}

// A server started listening: the preview opens once the script has settled (the worker
// reports its loop waiting for I/O or a timer), so a script that connects to its own raw TCP
// server and closes it right away never gets a stray request from the preview.
const SETTLE_FALLBACK_MS = 1500;

function previewNet(run, kind, port) {
  if (kind === 'listen') {
    if (!run.previewShown) {
      clearTimeout(run.settleTimer);
      run.settleTimer = setTimeout(() => previewSettled(run), SETTLE_FALLBACK_MS);
    } else if (!shownPort || previewPane.dataset.state !== 'live' || !run.ports.has(shownPort)) showPort(port);
    else renderPorts();
    return;
  }
  if (!run.previewShown) return;
  renderPorts();
  if (port !== shownPort) return;
  const other = [...run.ports][0];
  if (other !== undefined) showPort(other);
  else setPreviewState('stopped', `The server on port ${port} closed (server.close()). The script is still running.`);
}

// Links in the output: URLs (trailing punctuation left out), and places in the project's files
// as stacks and error reports name them (/home/user/lib.js:3:7, file:///home/user/main.js:2).
const URL_LINK = /https?:\/\/[^\s'"`<>()[\]{}]*[^\s'"`<>()[\]{}.,;:!?]/g;
const PROJECT_DIR = '/home/user/';
const SOURCE_LINK = /(?:file:\/\/)?\/home\/user\/[^\s:()'"`]+:\d+(?::\d+)?/g;

/** A file:line[:column] clicked in the output: that place in the editor. */
function openSource(text) {
  const [file, line, column] = text.replace(/^file:\/\//, '').slice(PROJECT_DIR.length).split(':');
  if (state.files[file] === undefined) {
    note(`${file} is not in the project's files (the script made it, or it is not text).`);
    return;
  }
  state.active = file;
  save();
  renderFiles();
  showActive();
  editor?.goTo(Number(line), Number(column || 1));
}

// A URL clicked in the output: the script's own server (a loopback address, as node's servers
// print it) opens in the preview pane; other sites open in a new tab.
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);
function openLink(url) {
  let u;
  try { u = new URL(url); } catch { return; }
  if (!LOOPBACK.has(u.hostname)) {
    window.open(u.href, '_blank', 'noopener');
    return;
  }
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  if (!current || !current.ports.has(port)) {
    note(`Nothing listens on port ${port} now: run the script to start its server, then click the link again.`);
    return;
  }
  previewHidden = false;
  current.previewShown = true;
  pathInput.value = u.pathname + u.search;
  showPort(port, pathInput.value);
}

function previewSettled(run) {
  clearTimeout(run.settleTimer);
  if (run.previewShown || current !== run || run.ports.size === 0) return;
  run.previewShown = true;
  showPort([...run.ports][0]);
}

frame.addEventListener('load', () => {
  try {
    const loc = frame.contentWindow.location;
    const prefix = `${PREVIEW_BASE.pathname}${shownPort}`;
    if (loc.pathname.startsWith(prefix)) pathInput.value = (loc.pathname.slice(prefix.length) || '/') + loc.search;
  } catch { /* not ours (about:blank or another origin) */ }
});

$('preview-bar').addEventListener('submit', (e) => {
  e.preventDefault();
  if (shownPort) showPort(shownPort, pathInput.value || '/');
});
portSelect.addEventListener('change', () => showPort(Number(portSelect.value), '/'));
$('preview-reload').addEventListener('click', () => {
  if (shownPort) showPort(shownPort, pathInput.value || '/');
});
$('preview-open').addEventListener('click', () => {
  if (shownPort) window.open(previewUrl(shownPort, pathInput.value || '/'), '_blank', 'noopener');
});
$('preview-hide').addEventListener('click', () => {
  previewHidden = true;
  previewPane.hidden = true;
  frame.src = 'about:blank';
});

// ---- start ------------------------------------------------------------------------------
await loadState();
mark('state loaded');
renderFiles();
$('editor-title').textContent = state.active;
const [editorMod, terminalMod] = await Promise.all([editorChunk, terminalChunk]);
mark('chunks loaded');
terminal = terminalMod.createTerminal($('output'), {
  links: [{ pattern: URL_LINK, activate: openLink }, { pattern: SOURCE_LINK, activate: openSource }],
});
mark('terminal made');
terminal.onData(onTerminalData);
terminal.showCursor(document.body.dataset.state === 'running');
if (queued.length) { terminal.write(queued.join('')); queued = []; }
editor = editorMod.createEditor($('editor'), { onChange: onEdit, onRun: () => run() });
showActive();
mark('editor+terminal made');
spare.ready.then(
  () => {
    if (current) return;
    mark('idle');
    if (!previewMissing) setTimeout(serviceWorkerReady, SW_DELAY_MS);
    document.body.dataset.state = 'idle';
    $('run').disabled = false;
    setStatus('ready — Ctrl/Cmd+Enter runs main.js');
  },
  (e) => {
    setStatus('failed to load the runtime');
    note(String(e.message || e));
  },
);
