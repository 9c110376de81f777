// node:os — values that make sense in a sandbox: linux, POSIX EOL, tmpdir/homedir from env.
'use strict';

const env = process.env;
// errno and signals as node 20 lists them on Linux, taken (in order) from node:constants.
function slice(all, first, last) {
  const keys = Object.keys(all);
  const out = {};
  for (let i = keys.indexOf(first), end = keys.indexOf(last); i <= end; i++) out[keys[i]] = all[keys[i]];
  return out;
}
const allConstants = require('constants');
const constants = {
  UV_UDP_REUSEADDR: 4,
  dlopen: { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 },
  errno: slice(allConstants, 'E2BIG', 'EXDEV'),
  signals: slice(allConstants, 'SIGHUP', 'SIGSYS'),
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
  getPriority: function getPriority(pid) {
    if (pid !== undefined) require('internal/validators').validateInt32(pid, 'pid');
    return 0;
  },
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
  userInfo: function userInfo(options) {
    const info = { uid: 0, gid: 0, username: env.USER || 'root', homedir: env.HOME || '/', shell: env.SHELL || null };
    if (options !== null && typeof options === 'object' && options.encoding === 'buffer') {
      for (const k of ['username', 'homedir', 'shell']) if (info[k] !== null) info[k] = Buffer.from(info[k]);
    }
    return info;
  },
  version: () => '#1 SMP rjs',
};
