// os: the values that are the same in any Linux sandbox, and the shapes of the rest.
const os = require('os');
console.log(JSON.stringify(os.EOL), os.platform(), os.type(), os.endianness(), os.devNull, typeof os.release(), typeof os.version());
console.log(typeof os.hostname(), typeof os.homedir(), typeof os.tmpdir(), typeof os.arch(), typeof os.machine());
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW);
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, Object.keys(cpus[0]).sort(), Object.keys(cpus[0].times).sort());
console.log(os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem(), Array.isArray(os.loadavg()), os.loadavg().length, typeof os.uptime());
const ui = os.userInfo();
console.log(Object.keys(ui).sort(), typeof ui.uid, typeof ui.username);
const ni = os.networkInterfaces();
console.log(typeof ni, Array.isArray(ni) === false);
console.log(os.availableParallelism() >= 1, typeof os.getPriority());
try { os.setPriority(0, 100); } catch (e) { console.log(e.name, e.code); }
