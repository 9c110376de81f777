// os.constants.errno/signals are node's full Linux tables in node's order; userInfo({encoding:
// 'buffer'}) gives Buffers; getPriority validates pid as an int32; function lengths as node.
const os = require('os');
console.log(Object.keys(os.constants.errno).length, Object.keys(os.constants.errno).join());
console.log(Object.keys(os.constants.signals).length, JSON.stringify(os.constants.signals));
console.log(JSON.stringify(os.constants.dlopen), JSON.stringify(os.constants.priority), os.constants.errno.ECONNABORTED, os.constants.signals.SIGWINCH);
const ui = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(ui.username), Buffer.isBuffer(ui.homedir), typeof os.userInfo().username, typeof os.userInfo({ encoding: 'utf8' }).username);
console.log(os.userInfo.length, os.getPriority.length, os.setPriority.length, os.getPriority(), os.getPriority(0));
for (const pid of ['x', 1.5, 2 ** 31, null]) { try { os.getPriority(pid); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
