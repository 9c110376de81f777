// os.getPriority/setPriority for a pid that is not a process: node's SystemError ERR_SYSTEM_ERROR
// from libuv's ESRCH (uv_os_getpriority / uv_os_setpriority); pid 0 and process.pid still work.
const os = require('os');
const util = require('util');
for (const f of [() => os.getPriority(-1), () => os.getPriority(2 ** 31 - 1), () => os.setPriority(-1, 5), () => os.setPriority(2 ** 31 - 1, 0)]) {
  try {
    console.log('no throw', f());
  } catch (e) {
    console.log(e.name, e.code, e.message, e.errno, e.syscall, Object.keys(e), String(e));
    console.log(util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
  }
}
os.setPriority(process.pid, 3);
console.log(os.getPriority(0), os.getPriority(process.pid), os.getPriority());
