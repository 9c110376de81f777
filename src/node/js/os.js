// node:os -- values that make sense in a sandbox: linux, POSIX EOL, tmpdir/homedir from env
// (homedir and userInfo fall back to root's passwd entry).
'use strict';

const env = process.env;
// errno and signals as node 20 lists them on Linux, taken (in order) from node:constants.
function slice(all, first, last) {
  const keys = Object.keys(all);
  const out = { __proto__: null };
  for (let i = keys.indexOf(first), end = keys.indexOf(last); i <= end; i++) out[keys[i]] = all[keys[i]];
  return out;
}
const allConstants = require('constants');
// Null-prototype objects, as node's.
const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 },
  errno: slice(allConstants, 'E2BIG', 'EXDEV'),
  signals: slice(allConstants, 'SIGHUP', 'SIGSYS'),
  priority: { __proto__: null, PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 },
};
function cpus() {
  const cpu = { model: 'WebAssembly virtual CPU', speed: 2000, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } };
  return [cpu, { ...cpu, times: { ...cpu.times } }];
}
// node's getCheckedFunction wraps these in hideStackFrames: their name is 'wrappedFn' and they
// carry `withoutStackTrace`.
function checked(fn) {
  const wrappedFn = (...args) => fn(...args);
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}
// The sandbox's process is uid 0; its passwd entry is root's as a Linux system has it (WASI
// has no getpwuid). node's homedir is $HOME when set (even empty), else that entry's.
const kPasswd = { username: 'root', homedir: '/root', shell: '/bin/bash' };
const getHomeDirectory = checked(() => (env.HOME !== undefined ? env.HOME : kPasswd.homedir));
const getHostname = checked(() => env.HOSTNAME || 'localhost');
// The sandbox's "system" starts with the process; seconds with two decimals as /proc/uptime.
const getUptime = checked(() => Math.floor(process.uptime() * 100) / 100);
const getFreeMem = () => 2 * 1024 ** 3;
const getTotalMem = () => 4 * 1024 ** 3;
const getOSRelease = () => '6.0.0-wasi';
const getOSType = () => 'Linux';
const getOSVersion = () => '#1 SMP rjs';
// uname -m for node's process.arch names (what os.machine() gives where node runs).
const kMachines = { __proto__: null, x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
const getMachine = () => kMachines[process.arch] || process.arch;
function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return 'LE'; }
function getAvailableParallelism() { return 1; }
function tmpdir() {
  const p = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}
// As node: the value-like functions also convert to their value (`${os.hostname}`).
for (const fn of [getFreeMem, getHostname, getOSVersion, getOSType, getOSRelease, getMachine, getHomeDirectory,
  getTotalMem, getUptime, arch, platform, tmpdir, getAvailableParallelism]) {
  fn[Symbol.toPrimitive] = () => fn();
}
endianness[Symbol.toPrimitive] = () => 'LE';

function loadavg() { return [0, 0, 0]; }
// The loopback interface a sandbox has (sockets may bind 127.0.0.1 / ::1), as node lists it.
function networkInterfaces() {
  const lo = { netmask: '', family: '', mac: '00:00:00:00:00:00', internal: true, cidr: '' };
  return {
    lo: [
      { address: '127.0.0.1', ...lo, netmask: '255.0.0.0', family: 'IPv4', cidr: '127.0.0.1/8' },
      { address: '::1', ...lo, netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', cidr: '::1/128', scopeid: 0 },
    ],
  };
}

// The process's scheduling priority (nice value): kept, as the sandbox has no scheduler; the
// process may set any value (it runs as uid 0).
let niceValue = 0;
function getPriority(pid) {
  if (pid !== undefined) require('internal/validators').validateInt32(pid, 'pid');
  checkPid(pid, 'uv_os_getpriority');
  return niceValue;
}

function setPriority(pid, priority) {
  if (priority === undefined) { priority = pid; pid = 0; }
  const { validateInt32 } = require('internal/validators');
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  checkPid(pid, 'uv_os_setpriority');
  niceValue = priority;
}

// The sandbox runs no other process: any pid but this one's (or 0) is libuv's ESRCH.
function checkPid(pid, syscall) {
  if (pid === undefined || pid === 0 || pid === process.pid) return;
  throw require('fs').internals.systemError('ERR_SYSTEM_ERROR', 'A system error occurred',
    { errno: -3, code: 'ESRCH', message: 'no such process', syscall });
}

function userInfo(options) {
  // The passwd entry of the process's uid (node reads it, not $USER/$HOME/$SHELL; a null shell
  // is Windows only).
  const info = { __proto__: null, uid: 0, gid: 0, ...kPasswd };
  if (options !== null && typeof options === 'object' && options.encoding === 'buffer') {
    for (const k of ['username', 'homedir', 'shell']) if (info[k] !== null) info[k] = Buffer.from(info[k]);
  }
  return info;
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
