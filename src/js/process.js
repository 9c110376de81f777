// `process`: an EventEmitter with node's fields, stdio streams, exit handling and warnings.
'use strict';

const binding = internalBinding('native');
const loop = require('internal/loop');
const EventEmitter = require('events');

const NODE_VERSION = 'v20.20.2';

function ProcessCtor() {}
Object.defineProperty(ProcessCtor, 'name', { value: 'process' });
ProcessCtor.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: ProcessCtor, writable: true, configurable: true },
});
Object.setPrototypeOf(process, ProcessCtor.prototype);
EventEmitter.call(process);

// Filled in by `configure` (below) once the process's arguments and environment are known: a
// runtime may be bootstrapped before then (the WASI build snapshots a bootstrapped runtime).
let argv = [];
let startNs = binding.hrtime();

function define(name, value) {
  Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable: true });
}
// Node's read-only fields (version, pid, ...): not writable, still configurable.
function readonly(name, value) {
  Object.defineProperty(process, name, { value, writable: false, configurable: true, enumerable: true });
}

readonly('version', NODE_VERSION);
readonly('versions', {
  node: NODE_VERSION.slice(1), rjs: binding.version, boa: '0.22.0', acorn: '8.14.0',
  modules: '115', uv: '1.46.0', v8: '11.3.244.8-node.0', unicode: '15.1',
});
readonly('arch', 'wasm32');
readonly('platform', 'linux');
readonly('release', { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' });
define('argv', argv);
define('execArgv', []);
define('env', {});
readonly('pid', 0);
define('ppid', 1);
define('execPath', '');
// The process title, always a string (node's is a native accessor that reads as a data
// property); at first the program name, as for node.
let title = 'node';
Object.defineProperty(process, 'title', {
  get() { return title; }, set(v) { title = `${v}`; }, enumerable: true, configurable: true,
});
define('debugPort', 9229);
Object.defineProperty(process, 'features', { writable: false, enumerable: true, configurable: false, value: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, typescript: false } });
readonly('config', { target_defaults: {}, variables: { node_shared: false, v8_enable_i18n_support: 0 } });
define('allowedNodeEnvironmentFlags', new Set());
readonly('moduleLoadList', []);
define('_exiting', false);
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: true, enumerable: false, configurable: false });

define('cwd', function cwd() { return binding.cwd(); });
define('chdir', function chdir(directory) {
  const { validateString } = require('internal/validators');
  validateString(directory, 'directory');
  binding.chdir(directory);
});
define('umask', function umask(mask) {
  const old = process._umask === undefined ? 0o22 : process._umask;
  if (mask !== undefined) process._umask = typeof mask === 'string' ? parseInt(mask, 8) : mask;
  return old;
});
Object.defineProperty(process, '_umask', { value: 0o22, writable: true, enumerable: false });

function hrtime(prev) {
  const ns = binding.hrtime() + 1e9 * 1000; // offset so values look like an uptime clock
  let sec = Math.floor(ns / 1e9);
  let nsec = Math.floor(ns % 1e9);
  if (prev !== undefined) {
    if (!Array.isArray(prev)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('time', 'an instance of Array', prev);
    }
    if (prev.length !== 2) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('time', '2', prev.length);
    }
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return BigInt(Math.floor(binding.hrtime())) + 1000000000000n;
};
define('hrtime', hrtime);
define('uptime', function uptime() { return (binding.hrtime() - startNs) / 1e9 + 0.03; });
function memoryUsage() {
  return { rss: 30 * 1024 * 1024, heapTotal: 8 * 1024 * 1024, heapUsed: 5 * 1024 * 1024, external: 1024 * 1024, arrayBuffers: 16 * 1024 };
}
memoryUsage.rss = function rss() { return 30 * 1024 * 1024; };
define('memoryUsage', memoryUsage);
define('cpuUsage', function cpuUsage(prev) {
  const us = Math.floor((binding.hrtime() - startNs) / 1e3);
  const r = { user: us, system: 0 };
  if (prev) { r.user -= prev.user; r.system -= prev.system; }
  return r;
});
define('resourceUsage', function resourceUsage() {
  return { userCPUTime: Math.floor((binding.hrtime() - startNs) / 1e3), systemCPUTime: 0, maxRSS: 30720, sharedMemorySize: 0, unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0, fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 0, involuntaryContextSwitches: 0 };
});
define('getuid', function getuid() { return 0; });
define('geteuid', function geteuid() { return 0; });
define('getgid', function getgid() { return 0; });
define('getegid', function getegid() { return 0; });
define('getgroups', function getgroups() { return [0]; });
// The sandbox has one process: signal 0 asks whether it exists; another signal to itself is
// delivered to its listeners (asynchronously) or ends it with 128 + the signal's number, as a
// shell reports a process killed by it; any other pid does not exist.
define('kill', function kill(pid, signal = 'SIGTERM') {
  const { codes } = require('internal/errors');
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  const signals = require('os').constants.signals;
  let name;
  let number;
  if (typeof signal === 'number') {
    number = signal;
    name = Object.keys(signals).find((k) => signals[k] === signal);
    if (signal !== 0 && name === undefined) {
      const err = new Error('kill EINVAL');
      err.code = 'EINVAL'; err.errno = -22; err.syscall = 'kill';
      throw err;
    }
  } else {
    name = `${signal}`;
    number = signals[name];
    if (number === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(signal);
  }
  if (pid !== process.pid && pid !== 0 && pid !== -1) {
    const err = new Error('kill ESRCH');
    err.code = 'ESRCH'; err.errno = -3; err.syscall = 'kill';
    throw err;
  }
  if (number === 0) return true;
  if (process.listenerCount(name) > 0) {
    setImmediate(() => process.emit(name, name, number));
  } else {
    process.reallyExit(128 + number);
  }
  return true;
});
// wasm32 memory ends at 4 GiB; os.freemem() reports what is left of it.
define('constrainedMemory', function constrainedMemory() { return 4 * 1024 ** 3; });
define('availableMemory', function availableMemory() { return require('os').freemem(); });
define('domain', null);
define('_getActiveHandles', function _getActiveHandles() { return []; });
define('_getActiveRequests', function _getActiveRequests() { return []; });
define('getActiveResourcesInfo', function getActiveResourcesInfo() { return loop.activeResources(); });
define('_rawDebug', function _rawDebug(...args) { binding.write(2, `${require('util').format(...args)}\n`); });
define('_tickCallback', function _tickCallback() { loop.drainTicks(); });
define('openStdin', function openStdin() { process.stdin.resume(); return process.stdin; });
let sourceMaps = false;
Object.defineProperty(process, 'sourceMapsEnabled', { get() { return sourceMaps; }, enumerable: true, configurable: true });
define('setSourceMapsEnabled', function setSourceMapsEnabled(val) {
  require('internal/validators').validateBoolean(val, 'val');
  sourceMaps = val;
});
// Sets the variables of a dotenv file (default ./.env) that the environment does not have yet.
define('loadEnvFile', function loadEnvFile(path = undefined) {
  const fs = require('fs');
  const vars = require('util').parseEnv(fs.readFileSync(path == null ? '.env' : path, 'utf8'));
  for (const key of Object.keys(vars)) if (!(key in process.env)) process.env[key] = vars[key];
});
define('abort', function abort() { binding.write(2, 'Aborted\n'); binding.exit(134); });
define('nextTick', loop.nextTick);
define('emitWarning', emitWarning);
define('binding', function binding_(name) { throw new Error(`No such module: ${name}`); });
define('setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
  if (fn !== null) {
    const { codes } = require('internal/errors');
    if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
    if (loop.captureFn() !== null) throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  loop.captureFn(fn);
});
define('hasUncaughtExceptionCaptureCallback', function hasUncaughtExceptionCaptureCallback() { return loop.captureFn() !== null; });
define('exit', function exit(code) {
  if (arguments.length !== 0) process.exitCode = code;
  loop.exitNow(process.exitCode || 0);
});
define('reallyExit', function reallyExit(code) { binding.exit(code | 0); });

// As node's: null/undefined clear it; an integer, or a string holding one, sets it.
let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(v) {
    if (v !== undefined && v !== null) {
      const { validateInteger } = require('internal/validators');
      validateInteger(typeof v === 'string' && v !== '' && Number.isInteger(+v) ? +v : v, 'code');
    }
    exitCode = v;
  },
  enumerable: true, configurable: false,
});

// ---- warnings ------------------------------------------------------------------------------
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor; code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type; code = undefined; type = 'Warning';
  }
  const { validateString } = require('internal/validators');
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') { ctor = code; code = undefined; } else if (code !== undefined) validateString(code, 'code');
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    Error.captureStackTrace(w, ctor || emitWarning);
    warning = w;
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // node throws it on the next tick, so warnings emitted before it are printed first.
    if (process.throwDeprecation) {
      loop.markThrow(warning, 'node:internal/process/warning:185\n        throw warning;\n        ^\n');
      loop.nextTick(() => { throw warning; });
      return;
    }
  }
  loop.nextTick(() => process.emit('warning', warning));
}

// The default 'warning' listener (not installed under --no-warnings or NODE_NO_WARNINGS=1).
let traceHintShown = false;
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  msg += trace && warning.stack ? warning.stack
    : typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    msg += `\n(Use \`node ${isDeprecation ? '--trace-deprecation' : '--trace-warnings'} ...\` to show where the warning was created)`;
  }
  binding.write(2, msg + '\n');
}

// ---- stdio ---------------------------------------------------------------------------------
const stdio = require('internal/stdio');
for (const [name, make] of [['stdout', stdio.getStdout], ['stderr', stdio.getStderr], ['stdin', stdio.getStdin]]) {
  // An accessor for good (see lazyGlobal in the bootstrap for why it is not replaced).
  Object.defineProperty(process, name, { configurable: true, enumerable: true, get: make });
}

// Takes over what the binding now knows about this process (see binding::configure).
module.exports = function configure() {
  argv = binding.argv.slice();
  startNs = binding.hrtime();
  process.argv = argv;
  const execArgv = binding.execArgv.slice();
  process.execArgv = execArgv;
  process.env = binding.env;
  readonly('pid', binding.pid);
  process.execPath = argv[0];
  Object.defineProperty(process, 'argv0', { value: argv[0], writable: false, enumerable: true, configurable: false });
  title = `${argv[0]}`;
  if (binding.noDeprecation) Object.defineProperty(process, 'noDeprecation', { value: true, writable: false, enumerable: true, configurable: true });
  // Switches the command line accepts for node's sake, read back from NODE_OPTIONS' options
  // (checked by the CLI, values joined by `=`) and then execArgv.
  const switches = binding.nodeOptions.length === 0 ? execArgv : binding.nodeOptions.concat(execArgv);
  for (let i = 0; i < switches.length; i++) {
    const a = switches[i];
    if (a === '-e' || a === '-p' || a === '-pe' || a === '-r' || a === '--eval' || a === '--print' || a === '--require') i++;
    else if (a === '--throw-deprecation') process.throwDeprecation = true;
    else if (a === '--trace-deprecation') process.traceDeprecation = true;
    else if (a === '--trace-warnings') process.traceProcessWarnings = true;
    else if (a.startsWith('--title')) title = a.length > 7 ? a.slice(8) : `${switches[++i]}`;
    else if (a.startsWith('--unhandled-rejections')) loop.setRejectionMode(a.length > 22 ? a.slice(23) : switches[++i]);
    else if (a.startsWith('--stack-trace-limit')) {
      const n = a.length > 19 ? a.slice(20) : `${switches[++i]}`;
      if (/^\d+$/.test(n)) Error.stackTraceLimit = Number(n);
    }
  }
  if (!binding.noWarnings && process.env.NODE_NO_WARNINGS !== '1') process.on('warning', onWarning);
};
