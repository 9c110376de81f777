// node:os — values that make sense in a sandbox: linux, POSIX EOL, tmpdir/homedir from env.
'use strict';

const env = process.env;
const constants = {
  UV_UDP_REUSEADDR: 4,
  dlopen: { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0 },
  errno: { E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAGAIN: 11, EBADF: 9, EBUSY: 16, ECONNREFUSED: 111, ECONNRESET: 104, EEXIST: 17, EINVAL: 22, EISDIR: 21, EMFILE: 24, ENOENT: 2, ENOTDIR: 20, ENOTEMPTY: 39, EPERM: 1, EPIPE: 32, ETIMEDOUT: 110 },
  signals: { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 },
  priority: { PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 },
};
function cpus() {
  const cpu = { model: 'WebAssembly virtual CPU', speed: 2000, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } };
  return [cpu, { ...cpu, times: { ...cpu.times } }];
}
module.exports = {
  EOL: '\n',
  arch: () => 'wasm32',
  availableParallelism: () => 1,
  constants,
  cpus,
  devNull: '/dev/null',
  endianness: () => 'LE',
  freemem: () => 2 * 1024 ** 3,
  getPriority: () => 0,
  homedir: () => env.HOME || '/',
  hostname: () => env.HOSTNAME || 'localhost',
  loadavg: () => [0, 0, 0],
  machine: () => 'wasm32',
  networkInterfaces: () => ({}),
  platform: () => 'linux',
  release: () => '6.0.0-wasi',
  setPriority(pid, priority) {
    // Validated as node does; a sandbox has no scheduler priorities to change.
    if (priority === undefined) { priority = pid; pid = 0; }
    const { validateInteger } = require('internal/validators');
    validateInteger(pid, 'pid');
    validateInteger(priority, 'priority', -20, 19);
  },
  tmpdir: () => { let p = env.TMPDIR || env.TMP || env.TEMP || '/tmp'; if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1); return p; },
  totalmem: () => 4 * 1024 ** 3,
  type: () => 'Linux',
  uptime: () => Math.floor(process.uptime()),
  userInfo: () => ({ uid: 0, gid: 0, username: env.USER || 'root', homedir: env.HOME || '/', shell: env.SHELL || null }),
  version: () => '#1 SMP rjs',
};
