// node:child_process. WebAssembly has no processes, so no child ever starts: every spawn fails
// the way node reports a command it may not run (EACCES, "permission denied"), which node
// delivers asynchronously. Scripts that handle spawn errors keep running as they would under
// node: spawn/fork/exec/execFile return a ChildProcess that emits 'error' and then 'close'
// (exec/execFile call back with the error), spawnSync returns `{ error }`, and
// execSync/execFileSync throw it.
'use strict';

const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const { codes } = require('internal/errors');
const { validateString, validateObject, validateFunction } = require('internal/validators');

const UV_EACCES = -13;

// node's ErrnoException for a failed spawn: `spawn FILE EACCES`, with path and spawnargs.
function spawnError(syscall, file, args) {
  const err = new Error(`${syscall} ${file} EACCES`);
  err.errno = UV_EACCES;
  err.code = 'EACCES';
  err.syscall = `${syscall} ${file}`;
  err.path = file;
  err.spawnargs = args;
  return err;
}

// node's normalizeSpawnArguments, minus what only a real spawn needs: validates and returns
// { file, args (without argv0), options }; a `shell` runs the command line through /bin/sh.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  if (options.cwd != null && typeof options.cwd !== 'string' && !(options.cwd instanceof URL)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], options.cwd);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  return { file, args, options };
}

// Which of fds 0-2 get a pipe (a stream on the ChildProcess) under options.stdio.
function pipedStdio(stdio) {
  const list = typeof stdio === 'string' ? [stdio, stdio, stdio] : Array.isArray(stdio) ? stdio : [];
  return [0, 1, 2].map((i) => list[i] == null || list[i] === 'pipe' || list[i] === 'overlapped');
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    this.spawnargs = Array.isArray(options.args) ? options.args : [];
    const piped = pipedStdio(options.stdio);
    const stdin = piped[0] ? new Writable({ write(chunk, enc, cb) { cb(); } }) : null;
    const stdout = piped[1] ? new Readable({ read() {} }) : null;
    const stderr = piped[2] ? new Readable({ read() {} }) : null;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.stdio = [stdin, stdout, stderr];
    for (const stream of [stdout, stderr]) {
      if (stream === null) continue;
      this._closesNeeded++;
      stream.on('close', () => maybeClose(this));
    }
    this.pid = undefined;
    process.nextTick(onSpawnFailed, this);
    return UV_EACCES;
  }

  kill(sig) {
    if (sig !== undefined && sig !== 0 && !validSignal(sig)) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    return false;
  }

  ref() {}
  unref() {}
}

function validSignal(sig) {
  const { signals } = require('os').constants;
  return typeof sig === 'number' ? Object.values(signals).includes(sig) : Object.hasOwn(signals, sig);
}

// The child "exits" with the spawn error, as node's onexit with a negative status: 'error',
// then the pipes end, and 'close' (EACCES's errno, null) follows once they have closed.
function onSpawnFailed(child) {
  child.exitCode = UV_EACCES;
  child.emit('error', spawnError('spawn', child.spawnfile, child.spawnargs.slice(1)));
  if (child.stdin) child.stdin.destroy();
  // The pipes see end-of-file in a later loop phase, stderr's first (as node's do).
  setImmediate(() => {
    for (const stream of [child.stderr, child.stdout]) {
      if (stream === null) continue;
      stream.push(null);
      stream.resume();
    }
  });
  maybeClose(child);
}

function maybeClose(child) {
  if (++child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

function spawn(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  const child = new ChildProcess();
  child.spawn({
    file: opts.file,
    args: [opts.options.argv0 ?? opts.file, ...opts.args],
    stdio: opts.options.stdio,
  });
  return child;
}

function fork(modulePath, args, options) {
  validateString(modulePath, 'modulePath');
  if (args != null && !Array.isArray(args)) {
    if (typeof args !== 'object') throw new codes.ERR_INVALID_ARG_VALUE('args', args);
    options = args;
    args = [];
  }
  options = { ...options };
  const stdio = options.stdio ?? (options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc']);
  const execArgv = options.execArgv ?? process.execArgv;
  return spawn(options.execPath ?? process.execPath, [...execArgv, modulePath, ...(args ?? [])],
    { ...options, stdio, shell: false });
}

// execFile(file[, args][, options][, callback]) and exec(command[, options][, callback]).
function execFile(file, args, options, callback) {
  if (typeof args === 'function') { callback = args; args = []; options = {}; }
  else if (typeof options === 'function') { callback = options; options = {}; }
  if (args != null && !Array.isArray(args) && typeof args === 'object') { options = args; args = []; }
  options = { encoding: 'utf8', ...options };
  if (callback != null) validateFunction(callback, 'callback');
  const child = spawn(file, args, options);
  let cmd = file;
  if (Array.isArray(args) && args.length > 0) cmd += ` ${args.join(' ')}`;
  const empty = options.encoding && options.encoding !== 'buffer' ? '' : Buffer.alloc(0);
  child.on('error', (err) => {
    if (!callback) return;
    err.cmd = cmd;
    callback(err, empty, empty);
  });
  return child;
}

function exec(command, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateString(command, 'command');
  return execFile(command, { ...options, shell: options?.shell || true }, callback);
}

// util.promisify(exec/execFile): resolves { stdout, stderr }, rejects with them on the error.
function promisified(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
  });
}
Object.defineProperty(exec, require('util').promisify.custom, { value: promisified(exec), enumerable: false });
Object.defineProperty(execFile, require('util').promisify.custom, { value: promisified(execFile), enumerable: false });

function spawnSync(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  return {
    error: spawnError('spawnSync', opts.file, opts.args),
    status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null,
  };
}

// execSync/execFileSync: the spawnSync error, thrown with the result's fields on it.
function throwingSync(normalize) {
  return function (...argv) {
    const ret = spawnSync(...normalize(...argv));
    throw Object.assign(ret.error, ret);
  };
}
const execFileSync = throwingSync((file, args, options) => [file, args, options]);
const execSync = throwingSync((command, options) => {
  validateString(command, 'command');
  return [command, { ...options, shell: options?.shell || true }];
});

function _forkChild() {}

module.exports = {
  _forkChild, ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync,
};
