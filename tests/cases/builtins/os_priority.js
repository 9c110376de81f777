// os.setPriority changes what os.getPriority reports for the process (any value for uid 0, as
// root's), by pid 0, undefined or its own pid; userInfo's shell is a string on Linux.
const os = require('os');
const { PRIORITY_HIGHEST, PRIORITY_LOW } = os.constants.priority;
console.log(os.getPriority());
os.setPriority(10);
console.log(os.getPriority(), os.getPriority(0), os.getPriority(process.pid));
for (const p of [PRIORITY_HIGHEST, -3, PRIORITY_LOW]) {
  os.setPriority(0, p);
  console.log(p, os.getPriority(), os.getPriority(undefined));
}
os.setPriority(process.pid, 0);
console.log(os.getPriority());
try { os.setPriority(0, 20); } catch (e) { console.log(e.code, e.message); }
console.log(os.getPriority(), typeof os.userInfo().shell, typeof os.userInfo({ encoding: 'buffer' }).shell);
