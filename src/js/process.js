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
// An object whose own fields are read-only in the same way (process.versions, process.release).
function readonlyFields(object) {
  for (const key of Object.keys(object)) Object.defineProperty(object, key, { writable: false });
  return object;
}
function deepFreeze(object) {
  for (const value of Object.values(object)) if (value !== null && typeof value === 'object') deepFreeze(value);
  return Object.freeze(object);
}

readonly('version', NODE_VERSION);
// node 20's component versions (what packages read: modules, napi, openssl, uv, v8, ...), then ours.
readonly('versions', readonlyFields({
  node: NODE_VERSION.slice(1), acorn: '8.16.0', ada: '2.9.2', ares: '1.34.6', brotli: '1.1.0',
  cjs_module_lexer: '2.2.0', cldr: '48.0', icu: '78.2', llhttp: '9.3.1', modules: '115', napi: '9',
  nghttp2: '1.61.0', openssl: '3.0.19', simdutf: '6.4.2', tz: '2025c', undici: '6.24.1', unicode: '17.0',
  uv: '1.46.0', uvwasi: '0.0.23', v8: '11.3.244.8-node.38', zlib: '1.3.1-e00f703',
  rjs: binding.version, boa: '0.22.0',
}));
// The architecture node reports where scripts are written and checked ('wasm32' is not one of
// node's values, and scripts branch on it: prebuilt-binary pickers, `${platform}-${arch}` paths);
// like `platform`, the sandbox's own is not visible to them.
readonly('arch', 'x64');
readonly('platform', 'linux');
readonly('release', readonlyFields({
  name: 'node', lts: 'Iron',
  sourceUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}-headers.tar.gz`,
}));
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
Object.defineProperty(process, 'features', { writable: false, enumerable: true, configurable: false, value: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, require_module: true } });
// Deep-frozen, as node 20's.
readonly('config', deepFreeze({ target_defaults: {}, variables: { host_arch: 'x64', target_arch: 'x64', napi_build_version: '9', node_module_version: 115, node_shared: false, v8_enable_i18n_support: 1 } }));
// node's NodeEnvironmentFlagsSet: the options NODE_OPTIONS accepts, read-only; has() takes
// a flag with or without its dashes, with underscores, with `=value`. Made when first read.
// `list` is node's array (aliases of --inspect* appear twice): size and forEach() use it,
// iteration the set of its entries.
function allowedFlags() {
  const list = '--watch-preserve-output --no-watch-preserve-output --heapsnapshot-near-heap-limit --disable-warning --heapsnapshot-signal --force-async-hooks-checks --no-force-async-hooks-checks --diagnostic-dir --expose-gc --experimental-wasi-unstable-preview1 --experimental-vm-modules --no-experimental-vm-modules --deprecation --no-deprecation --tls-min-v1.0 --no-tls-min-v1.0 --allow-wasi --no-allow-wasi --inspect-port --experimental-fetch --no-experimental-fetch --http-parser --experimental-loader --enable-source-maps --no-enable-source-maps --input-type --jitless --experimental-require-module --no-experimental-require-module --experimental-network-imports --no-experimental-network-imports --inspect --no-inspect --experimental-global-webcrypto --no-experimental-global-webcrypto --experimental-policy --track-heap-objects --no-track-heap-objects --experimental-detect-module --no-experimental-detect-module --policy-integrity --trace-atomics-wait --no-trace-atomics-wait --allow-addons --no-allow-addons --verify-base-objects --no-verify-base-objects --allow-fs-read --experimental-report --experimental-modules --experimental-abortcontroller --watch --no-watch --experimental-default-type --trace-deprecation --no-trace-deprecation --disallow-code-generation-from-strings --title --throw-deprecation --no-throw-deprecation --insecure-http-parser --no-insecure-http-parser --force-node-api-uncaught-exceptions-policy --no-force-node-api-uncaught-exceptions-policy --node-memory-debug --experimental-specifier-resolution --addons --no-addons --warnings --no-warnings --tls-min-v1.1 --no-tls-min-v1.1 --pending-deprecation --no-pending-deprecation --tls-min-v1.2 --no-tls-min-v1.2 --preserve-symlinks-main --no-preserve-symlinks-main --allow-fs-write --global-search-paths --no-global-search-paths --experimental-global-customevent --no-experimental-global-customevent --import --trace-sigint --no-trace-sigint --experimental-json-modules --openssl-shared-config --no-openssl-shared-config --conditions --heap-prof-interval --disable-proto --zero-fill-buffers --no-zero-fill-buffers --experimental-worker --test-shard --use-bundled-ca --no-use-bundled-ca --experimental-top-level-await --openssl-legacy-provider --no-openssl-legacy-provider --v8-pool-size --force-fips --no-force-fips --experimental-shadow-realm --no-experimental-shadow-realm --preserve-symlinks --no-preserve-symlinks --secure-heap-min --abort-on-uncaught-exception --trace-event-categories --network-family-autoselection-attempt-timeout --report-dir --disable-wasm-trap-handler --no-disable-wasm-trap-handler --unhandled-rejections --snapshot-blob --report-exclude-network --no-report-exclude-network --experimental-websocket --no-experimental-websocket --tls-min-v1.3 --no-tls-min-v1.3 --enable-fips --no-enable-fips --report-on-fatalerror --no-report-on-fatalerror --huge-max-old-generation-size --node-snapshot --no-node-snapshot --icu-data-dir --report-filename --experimental-permission --no-experimental-permission --interpreted-frames-native-stack --tls-cipher-list --watch-path --experimental-wasm-modules --no-experimental-wasm-modules --use-openssl-ca --no-use-openssl-ca --use-largepages --experimental-eventsource --no-experimental-eventsource --test-reporter --secure-heap --require --napi-modules --tls-keylog --extra-info-on-fatal-exception --no-extra-info-on-fatal-exception --stack-trace-limit --openssl-config --trace-uncaught --no-trace-uncaught --experimental-repl-await --no-experimental-repl-await --trace-warnings --no-trace-warnings --trace-tls --no-trace-tls --tls-max-v1.2 --no-tls-max-v1.2 --perf-basic-prof-only-functions --experimental-print-required-tla --no-experimental-print-required-tla --report-compact --no-report-compact --debug-arraybuffer-allocations --no-debug-arraybuffer-allocations --trace-sync-io --no-trace-sync-io --force-context-aware --no-force-context-aware --max-semi-space-size --perf-prof-unwinding-info --allow-child-process --no-allow-child-process --trace-event-file-pattern --test-reporter-destination --heap-prof-dir --allow-worker --no-allow-worker --report-signal --dns-result-order --test-only --no-test-only --network-family-autoselection --no-network-family-autoselection --report-uncaught-exception --no-report-uncaught-exception --enable-etw-stack-walking --perf-basic-prof --max-old-space-size --inspect-wait --no-inspect-wait --perf-prof --trace-exit --no-trace-exit --heap-prof-name --frozen-intrinsics --no-frozen-intrinsics --inspect-brk --no-inspect-brk --inspect-publish-uid --tls-max-v1.3 --no-tls-max-v1.3 --redirect-warnings --max-http-header-size --heap-prof --no-heap-prof --report-on-signal --no-report-on-signal --trace-promises --no-trace-promises --trace-require-module --experimental-import-meta-resolve --no-experimental-import-meta-resolve --debug-port --inspect --inspect-brk --inspect-wait -C --enable-network-family-autoselection --prof-process --loader -r --trace-events-enabled --es-module-specifier-resolution --report-directory'.split(' ');
  let set;
  class NodeEnvironmentFlagsSet extends Set {
    add() { return this; }
    delete() { return false; }
    clear() {}
    has(key) {
      if (typeof key !== 'string') return false;
      key = key.replace(/_/g, '-');
      if (/^--?/.test(key)) return list.includes(key.replace(/=.*$/, ''));
      return list.some((flag) => flag.replace(/^--?/, '') === key);
    }
    entries() { return (set || (set = new Set(list))).entries(); }
    forEach(callback, thisArg = undefined) { list.forEach((v) => callback.call(thisArg, v, v, this)); }
    get size() { return list.length; }
    values() { return (set || (set = new Set(list))).values(); }
    keys() { return this.values(); }
  }
  NodeEnvironmentFlagsSet.prototype[Symbol.iterator] = NodeEnvironmentFlagsSet.prototype.values;
  Object.freeze(NodeEnvironmentFlagsSet.prototype);
  return Object.freeze(new NodeEnvironmentFlagsSet());
}
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  get() { const v = allowedFlags(); define('allowedNodeEnvironmentFlags', v); return v; },
  set(v) { define('allowedNodeEnvironmentFlags', v); },
  enumerable: true, configurable: true,
});
readonly('moduleLoadList', []);
// (An accessor in node: what is assigned reads back as a boolean. The flag lives in loop.js.)
Object.defineProperty(process, '_exiting', {
  get() { return loop.isExiting(); }, set(value) { loop.setExiting(value); }, enumerable: true, configurable: true,
});
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: true, enumerable: false, configurable: false });

define('cwd', function cwd() { return binding.cwd(); });
define('chdir', function chdir(directory) {
  const { validateString } = require('internal/validators');
  validateString(directory, 'directory');
  try {
    binding.chdir(directory);
    // WASI's chdir keeps '..' and '.' segments in the working directory it reports.
    const cwd = binding.cwd();
    const normal = require('path').resolve(cwd);
    if (normal !== cwd) binding.chdir(normal);
  } catch (err) {
    // node's error names both directories: chdir '<cwd>' -> '<directory>' (path, dest).
    if (err !== null && typeof err === 'object' && err.syscall === 'chdir') {
      const cwd = binding.cwd();
      const message = err.message.replace(/, chdir '[^]*'$/, `, chdir '${cwd}' -> '${directory}'`);
      if (typeof err.stack === 'string') err.stack = err.stack.replace(err.message, message);
      err.message = message;
      err.path = cwd;
      err.dest = directory;
    }
    throw err;
  }
});
// As node's: an octal string or a uint32; the mask kept is its permission bits.
let umaskValue = 0o22;
define('umask', function umask(mask) {
  const old = umaskValue;
  if (mask !== undefined) {
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
      }
      mask = parseInt(mask, 8);
    }
    require('internal/validators').validateUint32(mask, 'mask');
    umaskValue = mask & 0o777;
    // The fs binding applies it to the modes files and directories are made with (the
    // host's own umask stays 0o022). (setUmask comes with t3's chmod modes.)
    const fsBinding = internalBinding('fs');
    if (typeof fsBinding.setUmask === 'function') fsBinding.setUmask(umaskValue);
  }
  return old;
});

function hrtime(prev) {
  const ns = binding.hrtime() + 1e9 * 1000; // offset so values look like an uptime clock
  let sec = Math.floor(ns / 1e9);
  let nsec = Math.floor(ns % 1e9);
  if (prev !== undefined) {
    if (!Array.isArray(prev)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', prev);
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
// The wasm linear memory is the process's whole memory and the engine's heap (its use
// estimated as v8.getHeapStatistics() does).
function memoryBytes() { return internalBinding('vm').memoryBytes(); }
function memoryUsage() {
  const total = memoryBytes();
  return { rss: total, heapTotal: total, heapUsed: internalBinding('vm').heapBytes(), external: 1024 * 1024, arrayBuffers: 16 * 1024 };
}
memoryUsage.rss = function rss() { return memoryBytes(); };
define('memoryUsage', memoryUsage);
// An error with node's code and message (as ERR_INVALID_ARG_VALUE.RangeError and the like).
function codedError(Base, code, message) {
  const e = new Base(message);
  Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  const stack = typeof e.stack === 'string' ? e.stack : '';
  const nl = stack.indexOf('\n');
  Object.defineProperty(e, 'stack', { value: `${Base.name} [${code}]: ${message}${nl === -1 ? '' : stack.slice(nl)}`, writable: true, configurable: true });
  return e;
}
function validPrevious(v) { return typeof v === 'number' && v <= Number.MAX_SAFE_INTEGER && v >= 0; }
define('cpuUsage', function cpuUsage(prevValue) {
  if (prevValue) {
    for (const key of ['user', 'system']) {
      if (!validPrevious(prevValue[key])) {
        const { validateObject, validateNumber } = require('internal/validators');
        validateObject(prevValue, 'prevValue');
        validateNumber(prevValue[key], `prevValue.${key}`);
        const { inspect } = require('internal/inspect');
        throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'prevValue.${key}' is invalid. Received ${inspect(prevValue[key])}`);
      }
    }
  }
  const us = Math.floor((binding.hrtime() - startNs) / 1e3);
  const r = { user: us, system: 0 };
  if (prevValue) { r.user -= prevValue.user; r.system -= prevValue.system; }
  return r;
});
define('resourceUsage', function resourceUsage() {
  return { userCPUTime: Math.floor((binding.hrtime() - startNs) / 1e3), systemCPUTime: 0, maxRSS: Math.floor(memoryBytes() / 1024), sharedMemorySize: 0, unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0, fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 0, involuntaryContextSwitches: 0 };
});
define('getuid', function getuid() { return 0; });
define('geteuid', function geteuid() { return 0; });
define('getgid', function getgid() { return 0; });
define('getegid', function getegid() { return 0; });
define('getgroups', function getgroups() { return [0]; });
// The sandbox runs as root (uid/gid 0) and knows no other user: the setters take ids (and
// 'root') and change nothing; other names fail as node's do.
function validateId(id, name) {
  if (typeof id === 'number') {
    require('internal/validators').validateUint32(id, name);
  } else if (typeof id !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}
function checkId(id, name, kind) {
  validateId(id, name);
  if (typeof id === 'string' && id !== 'root') {
    throw codedError(Error, 'ERR_UNKNOWN_CREDENTIAL', `${kind} identifier does not exist: ${id}`);
  }
}
define('setuid', function setuid(id) { checkId(id, 'id', 'User'); });
define('seteuid', function seteuid(id) { checkId(id, 'id', 'User'); });
define('setgid', function setgid(id) { checkId(id, 'id', 'Group'); });
define('setegid', function setegid(id) { checkId(id, 'id', 'Group'); });
define('setgroups', function setgroups(groups) {
  require('internal/validators').validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  for (let i = 0; i < groups.length; i++) checkId(groups[i], `groups[${i}]`, 'Group');
});
define('initgroups', function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
});
// The sandbox has one process: signal 0 asks whether it exists; another signal to itself is
// delivered to its listeners (asynchronously) or, unless ignored by default, ends it with
// 128 + the signal's number, as a shell reports a process killed by it; any other pid does
// not exist. As node's, kill() validates and goes through the monkey-patchable _kill, which
// returns an errno.
const kIgnoredSignals = ['SIGCHLD', 'SIGCONT', 'SIGURG', 'SIGWINCH'];
define('_kill', function _kill(pid, sig) {
  pid |= 0;
  sig |= 0;
  const signals = require('os').constants.signals;
  const name = sig === 0 ? undefined : Object.keys(signals).find((k) => signals[k] === sig);
  if (sig !== 0 && name === undefined) return -22; // EINVAL
  if (pid !== process.pid && pid !== 0 && pid !== -1) return -3; // ESRCH
  if (sig === 0) return 0;
  if (process.listenerCount(name) > 0) setImmediate(() => process.emit(name, name, sig));
  else if (!kIgnoredSignals.includes(name)) process.reallyExit(128 + sig);
  return 0;
});
define('kill', function kill(pid, sig) {
  const { codes } = require('internal/errors');
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let err;
  if (sig === (sig | 0)) {
    err = process._kill(pid, sig);
  } else {
    sig = sig || 'SIGTERM';
    const signals = require('os').constants.signals;
    if (!signals[sig]) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    err = process._kill(pid, signals[sig]);
  }
  if (err) {
    const code = err === -22 ? 'EINVAL' : err === -3 ? 'ESRCH' : err === -1 ? 'EPERM' : `E${-err}`;
    const e = new Error(`kill ${code}`);
    e.errno = err; e.code = code; e.syscall = 'kill';
    throw e;
  }
  return true;
});
// wasm32 memory ends at 4 GiB; os.freemem() reports what is left of it.
define('constrainedMemory', function constrainedMemory() { return 4 * 1024 ** 3; });
define('availableMemory', function availableMemory() { return require('os').freemem(); });
define('domain', null);
// node's diagnostic report: getReport() builds the parts a sandbox can tell (no glibc: native
// addons cannot load here), writeReport() stores it as JSON.
function makeReport(err, trigger, filename) {
  const os = require('os');
  const mem = memoryUsage();
  const stack = typeof err.stack === 'string' ? err.stack.split('\n') : [];
  const cpu = process.cpuUsage();
  const now = new Date();
  return {
    header: {
      reportVersion: 4, event: 'JavaScript API', trigger, filename,
      dumpEventTime: now.toISOString().replace(/\.\d+Z$/, 'Z'), dumpEventTimeStamp: `${now.getTime()}`,
      processId: process.pid, threadId: 0, cwd: process.cwd(), commandLine: process.argv.slice(),
      nodejsVersion: process.version, wordSize: 32, arch: process.arch, platform: process.platform,
      componentVersions: { ...process.versions }, release: { ...process.release },
      osName: os.type(), osRelease: os.release(), osVersion: os.version(), osMachine: os.machine(),
      cpus: os.cpus(), networkInterfaces: [], host: os.hostname(),
    },
    javascriptStack: { message: stack[0] || `${err}`, stack: stack.slice(1).map((l) => l.trim()), errorProperties: {} },
    javascriptHeap: { totalMemory: mem.heapTotal, usedMemory: mem.heapUsed, externalMemory: mem.external, heapSpaces: {} },
    nativeStack: [],
    resourceUsage: {
      free_memory: os.freemem(), total_memory: os.totalmem(), rss: mem.rss,
      userCpuSeconds: cpu.user / 1e6, kernelCpuSeconds: cpu.system / 1e6, maxRss: mem.rss,
    },
    uvthreadResourceUsage: { userCpuSeconds: cpu.user / 1e6, kernelCpuSeconds: cpu.system / 1e6 },
    libuv: [], workers: [], environmentVariables: { ...process.env }, userLimits: {}, sharedObjects: [],
  };
}
function makeReportApi() {
  const v = require('internal/validators');
  const settings = { directory: '', filename: '', compact: false, excludeNetwork: false, signal: 'SIGUSR2', reportOnFatalError: false, reportOnSignal: false, reportOnUncaughtException: false };
  const api = {
    writeReport(file, err) {
      if (typeof file === 'object' && file !== null) { err = file; file = undefined; } else if (file !== undefined) v.validateString(file, 'file');
      if (err === undefined) err = new Error(); else v.validateObject(err, 'err');
      const n = ++reportSeq;
      if (file === undefined) {
        const d = new Date();
        const p2 = (x) => `${x}`.padStart(2, '0');
        file = settings.filename || `report.${d.getFullYear()}${p2(d.getMonth() + 1)}${p2(d.getDate())}.${p2(d.getHours())}${p2(d.getMinutes())}${p2(d.getSeconds())}.${process.pid}.0.${`${n}`.padStart(3, '0')}.json`;
      }
      const path = settings.directory && !file.startsWith('/') ? `${settings.directory}/${file}` : file;
      const text = JSON.stringify(makeReport(err, 'API', file), null, settings.compact ? 0 : 2);
      binding.write(2, `\nWriting Node.js report to file: ${file}\n`);
      require('fs').writeFileSync(path, `${text}\n`);
      binding.write(2, 'Node.js report completed\n');
      return file;
    },
    getReport(err) {
      if (err === undefined) err = new Error(); else v.validateObject(err, 'err');
      return makeReport(err, 'GetReport', null);
    },
  };
  const check = {
    directory: v.validateString, filename: v.validateString, compact: v.validateBoolean, excludeNetwork: v.validateBoolean,
    signal(s, name) {
      v.validateString(s, name);
      if (require('os').constants.signals[s] === undefined) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_UNKNOWN_SIGNAL(s);
      }
    },
    reportOnFatalError: v.validateBoolean, reportOnSignal: v.validateBoolean, reportOnUncaughtException: v.validateBoolean,
  };
  for (const key of Object.keys(settings)) {
    Object.defineProperty(api, key, {
      get() { return settings[key]; },
      set(value) { check[key](value, key); settings[key] = value; },
      enumerable: true, configurable: true,
    });
  }
  return api;
}
let reportSeq = 0;
let reportApi;
// (A getter only, as node's: assigning it fails in strict code.)
Object.defineProperty(process, 'report', {
  get() { return reportApi || (reportApi = makeReportApi()); },
  enumerable: true, configurable: true,
});
define('_getActiveHandles', function _getActiveHandles() { return []; });
define('_getActiveRequests', function _getActiveRequests() { return []; });
define('getActiveResourcesInfo', function getActiveResourcesInfo() { return loop.activeResources(); });
define('_rawDebug', function _rawDebug(...args) { binding.write(2, `${require('util').format(...args)}\n`); });
define('_tickCallback', function _tickCallback() { loop.drainTicks(); });
readonly('_preload_modules', []); // the -r / --require modules, in order (see configure)
// node's handler of an uncaught error, called directly: the monitors, the capture callback or
// 'uncaughtException' listeners; with none, 'exit' is emitted with code 1 and it answers false.
define('_fatalException', function _fatalException(er, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  const capture = loop.captureFn();
  if (capture !== null) {
    capture(er);
  } else if (!process.emit('uncaughtException', er, type)) {
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        process.emit('exit', 1);
      }
    } catch { /* as node: ignored */ }
    return false;
  }
  return true;
});
// The inspector and profiler hooks node has (no inspector here: they do nothing).
define('_debugProcess', function _debugProcess() {});
define('_debugEnd', function _debugEnd() {});
define('_startProfilerIdleNotifier', function _startProfilerIdleNotifier() {});
define('_stopProfilerIdleNotifier', function _stopProfilerIdleNotifier() {});
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
  // (node's getValidatedPath: a file URL, a string or bytes; not a file descriptor.)
  const isUrl = path != null && typeof path === 'object' && path.href && path.protocol && path.auth === undefined && path.path === undefined;
  const p = isUrl ? require('url').fileURLToPath(path) : path;
  if (p != null && typeof p !== 'string' && !require('util/types').isUint8Array(p)) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('path', ['string', 'Buffer', 'URL'], path);
  }
  // (It reads the path as a string, as node's binding does: a plain Uint8Array as its numbers.)
  const vars = require('util').parseEnv(fs.readFileSync(p == null ? '.env' : `${p}`, 'utf8'));
  for (const key of Object.keys(vars)) if (!(key in process.env)) process.env[key] = vars[key];
});
// Native addons cannot load in WebAssembly: node's entry for them fails as a failed dlopen.
define('dlopen', function dlopen() {
  if (arguments.length < 2) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'process.dlopen needs at least 2 arguments');
  const filename = arguments[1];
  throw codedError(Error, 'ERR_DLOPEN_FAILED', `Cannot load native addon ${filename}: native addons are not supported by rjs (WebAssembly)`);
});
define('abort', function abort() { binding.write(2, 'Aborted\n'); binding.exit(134); });
define('nextTick', loop.nextTick);
define('emitWarning', emitWarning);
// process.binding(): node 20's legacy wrappers that have a meaning here ('util' is a subset of
// util.types, 'constants' the public constant tables); other names fail as unknown ones do.
// Under --pending-deprecation it is wrapped by util.deprecate (DEP0111), see configure.
const kLegacyUtilTypes = ['isExternal', 'isDate', 'isNativeError', 'isRegExp', 'isAsyncFunction', 'isPromise', 'isMap',
  'isSet', 'isMapIterator', 'isSetIterator', 'isArrayBuffer', 'isDataView', 'isAnyArrayBuffer', 'isArrayBufferView',
  'isTypedArray', 'isUint8Array'];
const kTraceConstants = { TRACE_EVENT_PHASE_BEGIN: 66, TRACE_EVENT_PHASE_END: 69, TRACE_EVENT_PHASE_COMPLETE: 88,
  TRACE_EVENT_PHASE_INSTANT: 73, TRACE_EVENT_PHASE_ASYNC_BEGIN: 83, TRACE_EVENT_PHASE_ASYNC_STEP_INTO: 84,
  TRACE_EVENT_PHASE_ASYNC_STEP_PAST: 112, TRACE_EVENT_PHASE_ASYNC_END: 70, TRACE_EVENT_PHASE_NESTABLE_ASYNC_BEGIN: 98,
  TRACE_EVENT_PHASE_NESTABLE_ASYNC_END: 101, TRACE_EVENT_PHASE_NESTABLE_ASYNC_INSTANT: 110, TRACE_EVENT_PHASE_FLOW_BEGIN: 115,
  TRACE_EVENT_PHASE_FLOW_STEP: 116, TRACE_EVENT_PHASE_FLOW_END: 102, TRACE_EVENT_PHASE_METADATA: 77,
  TRACE_EVENT_PHASE_COUNTER: 67, TRACE_EVENT_PHASE_SAMPLE: 80, TRACE_EVENT_PHASE_CREATE_OBJECT: 78,
  TRACE_EVENT_PHASE_SNAPSHOT_OBJECT: 79, TRACE_EVENT_PHASE_DELETE_OBJECT: 68, TRACE_EVENT_PHASE_MEMORY_DUMP: 118,
  TRACE_EVENT_PHASE_MARK: 82, TRACE_EVENT_PHASE_CLOCK_SYNC: 99, TRACE_EVENT_PHASE_ENTER_CONTEXT: 40,
  TRACE_EVENT_PHASE_LEAVE_CONTEXT: 41, TRACE_EVENT_PHASE_LINK_IDS: 61 };
const legacyBindings = {
  // Packages probe these at load (process-on-spawn, handle-thing, http-deceiver): their shapes
  // and constants as node 20's; what would need a real handle fails when used.
  spawn_sync() {
    return { spawn() { return require('child_process').spawnSync(); } };
  },
  stream_wrap() {
    return { ShutdownWrap: function ShutdownWrap() {}, WriteWrap: function WriteWrap() {}, kReadBytesOrError: 0,
      kArrayBufferOffset: 1, kBytesWritten: 2, kLastWriteWasAsync: 3, streamBaseState: new Int32Array(4) };
  },
  http_parser() {
    process.emitWarning("Access to process.binding('http_parser') is deprecated.", 'DeprecationWarning', 'DEP0111');
    // node's binding: the parser class _http_common exposes (msw and nock drive it), llhttp's
    // HTTP methods, and with them the RTSP ones llhttp also knows (allMethods, llhttp's order).
    const { methods, HTTPParser } = require('internal/http_common').legacyModules._http_common;
    const rtsp = ['PRI', 'DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY', 'PAUSE', 'TEARDOWN', 'GET_PARAMETER',
      'SET_PARAMETER', 'REDIRECT', 'RECORD', 'FLUSH'];
    const allMethods = [...methods.slice(0, -1), ...rtsp, methods[methods.length - 1]];
    return { methods: methods.slice(), allMethods, HTTPParser, ConnectionsList: function ConnectionsList() {} };
  },
  uv() {
    const out = { errname: require('util').getSystemErrorName };
    for (const [code, [name]] of require('util').getSystemErrorMap()) out[`UV_${name}`] = code;
    return out;
  },
  config() {
    return { isDebugBuild: false, hasOpenSSL: true, fipsMode: false, hasIntl: true, hasTracing: false,
      hasNodeOptions: true, hasInspector: false, noBrowserGlobals: false, bits: 64 };
  },
  util() {
    const { types } = require('util');
    const out = {};
    for (const name of kLegacyUtilTypes) out[name] = types[name];
    return out;
  },
  constants() {
    return { os: require('os').constants, fs: require('fs').constants, crypto: require('crypto').constants,
      zlib: require('zlib').constants, trace: { ...kTraceConstants } };
  },
};
define('binding', function binding(name) {
  name = `${name}`;
  if (Object.hasOwn(legacyBindings, name)) return legacyBindings[name]();
  throw new Error(`No such module: ${name}`);
});
define('_linkedBinding', function _linkedBinding(name) {
  throw codedError(Error, 'ERR_INVALID_MODULE', `No such binding was linked: ${name}`);
});
let assertDeprecated = false;
define('assert', function assert(value, message) {
  if (!assertDeprecated) {
    assertDeprecated = true;
    process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.', 'DeprecationWarning', 'DEP0100');
  }
  if (!value) throw codedError(Error, 'ERR_ASSERTION', message || 'assertion error');
});
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
  // (The ES module entry's check for an unsettled top-level await: see cjs_loader.js.)
  if (typeof binding.handleProcessExit === 'function') process.off('exit', binding.handleProcessExit);
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  // (Through process.reallyExit, which a script may replace: then the code goes on, as in node.)
  process.reallyExit(process.exitCode || 0);
});
define('reallyExit', function reallyExit(code) { binding.exit(code | 0); });

// As node's: null/undefined clear it; an integer, or a string holding one, sets it (a string
// holding another number fails as that number: out of range).
let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(v) {
    if (v !== undefined && v !== null) {
      const { validateInteger } = require('internal/validators');
      validateInteger(typeof v === 'string' && v !== '' && !Number.isNaN(+v) ? +v : v, 'code');
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
// --disable-warning=code-or-type: such warnings are not printed ('warning' listeners get them).
const disabledWarnings = new Set();
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (disabledWarnings.has(warning.code) || disabledWarnings.has(warning.name)) return;
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
  writeWarning(msg + '\n');
}

// --redirect-warnings=FILE (or NODE_REDIRECT_WARNINGS): warnings are appended to the file,
// opened at the first one; stderr if it cannot be opened.
let warningFile;
let warningFd;
function writeWarning(text) {
  const file = warningFile !== undefined ? warningFile : process.env.NODE_REDIRECT_WARNINGS;
  if (file) {
    const fs = require('fs');
    if (warningFd === undefined) {
      try { warningFd = fs.openSync(file, 'a'); } catch { warningFd = null; }
    }
    if (warningFd !== null) {
      try { fs.writeSync(warningFd, text); return; } catch { /* as node: written to stderr instead */ }
    }
  }
  // As node's writeOut: through the global console's error() as it was at the first warning
  // (so process.stderr.write sees it; a later console.error replacement does not).
  if (warningError === undefined) warningError = require('console').error;
  warningError(text.slice(0, -1));
}
let warningError;

// ---- stdio ---------------------------------------------------------------------------------
const stdio = require('internal/stdio');
for (const [name, make] of [['stdout', stdio.getStdout], ['stderr', stdio.getStderr], ['stdin', stdio.getStdin]]) {
  // An accessor for good (see lazyGlobal in the bootstrap for why it is not replaced).
  Object.defineProperty(process, name, { configurable: true, enumerable: true, get: make });
}

// process.env as node's: what is stored becomes a string (a symbol cannot), a name that the
// OS cannot hold ('' or with '=') is not stored, delete always succeeds, only plain data
// properties can be defined. Reads go straight to the store. Index keys (env[1]) are
// ordinary properties, as V8 gives node's named-only interceptor none of them.
const kIndexKey = /^(?:0|[1-9]\d*)$/;
function envError(message) {
  return codedError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', `'process.env' ${message}`);
}
// --pending-deprecation (or NODE_PENDING_DEPRECATION=1 at start): DEP0104, once.
let pendingDeprecation = false;
let envValueWarned = false;
function envStore(store, key, value) {
  if (typeof key === 'symbol' || typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  if (pendingDeprecation && !envValueWarned && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    envValueWarned = true;
    process.emitWarning('Assigning any value other than a string, number, or boolean to a process.env property ' +
      'is deprecated. Please make sure to convert the value to a string before setting process.env with it.',
    'DeprecationWarning', 'DEP0104');
  }
  const str = `${value}`;
  if (key !== '' && !key.includes('=')) {
    Object.defineProperty(store, key, { value: str, writable: true, enumerable: true, configurable: true });
    // As node's, setting TZ changes the local time zone of Date and Intl.
    if (key === 'TZ') internalBinding('timezone').setLocal(str);
  }
  return true;
}
const envHandler = {
  set(store, key, value, receiver) {
    if (typeof key === 'string' && kIndexKey.test(key)) return Reflect.set(store, key, value);
    return envStore(store, key, value);
  },
  defineProperty(store, key, desc) {
    if (typeof key === 'string' && kIndexKey.test(key)) return Reflect.defineProperty(store, key, desc);
    if ('value' in desc) {
      if (desc.writable !== true || desc.enumerable !== true || desc.configurable !== true) {
        throw envError('only accepts a configurable, writable, and enumerable data descriptor');
      }
      return envStore(store, key, desc.value);
    }
    if ('get' in desc || 'set' in desc) throw envError('does not accept an accessor(getter/setter) descriptor');
    throw envError('only accepts a configurable, writable, and enumerable data descriptor');
  },
  deleteProperty(store, key) {
    delete store[key];
    if (key === 'TZ') internalBinding('timezone').setLocal(undefined);
    return true;
  },
};
function makeEnv(store) { return new Proxy(store, envHandler); }

// --env-file: the files' variables (a later file's over an earlier one's) join the environment
// (those already set keep their values); a file that cannot be read stops the start, as node's does.
function readEnvFileOption(file, vars) {
  let text;
  try {
    text = binding.readFileUtf8(file);
  } catch {
    binding.write(2, `${process.release.name}: ${file}: not found\n`);
    binding.exit(9);
  }
  Object.assign(vars, require('util').parseEnv(text));
}
function loadEnvFiles(switches) {
  const vars = { __proto__: null };
  for (let i = 0; i < switches.length; i++) {
    const a = switches[i];
    if (a === '-r' || a === '--require' || a === '-e' || a === '-p' || a === '-pe' || a === '--eval' || a === '--print') i++;
    else if (a.startsWith('--env-file')) readEnvFileOption(a.length > 10 ? a.slice(11) : `${switches[++i]}`, vars);
  }
  for (const key of Object.keys(vars)) if (!(key in process.env)) process.env[key] = vars[key];
}

// Takes over what the binding now knows about this process (see binding::configure).
// --expose-gc: the global gc() V8 defines (a full collection of the engine's heap).
function exposeGc() {
  const collect = internalBinding('vm').collectGarbage;
  Object.defineProperty(globalThis, 'gc', {
    value: function gc() { collect(); }, writable: true, enumerable: true, configurable: false,
  });
}

// node:test's --test runs each file as if in a child process of its own, where the hint shows
// again with the first warning.
function resetWarningHint() { traceHintShown = false; }

module.exports = function configure() {
  argv = binding.argv.slice();
  startNs = binding.hrtime();
  process.argv = argv;
  const execArgv = binding.execArgv.slice();
  process.execArgv = execArgv;
  process.env = makeEnv(binding.env);
  readonly('pid', binding.pid);
  process.execPath = argv[0];
  Object.defineProperty(process, 'argv0', { value: argv[0], writable: false, enumerable: true, configurable: false });
  title = `${argv[0]}`;
  if (binding.noDeprecation) Object.defineProperty(process, 'noDeprecation', { value: true, writable: false, enumerable: true, configurable: true });
  // Switches the command line accepts for node's sake, read back from NODE_OPTIONS' options
  // (checked by the CLI, values joined by `=`) and then execArgv.
  const switches = binding.nodeOptions.length === 0 ? execArgv : binding.nodeOptions.concat(execArgv);
  loadEnvFiles(switches);
  pendingDeprecation = (process.env.NODE_PENDING_DEPRECATION || '')[0] === '1';
  for (let i = 0; i < switches.length; i++) {
    const a = switches[i];
    if (a === '-r' || a === '--require') process._preload_modules.push(`${switches[++i]}`);
    else if (a.startsWith('--require=')) process._preload_modules.push(a.slice(10));
    else if (a === '-e' || a === '-p' || a === '-pe' || a === '--eval' || a === '--print') i++;
    else if (a === '--throw-deprecation') process.throwDeprecation = true;
    else if (a === '--trace-deprecation') process.traceDeprecation = true;
    else if (a === '--pending-deprecation' || a === '--no-pending-deprecation') pendingDeprecation = a[2] === 'p';
    else if (a === '--trace-warnings') process.traceProcessWarnings = true;
    else if (a === '--expose-gc' || a === '--expose_gc') exposeGc();
    else if (a.startsWith('--title')) title = a.length > 7 ? a.slice(8) : `${switches[++i]}`;
    else if (a.startsWith('--unhandled-rejections')) loop.setRejectionMode(a.length > 22 ? a.slice(23) : switches[++i]);
    else if (a === '--env-file') i++; // (read by loadEnvFiles)
    else if (a === '--enable-source-maps' || a === '--no-enable-source-maps') sourceMaps = a === '--enable-source-maps';
    else if (a.startsWith('--redirect-warnings')) warningFile = a.length > 19 ? a.slice(20) : `${switches[++i]}`;
    else if (a.startsWith('--disable-warning')) disabledWarnings.add(a.length > 17 ? a.slice(18) : `${switches[++i]}`);
    else if (a.startsWith('--stack-trace-limit')) {
      const n = a.length > 19 ? a.slice(20) : `${switches[++i]}`;
      if (/^\d+$/.test(n)) Error.stackTraceLimit = Number(n);
    }
  }
  if (pendingDeprecation) {
    process.binding = require('util').deprecate(process.binding,
      'process.binding() is deprecated. Please use public APIs instead.', 'DEP0111');
  }
  if (!binding.noWarnings && process.env.NODE_NO_WARNINGS !== '1') process.on('warning', onWarning);
};
module.exports.resetWarningHint = resetWarningHint;
