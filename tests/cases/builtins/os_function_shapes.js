// os: export order, function names (node's getX names, hideStackFrames' wrappedFn), the
// Symbol.toPrimitive of value-like functions, null-prototype constants and userInfo, and
// int32 validation of setPriority/getPriority.
const os = require('os');
console.log(Object.keys(os).join());
for (const k of Object.keys(os)) {
  if (typeof os[k] === 'function') console.log(k, os[k].name, os[k].length, typeof os[k][Symbol.toPrimitive], Object.keys(os[k]).join());
}
console.log(`${os.platform}`, `${os.type}`, `${os.endianness}`, `${os.tmpdir}` === os.tmpdir(), +os.totalmem === os.totalmem(), `${os.arch}` === process.arch);
for (const k of ['EOL', 'devNull', 'constants']) console.log(k, JSON.stringify(Object.getOwnPropertyDescriptor(os, k), (key, v) => (key === 'value' && typeof v === 'object' ? '[object]' : v)));
console.log(Object.getPrototypeOf(os.constants), Object.getPrototypeOf(os.constants.errno), Object.getPrototypeOf(os.constants.signals), Object.getPrototypeOf(os.constants.priority), Object.getPrototypeOf(os.constants.dlopen));
console.log(Object.getPrototypeOf(os.userInfo()), Object.keys(os.userInfo()).join(), typeof os.userInfo({ encoding: 'buffer' }).username);
const tryit = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
console.log(tryit(() => os.setPriority(2 ** 32, 0)));
console.log(tryit(() => os.setPriority(0, 1.5)));
console.log(tryit(() => os.getPriority(2 ** 31)));
console.log(tryit(() => os.getPriority('0')));
// The loopback interface, as node lists it on Linux; uptime is a number of seconds.
console.log(JSON.stringify(os.networkInterfaces().lo), typeof os.uptime(), os.networkInterfaces() !== os.networkInterfaces());
